"""Thin widgets: the main window, screens, widgets and style."""
