"""Reusable till widgets: the keypad, the money field and the PIN pad.

Each is big enough for a finger (at least 48 px), works with the physical
keyboard as well as by touch, and holds no business rules: they report what
was typed by signals, and the screen using them calls the services.
"""
