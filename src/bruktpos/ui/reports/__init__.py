"""The leaders' reports screen: a day, a week or a month in figures and charts."""
