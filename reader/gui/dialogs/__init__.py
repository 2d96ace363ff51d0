"""Dialogs: model manager, preferences, about, confirmations and error reports."""
