"""Core errors and import warnings in the UI language.

Core code raises :class:`~reader.core.errors.ReaderError` with an English message for the
CLI and logs, plus a ``code`` and ``params``; a Chinese UI must not show the English. Here
each code has its sentence as a ``tr()`` string (``%1``, ``%2`` stand for the params, so a
translator can move them), and :func:`install` makes every ``str(error)`` in this process
use it — errors are often turned into text on a worker thread (an import's result), and
``QCoreApplication.translate`` is thread-safe. A code without a sentence here keeps its
English message: a new error is never lost, only untranslated until it gets one.

The app installs this at start, before its first paint, so it imports only the error
classes: the import pipeline (importers, text processing) is named for type checking only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core import errors
from reader.gui.language_names import direction_label

if TYPE_CHECKING:
    from reader.core.importers.base import ParseWarning
    from reader.core.importing import FileImportResult


def _sentences() -> dict[str, tuple[str, tuple[str, ...]]]:
    """code → (translated sentence, the params that fill %1, %2, … in order)."""
    return {
        # Importing a file
        "import.missing": (QCoreApplication.translate("CoreErrors", "no such file"), ()),
        "import.permission": (QCoreApplication.translate("CoreErrors", "permission denied"), ()),
        "import.unreadable": (QCoreApplication.translate("CoreErrors", "cannot be read (%1)"), ("reason",)),
        "import.not-a-file": (
            QCoreApplication.translate("CoreErrors", "is not a regular file (a folder, pipe or device)"),
            (),
        ),
        "import.too-large": (
            QCoreApplication.translate(
                "CoreErrors", "file is %1; transcripts over %2 MB are refused (split the file first)"
            ),
            ("size", "limit_mb"),
        ),
        "import.empty": (QCoreApplication.translate("CoreErrors", "file is empty"), ()),
        "import.binary": (QCoreApplication.translate("CoreErrors", "file looks binary, not a text transcript"), ()),
        "import.binary-kind": (
            QCoreApplication.translate("CoreErrors", "this is %1, not a text transcript"),
            ("kind",),
        ),
        "import.invalid-encoding": (
            QCoreApplication.translate("CoreErrors", "the bytes are not valid %1 text"),
            ("encoding",),
        ),
        "import.unknown-encoding": (
            QCoreApplication.translate(
                "CoreErrors", "cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or another known one)"
            ),
            (),
        ),
        "import.no-text": (QCoreApplication.translate("CoreErrors", "the file holds no text to import"), ()),
        # Search
        "search.empty": (
            QCoreApplication.translate("CoreErrors", "there is nothing to search for: type a word or a phrase"),
            (),
        ),
        "search.only-excluded": (
            QCoreApplication.translate("CoreErrors", "add a word to search for: a query cannot only exclude words"),
            (),
        ),
        "search.excluded-filter": (
            QCoreApplication.translate("CoreErrors", "filters cannot be excluded: remove the minus before %1"),
            ("filter",),
        ),
        "search.speaker-name": (
            QCoreApplication.translate(
                "CoreErrors", 'speaker: needs a name, e.g. speaker:赵老师 or speaker:"Speaker 3"'
            ),
            (),
        ),
        "search.talk-number": (
            QCoreApplication.translate("CoreErrors", "talk: needs a talk number, e.g. talk:12 (got %1)"),
            ("got",),
        ),
        "search.lang": (QCoreApplication.translate("CoreErrors", "lang: must be zh or en (got %1)"), ("got",)),
        "search.field": (
            QCoreApplication.translate("CoreErrors", "in: must be original, translation or notes (got %1)"),
            ("got",),
        ),
        "search.too-long": (
            QCoreApplication.translate("CoreErrors", "the query is too long (%1 characters; at most %2)"),
            ("count", "limit"),
        ),
        "search.too-many-words": (
            QCoreApplication.translate("CoreErrors", "the query has too many words (%1; at most %2)"),
            ("count", "limit"),
        ),
        "search.unsearchable": (
            QCoreApplication.translate("CoreErrors", "this query cannot be searched; try fewer or simpler words"),
            (),
        ),
        "search.not-text": (QCoreApplication.translate("CoreErrors", "the query must be text"), ()),
        # Models
        "model.missing": (
            QCoreApplication.translate(
                "CoreErrors", "no %1 model is installed; install one in File → Translation Models…"
            ),
            ("direction",),
        ),
        **_more_sentences(),
    }


def _more_sentences() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Library states, talk and note operations, export, model packages, subtitle import.

    A key ``code/variant`` words one variant of a code: the variant is the value of the
    error's ``problem``, ``part``, ``what`` or ``action`` parameter.
    """
    return {
        **_glossary_sentences(),
        **_engine_sentences(),
        # Subtitle files
        "import.subtitle-time": (
            QCoreApplication.translate(
                "CoreErrors",
                "malformed subtitle time at line %1: %2 (times are [hh:]mm:ss,mmm with minutes and seconds below 60)",
            ),
            ("line", "text"),
        ),
        "import.subtitle-number": (
            QCoreApplication.translate("CoreErrors", "malformed subtitle block at line %1: %2 is not a cue number"),
            ("line", "text"),
        ),
        "import.subtitle-backwards": (
            QCoreApplication.translate("CoreErrors", "subtitle at line %1 ends before it starts"),
            ("line",),
        ),
        "import.subtitle-no-time": (
            QCoreApplication.translate(
                "CoreErrors",
                "malformed subtitle block at line %1: no 'start --> end' time line",
            ),
            ("line",),
        ),
        "import.no-cues": (QCoreApplication.translate("CoreErrors", "no subtitle cues with text found"), ()),
        "import.only-sounds": (
            QCoreApplication.translate("CoreErrors", "no subtitle cues with text found (only sound tags)"),
            (),
        ),
        "import.not-vtt": (
            QCoreApplication.translate("CoreErrors", "not a WebVTT file: the first line must be 'WEBVTT'"),
            (),
        ),
        # The library file
        "library.locked": (
            QCoreApplication.translate(
                "CoreErrors",
                "the library is locked by another program (is Talk Reader open twice?); waited for it, nothing was "
                "changed",
            ),
            (),
        ),
        "library.read-only-file": (
            QCoreApplication.translate("CoreErrors", "the library file is read-only; nothing was changed"),
            (),
        ),
        "library.disk-full": (
            QCoreApplication.translate(
                "CoreErrors",
                "the disk holding the library is full; free some space and try again (nothing was changed)",
            ),
            (),
        ),
        "library.damaged": (
            QCoreApplication.translate("CoreErrors", "the library file is damaged or is not a Talk Reader library"),
            (),
        ),
        "library.damaged-unreadable": (
            QCoreApplication.translate("CoreErrors", "the library file is damaged and cannot be read"),
            (),
        ),
        "library.cannot-open": (
            QCoreApplication.translate(
                "CoreErrors",
                "the library file cannot be opened (check the folder exists and is writable)",
            ),
            (),
        ),
        "library.failed": (QCoreApplication.translate("CoreErrors", "the library could not be used (%1)"), ("reason",)),
        "library.too-new": (
            QCoreApplication.translate(
                "CoreErrors",
                "the library was written by a newer Talk Reader (schema %1, this version knows %2); please upgrade "
                "the app",
            ),
            ("found", "known"),
        ),
        "library.upgrade-read-only": (
            QCoreApplication.translate("CoreErrors", "the library needs an upgrade to schema %1, but %2"),
            ("version", "why"),
        ),
        "library.open-read-only": (
            QCoreApplication.translate("CoreErrors", "the library is open read-only: %1; nothing was changed"),
            ("why",),
        ),
        "library.empty-read-only": (
            QCoreApplication.translate("CoreErrors", "the library file is empty and cannot be written (%1)"),
            ("why",),
        ),
        "library.is-folder": (QCoreApplication.translate("CoreErrors", "is a directory, not a library file"), ()),
        "library.missing": (QCoreApplication.translate("CoreErrors", "no library at this path"), ()),
        "library.cannot-create-folder": (
            QCoreApplication.translate("CoreErrors", "cannot create the library folder (%1)"),
            ("os",),
        ),
        "library.unreadable": (QCoreApplication.translate("CoreErrors", "cannot read the library file (%1)"), ("os",)),
        "library.foreign": (
            QCoreApplication.translate(
                "CoreErrors",
                "this is a database of another program, not a Talk Reader library; it was left untouched (choose "
                "another file)",
            ),
            (),
        ),
        "library.no-index": (
            QCoreApplication.translate("CoreErrors", "the library has no search index; run: talk-reader reindex"),
            (),
        ),
        "library.index-outdated": (
            QCoreApplication.translate(
                "CoreErrors",
                "the search index was built by another version of Talk Reader; run: talk-reader reindex",
            ),
            (),
        ),
        # Talks, speakers, notes and translations
        "not-found.talk": (QCoreApplication.translate("CoreErrors", "no talk with id %1"), ("id",)),
        "not-found.segment": (QCoreApplication.translate("CoreErrors", "no segment with id %1"), ("id",)),
        "not-found.note": (QCoreApplication.translate("CoreErrors", "no note with id %1"), ("id",)),
        "not-found.segment-in-talk": (
            QCoreApplication.translate("CoreErrors", "segment %1 is not in talk %2"),
            ("segment", "talk"),
        ),
        "not-found.no-speakers": (QCoreApplication.translate("CoreErrors", "talk %1 has no named speakers"), ("talk",)),
        "not-found.speaker": (
            QCoreApplication.translate("CoreErrors", "talk %1 has no speaker “%2” (its speakers: %3)"),
            ("talk", "name", "speakers"),
        ),
        "invalid.empty/title": (QCoreApplication.translate("CoreErrors", "a talk's title cannot be empty"), ()),
        "invalid.empty/speaker": (QCoreApplication.translate("CoreErrors", "a speaker's name cannot be empty"), ()),
        "invalid.empty/translation": (
            QCoreApplication.translate(
                "CoreErrors",
                "a translation cannot be empty (to let the model translate it again, clear it)",
            ),
            (),
        ),
        "invalid.too-long/note": (
            QCoreApplication.translate("CoreErrors", "the note is too long (%1 characters; at most %2)"),
            ("count", "limit"),
        ),
        "invalid.too-long/speaker": (
            QCoreApplication.translate("CoreErrors", "a speaker's name can have at most %1 characters"),
            ("limit",),
        ),
        "invalid.split-at-start": (
            QCoreApplication.translate(
                "CoreErrors",
                "cannot split before the first segment: the first talk would be empty",
            ),
            (),
        ),
        "invalid.split-inside-note": (
            QCoreApplication.translate(
                "CoreErrors",
                "a note (id %1) spans the split point; delete or shorten it first",
            ),
            ("note",),
        ),
        "invalid.merge-itself": (QCoreApplication.translate("CoreErrors", "cannot merge a talk with itself"), ()),
        "invalid.note-colour": (
            QCoreApplication.translate("CoreErrors", "unknown colour %1; choose one of: %2"),
            ("colour", "choices"),
        ),
        "invalid.note-range": (
            QCoreApplication.translate(
                "CoreErrors",
                "segment %1 comes before segment %2 in the talk; give the range in reading order",
            ),
            ("last", "first"),
        ),
        "invalid.empty/sentence": (
            QCoreApplication.translate(
                "CoreErrors", "a sentence cannot be empty (to remove it, split or delete the talk)"
            ),
            (),
        ),
        "invalid.nothing-to-undo": (QCoreApplication.translate("CoreErrors", "there is nothing to undo"), ()),
        "invalid.nothing-to-redo": (QCoreApplication.translate("CoreErrors", "there is nothing to redo"), ()),
        "invalid.history-conflict": (
            QCoreApplication.translate(
                "CoreErrors",
                "cannot take back “%1”: what it changed was changed again since (nothing was changed)",
            ),
            ("action",),
        ),
        # Export
        "export.dangling-link": (QCoreApplication.translate("CoreErrors", "is a link to nothing; not written"), ()),
        "export.not-regular": (
            QCoreApplication.translate("CoreErrors", "%1; only regular files are replaced"),
            ("target",),
        ),
        "export.is-folder": (
            QCoreApplication.translate("CoreErrors", "is a folder; give the name of the file to write"),
            (),
        ),
        "export.no-folder": (QCoreApplication.translate("CoreErrors", "the folder %1 does not exist"), ("folder",)),
        "export.parent-is-file": (QCoreApplication.translate("CoreErrors", "%1 is a file, not a folder"), ("folder",)),
        "export.folder-closed": (QCoreApplication.translate("CoreErrors", "cannot create files in this folder"), ()),
        "export.os-error": (QCoreApplication.translate("CoreErrors", "cannot write the file: %1"), ("os",)),
        "export.exists": (QCoreApplication.translate("CoreErrors", "already exists; not overwritten"), ()),
        "export.option": (
            QCoreApplication.translate("CoreErrors", "unknown export option %1; choose %2"),
            ("value", "choices"),
        ),
        "export.one-talk": (
            QCoreApplication.translate("CoreErrors", "subtitles are exported one talk at a time; choose a single talk"),
            (),
        ),
        "export.untimed": (
            QCoreApplication.translate(
                "CoreErrors",
                "talk %1 (%2) has no subtitle timings; SRT/VTT export needs a talk imported from SRT or VTT (export "
                "it as md, notes or html)",
            ),
            ("talk", "title"),
        ),
        # Model packages
        "model.missing-several": (
            QCoreApplication.translate(
                "CoreErrors",
                "no model is installed for %1; install them in File → Translation Models…",
            ),
            ("pairs",),
        ),
        "model.not-installed": (
            QCoreApplication.translate("CoreErrors", "no installed model package called %1"),
            ("name",),
        ),
        "model.os-error/remove": (QCoreApplication.translate("CoreErrors", "cannot remove the package (%1)"), ("os",)),
        "model.os-error/install": (
            QCoreApplication.translate("CoreErrors", "cannot install the package (%1)"),
            ("os",),
        ),
        "model.os-error/read": (QCoreApplication.translate("CoreErrors", "cannot read the file (%1)"), ("os",)),
        "model.os-error/model-folder": (
            QCoreApplication.translate("CoreErrors", "cannot create the model folder (%1)"),
            ("os",),
        ),
        "model.os-error/unpack": (QCoreApplication.translate("CoreErrors", "cannot unpack the package (%1)"), ("os",)),
        "model.os-error/downloads-folder": (
            QCoreApplication.translate("CoreErrors", "cannot create the downloads folder (%1)"),
            ("os",),
        ),
        "model.os-error/save-download": (
            QCoreApplication.translate("CoreErrors", "cannot save the download of %1 (%2)"),
            ("url", "os"),
        ),
        "model.bad-archive/outside": (
            QCoreApplication.translate("CoreErrors", "the archive has a path outside its folder (%1)"),
            ("name",),
        ),
        "model.bad-archive/empty": (QCoreApplication.translate("CoreErrors", "the archive is empty"), ()),
        "model.bad-archive/entries": (
            QCoreApplication.translate("CoreErrors", "the archive has %1 entries, more than a model package has"),
            ("count",),
        ),
        "model.bad-archive/link": (
            QCoreApplication.translate("CoreErrors", "the archive contains a link (%1)"),
            ("name",),
        ),
        "model.bad-archive/twice": (QCoreApplication.translate("CoreErrors", "the archive holds %1 twice"), ("name",)),
        "model.bad-archive/too-large": (
            QCoreApplication.translate(
                "CoreErrors",
                "the archive unpacks to %1 GB, more than a model package can be (at most %2 GB)",
            ),
            ("size", "limit"),
        ),
        "model.bad-archive/bomb": (
            QCoreApplication.translate("CoreErrors", "%1 inflates implausibly for a model file (a zip bomb?)"),
            ("name",),
        ),
        "model.bad-archive/overflow": (
            QCoreApplication.translate("CoreErrors", "%1 unpacks to more than the archive claims"),
            ("name",),
        ),
        "model.bad-archive/folders": (
            QCoreApplication.translate(
                "CoreErrors",
                "not a model package: expected one top-level folder in the archive",
            ),
            (),
        ),
        "model.bad-archive/metadata": (
            QCoreApplication.translate("CoreErrors", "not a model package: no metadata.json"),
            (),
        ),
        "model.bad-archive/damaged": (QCoreApplication.translate("CoreErrors", "the archive is damaged"), ()),
        "model.bad-archive/not-zip": (
            QCoreApplication.translate("CoreErrors", "not a model package (an .argosmodel file is a zip archive)"),
            (),
        ),
        "model.bad-metadata/not-string": (
            QCoreApplication.translate("CoreErrors", "metadata.json: %1 must be a string"),
            ("field",),
        ),
        "model.bad-metadata/not-object": (
            QCoreApplication.translate("CoreErrors", "metadata.json does not describe a package"),
            (),
        ),
        "model.bad-metadata/no-languages": (
            QCoreApplication.translate("CoreErrors", "metadata.json names no from_code/to_code languages"),
            (),
        ),
        "model.bad-metadata/language": (
            QCoreApplication.translate("CoreErrors", "metadata.json: %1 %2 is not a language code"),
            ("field", "value"),
        ),
        "model.bad-metadata/version": (
            QCoreApplication.translate("CoreErrors", "metadata.json: package_version %1 is not a version"),
            ("value",),
        ),
        "model.bad-metadata/type": (
            QCoreApplication.translate("CoreErrors", "metadata.json: type %1 is not a package type"),
            ("value",),
        ),
        "model.unreadable-metadata": (QCoreApplication.translate("CoreErrors", "unreadable metadata.json"), ()),
        "model.not-translation": (
            QCoreApplication.translate("CoreErrors", "a %1 package, not a translation model"),
            ("type",),
        ),
        "model.incomplete": (
            QCoreApplication.translate("CoreErrors", "the package is incomplete (missing %1)"),
            ("missing",),
        ),
        "model.bpe": (
            QCoreApplication.translate(
                "CoreErrors",
                "this package uses a BPE tokenizer, which Talk Reader does not support",
            ),
            (),
        ),
        "model.broken/tokenizer": (
            QCoreApplication.translate("CoreErrors", "the SentencePiece model does not load"),
            (),
        ),
        "model.broken/model": (QCoreApplication.translate("CoreErrors", "the translation model does not load"), ()),
        "model.broken/test": (
            QCoreApplication.translate("CoreErrors", "the model cannot translate a test sentence"),
            (),
        ),
        "model.does-not-work": (
            QCoreApplication.translate("CoreErrors", "the package does not work, nothing was installed: %1"),
            ("cause",),
        ),
        # Converted CTranslate2 models (OPUS-MT, NLLB, M2M-100)
        "model.layout/missing": (
            QCoreApplication.translate("CoreErrors", "not a CTranslate2 model: no %1"),
            ("name",),
        ),
        "model.layout/config": (
            QCoreApplication.translate("CoreErrors", "the model's config.json is not readable"),
            (),
        ),
        "model.layout/manifest": (
            QCoreApplication.translate("CoreErrors", "talk-reader.json is not valid (%1)"),
            ("reason",),
        ),
        "model.layout/vocabulary": (
            QCoreApplication.translate("CoreErrors", "the vocabulary file %1 is not readable"),
            ("name",),
        ),
        "model.layout/no-vocabulary": (
            QCoreApplication.translate("CoreErrors", "the model has no vocabulary file"),
            (),
        ),
        "model.layout/no-tokenizer": (
            QCoreApplication.translate(
                "CoreErrors",
                "the model has no tokenizer: a Marian model needs source.spm and target.spm, "
                "an NLLB or M2M-100 model sentencepiece.bpe.model",
            ),
            (),
        ),
        "model.layout/languages": (
            QCoreApplication.translate(
                "CoreErrors", "the model's vocabulary has no Chinese and English language tokens"
            ),
            (),
        ),
        "model.layout/direction": (
            QCoreApplication.translate(
                "CoreErrors",
                "cannot tell which direction this Marian model translates: name it like opus-mt-zh-en "
                "or add a talk-reader.json",
            ),
            (),
        ),
        "model.bad-archive/not-archive": (
            QCoreApplication.translate("CoreErrors", "not a model: expected a folder, a .zip or a .tar.gz archive"),
            (),
        ),
        "model.bad-name": (
            QCoreApplication.translate("CoreErrors", "a model name is letters, digits, “.”, “_” or “-” (got %1)"),
            ("name",),
        ),
        "model.local-missing": (
            QCoreApplication.translate("CoreErrors", "the model %1 is not installed or does not work"),
            ("name",),
        ),
        "engine.no-local-model": (
            QCoreApplication.translate("CoreErrors", "a CTranslate2 engine needs the name of an installed model"),
            (),
        ),
        "model.unreachable": (
            QCoreApplication.translate(
                "CoreErrors",
                "cannot reach %1; check the network connection or ARGOS_PACKAGE_INDEX",
            ),
            ("url",),
        ),
        "model.http": (QCoreApplication.translate("CoreErrors", "cannot download %1 (%2)"), ("url", "status")),
        "model.bad-index": (QCoreApplication.translate("CoreErrors", "the package index at %1 is not valid"), ("url",)),
        "model.not-in-index": (
            QCoreApplication.translate("CoreErrors", "the package index has no %1 model"),
            ("direction",),
        ),
        "model.no-link": (
            QCoreApplication.translate("CoreErrors", "the package index gives no download link for %1"),
            ("name",),
        ),
        "model.download-failed": (
            QCoreApplication.translate("CoreErrors", "the download from %1 failed %2 times; try again to resume it"),
            ("url", "count"),
        ),
        "model.download-size": (
            QCoreApplication.translate(
                "CoreErrors",
                "%1 gave %2, but the package index says %3; nothing was installed",
            ),
            ("url", "got", "expected"),
        ),
        "model.download-checksum": (
            QCoreApplication.translate(
                "CoreErrors",
                "%1 does not match the SHA-256 checksum the package index gives (a damaged download?)",
            ),
            ("url",),
        ),
        "model.download-not-installed": (
            QCoreApplication.translate("CoreErrors", "the package downloaded from %1 cannot be installed: %2"),
            ("url", "cause"),
        ),
    }


