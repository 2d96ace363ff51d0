"""The Qt-free core of Talk Reader.

Nothing under ``reader.core`` may import Qt: the CLI, the tests and the GUI all drive the same
functions, and a unit test enforces the rule.
"""
