"""A touch-screen kiosk about human trafficking in Kansas City, and where help is."""

__version__ = "0.1.0"