def _glossary_sentences() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The glossary: entries, and glossary files read or written."""
    return {
        "not-found.glossary-entry": (QCoreApplication.translate("CoreErrors", "no glossary entry with id %1"), ("id",)),
        "not-found.glossary-term": (
            QCoreApplication.translate("CoreErrors", "the glossary has no entry “%1”"),
            ("term",),
        ),
        "glossary.ambiguous": (
            QCoreApplication.translate(
                "CoreErrors", "“%1” is in the glossary more than once (%2); name the entry by its id or its language"
            ),
            ("term", "ids"),
        ),
        "glossary.bad-lang": (
            QCoreApplication.translate("CoreErrors", "a glossary language must be zh or en (got %1)"),
            ("lang",),
        ),
        "glossary.same-lang": (
            QCoreApplication.translate(
                "CoreErrors", "a glossary entry translates from one language into the other (zh → en or en → zh)"
            ),
            (),
        ),
        "glossary.empty-term": (QCoreApplication.translate("CoreErrors", "a glossary term cannot be empty"), ()),
        "glossary.too-long": (
            QCoreApplication.translate("CoreErrors", "a glossary term or translation can have at most %1 characters"),
            ("limit",),
        ),
        "glossary.too-long/note": (
            QCoreApplication.translate("CoreErrors", "a glossary note can have at most %1 characters"),
            ("limit",),
        ),
        "glossary.duplicate": (
            QCoreApplication.translate(
                "CoreErrors", "the glossary already has “%1” (entry %2); edit that entry instead"
            ),
            ("term", "id"),
        ),
        "glossary.bad-line": (QCoreApplication.translate("CoreErrors", "line %1: %2"), ("line", "cause")),
        "glossary.bad-format": (
            QCoreApplication.translate("CoreErrors", "unknown glossary format %1; choose %2"),
            ("format", "choices"),
        ),
        "glossary.too-large": (
            QCoreApplication.translate("CoreErrors", "the glossary file is larger than %1 MB"),
            ("limit_mb",),
        ),
        "glossary.unreadable": (
            QCoreApplication.translate("CoreErrors", "cannot read the glossary file (%1)"),
            ("os",),
        ),
        "glossary.not-utf8": (
            QCoreApplication.translate(
                "CoreErrors", "the glossary file is not UTF-8 text (save it as UTF-8 and try again)"
            ),
            (),
        ),
        "glossary.empty-file": (QCoreApplication.translate("CoreErrors", "the file holds no glossary entries"), ()),
        "glossary.twice": (
            QCoreApplication.translate("CoreErrors", "line %1: “%2” is already on line %3"),
            ("line", "term", "first"),
        ),
        "glossary.three-lines": (
            QCoreApplication.translate(
                "CoreErrors",
                "line %1: an entry is one line (a term kept as is) or two (a term, then its translation); "
                "separate entries with a blank line",
            ),
            ("line",),
        ),
        "glossary.bad-row": (QCoreApplication.translate("CoreErrors", "line %1: not a valid table row"), ("line",)),
        "glossary.columns": (
            QCoreApplication.translate(
                "CoreErrors",
                "line %1: more columns than term, translation and note (add a header row to name them)",
            ),
            ("line",),
        ),
        "glossary.no-term": (QCoreApplication.translate("CoreErrors", "line %1: the term is empty"), ("line",)),
        "glossary.line-break": (
            QCoreApplication.translate("CoreErrors", "line %1: a term cannot span lines"),
            ("line",),
        ),
        "glossary.bad-case": (
            QCoreApplication.translate("CoreErrors", "line %1: case_sensitive must be yes or no (got %2)"),
            ("line", "value"),
        ),
        "glossary.bad-lang-in-file": (
            QCoreApplication.translate("CoreErrors", "line %1: %2 is not a glossary language (zh or en)"),
            ("line", "lang"),
        ),
    }


def _engine_sentences() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Translation engines: their settings, and the servers they ask."""
    return {
        "not-found.engine": (QCoreApplication.translate("CoreErrors", "there is no engine named “%1”"), ("name",)),
        "engine.exists": (QCoreApplication.translate("CoreErrors", "there is already an engine named “%1”"), ("name",)),
        "engine.bad-name": (
            QCoreApplication.translate("CoreErrors", "an engine name is 1 to %1 letters, digits, “.”, “_” or “-”"),
            ("limit",),
        ),
        "engine.reserved-name": (
            QCoreApplication.translate("CoreErrors", "“%1” is the built-in engine's name; choose another"),
            ("name",),
        ),
        "engine.builtin": (QCoreApplication.translate("CoreErrors", "the built-in engine cannot be removed"), ()),
        "engine.bad-url": (
            QCoreApplication.translate("CoreErrors", "not a server address: %1 (expected e.g. http://localhost:5000)"),
            ("url",),
        ),
        "engine.bad-kind": (QCoreApplication.translate("CoreErrors", "unknown kind of engine: %1"), ("kind",)),
        "engine.bad-setting": (QCoreApplication.translate("CoreErrors", "an engine has no setting “%1”"), ("setting",)),
        "engine.no-model": (
            QCoreApplication.translate(
                "CoreErrors", "a chat engine needs the name of the model to ask (e.g. qwen2.5:7b)"
            ),
            (),
        ),
        "engine.bad-direction": (QCoreApplication.translate("CoreErrors", "unknown direction; use zh-en or en-zh"), ()),
        "engine.bad-prompt/too-long": (
            QCoreApplication.translate("CoreErrors", "the prompt is longer than %1 characters"),
            ("limit",),
        ),
        "engine.bad-prompt/syntax": (
            QCoreApplication.translate(
                "CoreErrors", "the prompt is not a valid template (%1); write a literal brace twice"
            ),
            ("reason",),
        ),
        "engine.bad-prompt/unknown-field": (
            QCoreApplication.translate("CoreErrors", "the prompt has unknown fields: %1"),
            ("fields",),
        ),
        "engine.bad-prompt/no-sentences": (
            QCoreApplication.translate(
                "CoreErrors", "the prompt must contain {sentences}, where the sentences to translate go"
            ),
            (),
        ),
        "engine.unreachable": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: cannot connect to %2; is the server running?"),
            ("name", "url"),
        ),
        "engine.timeout": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: %2 did not answer within %3 s"),
            ("name", "url", "seconds"),
        ),
        "engine.bad-key": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: the server refused the API key (%2)"),
            ("name", "reason"),
        ),
        "engine.rate-limited": (
            QCoreApplication.translate(
                "CoreErrors", "engine “%1”: the server keeps answering “too many requests”; try again later"
            ),
            ("name",),
        ),
        "engine.server-error": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: the server failed (HTTP %2: %3)"),
            ("name", "status", "reason"),
        ),
        "engine.refused": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: the server refused the request (HTTP %2: %3)"),
            ("name", "status", "reason"),
        ),
        "engine.unsupported-pair": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: the server does not translate %2"),
            ("name", "direction"),
        ),
        "engine.malformed": (
            QCoreApplication.translate(
                "CoreErrors", "engine “%1”: the server's answer cannot be read; is the address right?"
            ),
            ("name",),
        ),
        "engine.count-mismatch": (
            QCoreApplication.translate(
                "CoreErrors", "engine “%1”: sent %2 sentences, the server answered %3; nothing of this batch was stored"
            ),
            ("name", "sent", "got"),
        ),
        "engine.unusable-answer": (
            QCoreApplication.translate(
                "CoreErrors",
                "engine “%1”: asked %2 times, the answers of model %3 did not match the numbered sentences;"
                " the other rows are stored",
            ),
            ("name", "count", "model"),
        ),
        "engine.model-missing": (
            QCoreApplication.translate("CoreErrors", "engine “%1”: the server has no model “%2”"),
            ("name", "model"),
        ),
    }


