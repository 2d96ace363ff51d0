"""The prompt a chat model is given: a template the user may edit, and its fields.

The template is ``str.format`` text with these fields (a literal brace is written twice):

* ``{source_lang}``, ``{target_lang}`` - the languages' English names ("Chinese", "English");
* ``{glossary}`` - the glossary terms found in the batch and their required translations,
  as lines of instructions (empty when the batch holds no term);
* ``{context}`` - a few sentences around the batch, for meaning only (not to translate);
* ``{sentences}`` - the sentences to translate, one per line, numbered ``1.``, ``2.``…

Only ``{sentences}`` is required. The answer is read line by line as ``N. translation``
(see :mod:`reader.core.translate.chat`), so a template should ask for exactly that.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from reader.core import glossary
from reader.core.errors import InvalidOperation
from reader.core.hashing import text_hash

FIELDS = ("source_lang", "target_lang", "glossary", "context", "sentences")
#: Longest template accepted (a prompt, not a document).
PROMPT_LIMIT = 20_000

LANGUAGE_NAMES = {"zh": "Chinese (Simplified)", "en": "English"}

DEFAULT_PROMPT = """\
You translate transcripts of talks about artificial intelligence from {source_lang} into {target_lang}.

Translate each numbered sentence listed under "Sentences". Answer with exactly one line per \
sentence, in the same order, each line starting with the sentence's number and a full stop \
("1. …"). Write nothing else: no notes, no explanations, no blank lines, no quotes.
{glossary}
Sentences around them, for context only (do not translate these):
{context}

Sentences:
{sentences}
"""


def validate_prompt(template: str) -> str:
    """*template* if it can be used, else :class:`InvalidOperation` saying what is wrong."""
    if len(template) > PROMPT_LIMIT:
        raise InvalidOperation(
            f"the prompt is longer than {PROMPT_LIMIT} characters",
            code="engine.bad-prompt",
            params={"problem": "too-long", "limit": PROMPT_LIMIT},
        )
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise InvalidOperation(
            f"the prompt is not a valid template ({exc}); write a literal brace twice: {{{{ }}}}",
            code="engine.bad-prompt",
            params={"problem": "syntax", "reason": str(exc)},
        ) from exc
    unknown = sorted({name for name in names if name not in FIELDS})
    if unknown:
        raise InvalidOperation(
            f"the prompt has unknown fields: {', '.join('{' + n + '}' for n in unknown)}"
            f" (known: {', '.join('{' + f + '}' for f in FIELDS)})",
            code="engine.bad-prompt",
            params={"problem": "unknown-field", "fields": ", ".join(unknown)},
        )
    if "sentences" not in names:
        raise InvalidOperation(
            "the prompt must contain {sentences}, where the sentences to translate go",
            code="engine.bad-prompt",
            params={"problem": "no-sentences"},
        )
    return template


def prompt_hash(template: str) -> str:
    """What a translation stores to say which prompt made it."""
    return text_hash(template)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def glossary_lines(hits: Sequence[glossary.Hit]) -> str:
    """The terms of a batch as instructions (empty without terms), one term once."""
    seen: dict[str, glossary.Hit] = {}
    for hit in hits:
        seen.setdefault(hit.term.casefold(), hit)
    if not seen:
        return ""
    lines = ["", "Always translate these terms exactly as given:"]
    for hit in seen.values():
        if hit.keep:
            lines.append(f"- {hit.term} → {hit.term} (keep it as it is)")
        else:
            lines.append(f"- {hit.term} → {hit.required}")
    return "\n".join(lines) + "\n"


def render(
    template: str,
    *,
    source_lang: str,
    target_lang: str,
    sentences: Sequence[str],
    context: Sequence[str] = (),
    hits: Sequence[glossary.Hit] = (),
) -> str:
    """The prompt for one batch: *sentences* numbered from 1, one per line."""
    numbered = "\n".join(f"{number}. {' '.join(text.split())}" for number, text in enumerate(sentences, 1))
    return template.format_map(
        {
            "source_lang": language_name(source_lang),
            "target_lang": language_name(target_lang),
            "glossary": glossary_lines(hits),
            "context": "\n".join(" ".join(text.split()) for text in context) or "(none)",
            "sentences": numbered,
        }
    )
