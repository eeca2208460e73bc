"""Mianba (面霸): the application shell — settings, paths, secrets, logging, CLI, wiring."""

__version__ = "0.1.0"