def _read_only_reasons() -> dict[str, str]:
    """Why a library can only be read (``LibraryState.read_only_code``)."""
    return {
        "file-system": QCoreApplication.translate("CoreErrors", "it is on a read-only file system"),
        "file": QCoreApplication.translate("CoreErrors", "the file is read-only"),
        "folder": QCoreApplication.translate("CoreErrors", "its folder is read-only"),
        "damaged": QCoreApplication.translate(
            "CoreErrors",
            "its pages are damaged; export what you need or restore a backup "
            "(nothing more is written to it, so nothing more is lost)",
        ),
    }


def _os_reasons() -> dict[str, str]:
    """System errors by symbol; a rarer one keeps the system's own (English) text."""
    denied = QCoreApplication.translate("CoreErrors", "access denied (no permission)")
    return {
        "EACCES": denied,
        "EPERM": denied,
        "EROFS": QCoreApplication.translate("CoreErrors", "the disk is read-only"),
        "ENOSPC": QCoreApplication.translate("CoreErrors", "the disk is full"),
        "EDQUOT": QCoreApplication.translate("CoreErrors", "the disk quota is exceeded"),
        "EFBIG": QCoreApplication.translate("CoreErrors", "the file is too large for this disk"),
        "ENAMETOOLONG": QCoreApplication.translate("CoreErrors", "the file name is too long"),
        "ENOENT": QCoreApplication.translate("CoreErrors", "no such file or folder"),
        "ENOTDIR": QCoreApplication.translate("CoreErrors", "a part of the path is a file, not a folder"),
        "EISDIR": QCoreApplication.translate("CoreErrors", "is a folder"),
        "EIO": QCoreApplication.translate("CoreErrors", "input/output error on the disk"),
    }


