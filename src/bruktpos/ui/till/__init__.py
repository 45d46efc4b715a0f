"""The till: checkout screen, cart, payment."""
