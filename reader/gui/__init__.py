"""The desktop app (PySide6). Nothing outside ``reader.gui`` imports Qt.

The CLI imports :func:`reader.gui.app.run` lazily, so ``talk-reader import ...`` never pays
for loading Qt.
"""