def _file_kinds() -> dict[tuple[str, bool], str]:
    """What an export target is instead of a regular file, (kind, reached through a link)."""
    return {
        ("device", False): QCoreApplication.translate("CoreErrors", "is a device"),
        ("fifo", False): QCoreApplication.translate("CoreErrors", "is a named pipe"),
        ("socket", False): QCoreApplication.translate("CoreErrors", "is a socket"),
        ("other", False): QCoreApplication.translate("CoreErrors", "is not a regular file"),
        ("device", True): QCoreApplication.translate("CoreErrors", "is a link to a device"),
        ("fifo", True): QCoreApplication.translate("CoreErrors", "is a link to a named pipe"),
        ("socket", True): QCoreApplication.translate("CoreErrors", "is a link to a socket"),
        ("other", True): QCoreApplication.translate("CoreErrors", "is a link to something that is not a regular file"),
    }


#: Parameters whose value picks a variant sentence (``model.os-error/remove``).
_VARIANTS = ("problem", "part", "what", "action")
#: Parameters computed from others rather than taken as they are.
_DERIVED = frozenset({"direction", "os", "target", "why", "pairs", "cause"})


def _fill(sentence: str, values: list[str]) -> str:
    # Highest first, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        sentence = sentence.replace(f"%{number}", values[number - 1])
    return sentence


