"""BruktPOS: point of sale and inventory for charity second-hand shops."""

__version__ = "0.1.0"
