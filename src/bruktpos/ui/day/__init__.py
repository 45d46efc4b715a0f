"""The business day at the till: open with a counted float, cash in and out, X report, close with Z."""