def _param(error: errors.ReaderError, name: str) -> str:
    params = error.params
    if name == "direction":
        return direction_label(str(params.get("from", "")), str(params.get("to", "")))
    if name == "pairs":
        separator = QCoreApplication.translate("CoreErrors", ", ")
        return separator.join(direction_label(str(src), str(dst)) for src, dst in params.get("pairs", ()))
    if name == "os":
        return _os_reasons().get(str(params.get("errno", "")), str(params.get("reason", "")))
    if name == "why":
        code = str(params.get("why", ""))
        return _read_only_reasons().get(code, code)
    if name == "target":
        kind = str(params.get("file_kind", "other"))
        return _file_kinds().get((kind, bool(params.get("link"))), kind)
    if name == "cause":
        cause = params.get("cause")
        return cause.localized_message() if isinstance(cause, errors.ReaderError) else str(cause or "")
    value = params.get(name, "")
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _sentence_for(error: errors.ReaderError) -> tuple[str, tuple[str, ...]] | None:
    sentences = _sentences()
    for variant in _VARIANTS:
        if variant in error.params:
            found = sentences.get(f"{error.code}/{error.params[variant]}")
            if found is not None:
                return found
    return sentences.get(error.code)


def error_text(error: errors.ReaderError) -> str | None:
    """The error's sentence in the UI language (without its path); None in an English UI or
    when the code has no sentence here."""
    if QLocale().language() != QLocale.Language.Chinese:
        return None  # the core's own English is the most precise wording
    found = _sentence_for(error)
    if found is None:
        return None
    sentence, names = found
    if any(name not in error.params and name not in _DERIVED for name in names):
        return None  # raised without the values its sentence needs: keep the English
    return _fill(sentence, [_param(error, name) for name in names])


