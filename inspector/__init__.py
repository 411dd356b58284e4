"""Email Inspector: open a suspect email without being watched."""

__version__ = "0.1.0"
