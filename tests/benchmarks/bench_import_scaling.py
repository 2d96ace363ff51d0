"""Import planning stays linear on the shapes that used to be quadratic.

Usage::

    .venv/bin/python tests/benchmarks/bench_import_scaling.py [--scale N]

For each shape the input is generated at size n and 2n and planned through
:func:`reader.core.importing.prepare_import` (decode, parse, sentences, talk detection,
titles). Printed: input sizes, seconds, peak memory of the larger run (tracemalloc), and the
time ratio 2n/n — about 2 for linear work, about 4 for quadratic. The baseline in the same
run is reading and decoding the same files. Shapes:

* ``one-char lines``: lines of one character each (lexical cohesion once rescanned the whole
  file when units hold no content words);
* ``headings``: a Markdown file with one ``##`` heading every few lines (storing each new talk
  once re-checked every earlier one);
* ``long line``: one unpunctuated line of Chinese (sentence capping once rescanned every cut
  place for each piece, and jieba held the whole line at once);
* ``word per line``: YouTube captions saved as text, one word per line.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from reader.core.importing import prepare_import, read_source

WORDS = "memory bandwidth model serving batch token cache latency accelerator kernel".split()
HAN = "我们研究模型的方法数据训练推理芯片内存带宽"


def one_char_lines(n: int, rng: random.Random) -> str:
    return "\n".join(rng.choice("的了是我你他好啊abcxyz") for _ in range(n))


def headings(n: int, rng: random.Random) -> str:
    return "\n\n".join(f"## Part {i}\n\n{' '.join(rng.choice(WORDS) for _ in range(12))}." for i in range(n // 4))


def long_line(n: int, rng: random.Random) -> str:
    return "".join(rng.choice(HAN) for _ in range(n * 5))


def word_per_line(n: int, rng: random.Random) -> str:
    return "\n".join(rng.choice(WORDS) for _ in range(n))


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "one-char lines": one_char_lines,
    "headings": headings,
    "long line": long_line,
    "word per line": word_per_line,
}


def _seconds(path: Path, *, plan: bool) -> float:
    started = time.perf_counter()
    prepare_import(path) if plan else read_source(path)
    return time.perf_counter() - started


def _peak_bytes(path: Path) -> int:
    """Peak Python memory of planning *path* (traced separately: tracing slows the run)."""
    tracemalloc.start()
    prepare_import(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=40_000, help="n: lines (or 5n characters for the long line)")
    args = parser.parse_args(argv[1:])
    prepare_import(Path(__file__).resolve().parents[1] / "data" / "baai-2023-notes-6-part1.txt")  # warm up jieba
    print(
        f"{'shape':16} {'n':>8} {'bytes n':>10} {'s (n)':>7} {'s (2n)':>7} {'ratio':>6} "
        f"{'peak MB (2n)':>12} {'read s (2n)':>11}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES.items():
            times: list[float] = []
            sizes: list[int] = []
            peak = 0
            read = 0.0
            for size in (args.scale, 2 * args.scale):
                path = Path(tmp) / f"{name.replace(' ', '-')}-{size}.{'md' if name == 'headings' else 'txt'}"
                path.write_text(make(size, random.Random(size)), encoding="utf-8")
                sizes.append(path.stat().st_size)
                times.append(_seconds(path, plan=True))
                read = _seconds(path, plan=False)
            peak = _peak_bytes(path)
            print(
                f"{name:16} {args.scale:>8} {sizes[0]:>10} {times[0]:>7.2f} {times[1]:>7.2f} "
                f"{times[1] / times[0]:>6.2f} {peak / 1e6:>12.0f} {read:>11.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
