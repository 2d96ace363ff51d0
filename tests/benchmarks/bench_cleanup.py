"""Does the ASR clean-up remove only noise? Its audit, stutter catch rate and cost on real files.

Usage::

    .venv/bin/python tests/benchmarks/bench_cleanup.py CORPUS_DIR [--cleanup-file FILE] [--examples N]

Every file of CORPUS_DIR goes through :func:`reader.core.importing.prepare_import` exactly as
an import does; for every unit of every planned talk the verbatim ``unit.text`` is compared
with ``clean_text(unit.text, unit.lang)``. Per file it prints:

* ``units``, ``chars``: the input's size;
* ``hidden%``: characters of the verbatim text the clean text hides;
* ``unexpl``: pieces removed or changed that are not fillers, stutters, emoji/tags or stray
  punctuation, by :func:`reader.core.textproc.cleanup_audit.unexplained_removals` (with up
  to N examples, default 3) — the clean-up's promise is that this is zero;
* ``rep_in``/``rep_left``: adjacent identical words (jieba words for Chinese, lower-cased
  words for the rest) in the verbatim and in the clean text — the stutters caught are the
  difference (a few are legitimate: "no no", "bye bye", "that that");
* ``clean ms``/``base ms``/``x``: the clean-up over all the file's units (best of 3) against
  a baseline measured in the same run, one plain regex pass over the same texts.

``--cleanup-file`` loads ``clean_text`` from another copy of ``cleanup.py`` (for example the
previous commit's, ``git show HEAD~1:reader/core/textproc/cleanup.py > /tmp/old_cleanup.py``)
so before and after are measured on the same parse of the same files.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.importing import prepare_import
from reader.core.textproc.cleanup_audit import unexplained_removals
from reader.core.textproc.language import HAN_CLASS

CleanText = Callable[[str, str], str]

_BASELINE = re.compile(r"(?:呃|嗯|\b(?:um|uh)\b)[,，]?\s*")
_WORDS = re.compile(f"[{HAN_CLASS}]+|[^\\W_{HAN_CLASS}]+(?:['’][^\\W_{HAN_CLASS}]+)*")
_HAN = re.compile(f"[{HAN_CLASS}]")


def load_clean_text(path: Path | None) -> CleanText:
    """``clean_text`` from *path* (a copy of ``cleanup.py``), or the installed one."""
    if path is None:
        from reader.core.textproc.cleanup import clean_text

        return clean_text
    spec = importlib.util.spec_from_file_location("cleanup_under_test", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.clean_text  # type: ignore[no-any-return]


def adjacent_repeats(text: str) -> int:
    """Adjacent identical words: jieba words inside Chinese runs, lower-cased words elsewhere."""
    import jieba  # type: ignore[import-untyped]

    words: list[str] = []
    for match in _WORDS.finditer(text):
        token = match.group()
        if _HAN.match(token):
            words.extend(jieba.lcut(token, HMM=False))
        else:
            words.append(token.lower())
    return sum(1 for a, b in zip(words, words[1:], strict=False) if a == b)


def _best_of(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def measure(name: str, units: Sequence[tuple[str, str]], clean_text: CleanText, examples: int) -> dict[str, float]:
    """Print one file's line (and its examples); return its figures for the total."""
    cleaned = [clean_text(text, lang) for text, lang in units]
    chars = sum(len(text) for text, _ in units)
    hidden = sum(len(text) - len(clean) for (text, _), clean in zip(units, cleaned, strict=True))
    found: list[str] = []
    for (text, lang), clean in zip(units, cleaned, strict=True):
        found.extend(f"{piece!r} in {text[:120]!r}" for piece in unexplained_removals(text, clean, lang))
    rep_in = sum(adjacent_repeats(text) for text, _ in units)
    rep_left = sum(adjacent_repeats(clean) for clean in cleaned)
    clean_s = _best_of(lambda: [clean_text(text, lang) for text, lang in units])
    base_s = _best_of(lambda: [_BASELINE.sub("", text) for text, _ in units])
    print(
        f"{name[:44]:44} {len(units):7} {chars:9} {100 * hidden / max(chars, 1):7.2f} {len(found):6} "
        f"{rep_in:6} {rep_left:8} {1000 * clean_s:9.1f} {1000 * base_s:8.1f} {clean_s / max(base_s, 1e-9):6.1f}"
    )
    for example in found[:examples]:
        print(f"    {example}")
    return {
        "units": len(units), "chars": chars, "hidden": hidden, "unexplained": len(found),
        "rep_in": rep_in, "rep_left": rep_left, "clean_s": clean_s, "base_s": base_s,
    }  # fmt: skip


def header() -> None:
    print(
        f"{'file':44} {'units':>7} {'chars':>9} {'hidden%':>7} {'unexpl':>6} {'rep_in':>6} {'rep_left':>8} "
        f"{'clean ms':>9} {'base ms':>8} {'x':>6}"
    )


def total(rows: Sequence[dict[str, float]]) -> None:
    sums = {key: sum(row[key] for row in rows) for key in rows[0]} if rows else {}
    if not sums:
        return
    hidden = 100 * sums["hidden"] / max(sums["chars"], 1)
    print(
        f"{'TOTAL':44} {int(sums['units']):7} {int(sums['chars']):9} {hidden:7.2f} "
        f"{int(sums['unexplained']):6} {int(sums['rep_in']):6} {int(sums['rep_left']):8} {1000 * sums['clean_s']:9.1f} "
        f"{1000 * sums['base_s']:8.1f} {sums['clean_s'] / max(sums['base_s'], 1e-9):6.1f}"
    )


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cleanup-file", type=Path, default=None)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    clean_text = load_clean_text(args.cleanup_file)
    header()
    rows = []
    for path in sorted(p for p in args.corpus.iterdir() if p.is_file()):
        try:
            prepared = prepare_import(path)
        except Exception as error:  # a parser failure is another engineer's news, not ours
            print(f"{path.name[:44]:44} import failed: {error}")
            continue
        units = [(unit.text, unit.lang) for talk in prepared.talks for unit in talk.units]
        rows.append(measure(path.name, units, clean_text, args.examples))
    total(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