def _warning_sentences() -> dict[str, str]:
    return {
        "decode": QCoreApplication.translate("ImportWarnings", "the text needed repairs to be read: %1"),
        "unclosed-code-fence": QCoreApplication.translate("ImportWarnings", "code fence never closed; read as text"),
        "unclosed-comment": QCoreApplication.translate("ImportWarnings", "'<!--' never closed; read as text"),
        "unclosed-details": QCoreApplication.translate("ImportWarnings", "'<details>' never closed; read as text"),
    }


def warning_text(warning: ParseWarning) -> str:
    """An import warning in the UI language: where, and what was done (English detail otherwise)."""
    sentence = _warning_sentences().get(warning.code)
    text = _fill(sentence, [warning.detail]) if sentence is not None else warning.detail
    if warning.line is None:
        return text
    return (
        QCoreApplication.translate("ImportWarnings", "line %1: %2").replace("%2", text).replace("%1", str(warning.line))
    )


def import_warning_lines(results: Iterable[FileImportResult]) -> list[str]:
    """Every warning of an import, as ``file: line 12: what was done`` in the UI language."""
    return [f"{result.path.name}: {warning_text(warning)}" for result in results for warning in result.warnings]


def install(localizer: Callable[[errors.ReaderError], str | None] = error_text) -> None:
    """Word core errors in the UI language from now on (the app does this at start)."""
    errors.set_localizer(localizer)


def uninstall() -> None:
    errors.set_localizer(None)
