"""Text intelligence for messy ASR transcripts: sentences, languages, clean-up, talk boundaries.

Pure functions over strings and :class:`~reader.core.textproc.units.Unit` sequences; no
database, no Qt. Import, translation, search and export all go through here.
"""
