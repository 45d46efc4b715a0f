"""Screens for shop leaders and admins: settings, users, devices."""
