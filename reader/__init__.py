"""Talk Reader: a bilingual, searchable library of talk transcripts."""

__version__ = "0.1.0"
APP_NAME = "Talk Reader"
APP_ID = "talk-reader"
