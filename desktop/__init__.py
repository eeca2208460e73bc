"""The PySide6 GUI: windows, views, widgets, Qt workers, mic capture, text-to-speech."""
