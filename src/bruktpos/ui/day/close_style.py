"""The close of the day's look: its figures, the difference by level, the terminal entries."""

STYLE = """
QLabel#figure_caption { font-size: 22px; }
QLabel#figure { font-size: 30px; font-weight: bold; }
QLabel#difference { font-size: 40px; font-weight: bold; }
QLabel#difference[level="short"] { color: #9c1c17; }
QLabel#difference[level="over"] { color: #8a4500; }
QLabel#difference[level="right"] { color: #1e7a3c; }
QLabel#step_caption { color: #4a5259; font-size: 16px; }
QLabel#done_mark { font-size: 28px; font-weight: bold; color: #1e7a3c; }
QPushButton#entry { text-align: left; padding: 8px 16px; font-size: 20px; min-height: 72px; }
QLineEdit#note { min-height: 48px; background-color: #ffffff; }
QPushButton#primary:disabled { background-color: #a7b4c0; border-color: #a7b4c0; }
"""
