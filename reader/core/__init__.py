"""The Qt-free core of Talk Reader.

Nothing under ``reader.core`` may import Qt: the CLI, the tests and the GUI all drive the same
functions, and a unit test enforces the rule.

The core owns persistence: the CLI and the GUI call functions per aggregate (talks in
``library``, segments in ``corrections``, translations in ``translate.store``, notes in
``notes``, speakers in ``speakers``, history in ``history``) and never import SQLAlchemy or
the models (a unit test enforces that too). Inside the core, one rule decides how to talk
to the database:

- **The ORM** (:mod:`reader.core.models`) for edits and for reads of a few rows: it keeps
  relationships, defaults and the session's unit of work in one place.
- **Core or plain SQL** for bulk work, where building an object per row costs more than
  the work: storing an import (executemany), reading a whole talk for the reader
  (:mod:`reader.core.reading`), the search index and its triggers, and the history journal
  (:mod:`reader.core.history`, which must see every row whatever wrote it).

The schema is built by the numbered steps in :mod:`reader.core.db`; the models describe
exactly that schema (a test compares them column by column).
"""
