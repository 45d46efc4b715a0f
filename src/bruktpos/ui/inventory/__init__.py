"""The inventory screen: find items, change a price, take items off the shelf, reprint, export."""
