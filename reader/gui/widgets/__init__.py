"""Panes and views of the main window."""
