"""Qt item models: the library's talk list and the reader's paragraph table."""
