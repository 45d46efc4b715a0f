"""The shop's rules in pure Python: no Qt, no SQLAlchemy, no devices."""
