"""parley: a source-linked record of negotiations, rebuilt from German news."""

__version__ = "0.1.0"
