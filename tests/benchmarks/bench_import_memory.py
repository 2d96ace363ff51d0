"""Import memory and speed at two file sizes: peak memory must grow no faster than the file.

Usage::

    .venv/bin/python tests/benchmarks/bench_import_memory.py [--sizes 8 32] [--from DIR] [--keep DIR]

Each import is the real command, ``talk-reader --library NEW.db import FILE``, run in a child
process of its own, so its peak resident memory (``ru_maxrss`` of that child) is the whole
import's: reading, parsing, sentences, talk detection, titles, storing and both search
indexes. The baseline, measured in the same run, is the same command importing a file of a
few lines: the interpreter, jieba's dictionary and the language detector, which any import
pays whatever the size.

Printed per size: file MB, wall and CPU seconds, MB/s, peak RSS, peak above the baseline and
that as a multiple of the file's size; then the growth from the smaller to the larger file:
peak growth per MB of file growth (bounded memory: a constant, the same at any size) and the
time ratio against the size ratio (linear time: equal).

The input is generated: notes of many talks one after another, a sentence per line, the host
thanking one speaker and introducing the next, in English and in Chinese, some of it with
speaker labels. ``--from DIR`` builds it instead from the transcripts (``.txt``) in DIR, shuffled
and thinned at random on each pass (the dev corpus: ``--from corpus-cache``; its word-per-line
captions make the file parse as captions).

Figures (generated notes, 8 and 32 MB; 2 shared cores): peak RSS 193 / 325 MB, 66 / 204 MB
above the 130 MB baseline = 8.2× / 6.4× the file; peak growth 5.7 MB per MB of file; CPU time
×3.9 for ×4 the file, 45 / 176 s as for the code before in the same run. Before talk
detection's records were made compact (cues shared, content words streamed through the
cohesion windows, sliding speaker windows, arrays of sums) and the
file's bytes, its list of lines and a whole copy for the hash were let go of: 203 / 389 MB,
9.5× / 8.5×, 8.1 MB per MB, ×3.9. What is left at the peak (during talk detection) is mostly
the sentences themselves — a ``Unit`` per sentence with its text, line and offset.

Run it from the checkout whose code it measures: ``python -m reader`` takes ``reader`` from
the working directory before ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_TOPICS = [
    "memory bandwidth accelerator kernel scheduling compiler".split(),
    "retrieval embeddings ranking index latency cache".split(),
    "robotics control policy simulation sensors grasping".split(),
    "protein folding structure sequence assay binding".split(),
    "climate model ocean carbon forecast ensemble".split(),
    "privacy federated learning gradients clients attack".split(),
]
_FILLER = "we found that the results show how this approach scales when the data grows and why it matters".split()
_ZH_TOPICS = [
    "芯片内存带宽调度编译",
    "检索向量排序索引缓存",
    "机器人控制策略仿真抓取",
    "蛋白质结构序列结合实验",
    "气候海洋碳排放预测",
]
_ZH_FILLER = "我们发现这个方法在数据增长的时候效果更好而且成本更低所以大家可以看到"
_NAMES = ["Dr. Alice Moreau", "Professor Kenji Ito", "Maria Lopez", "Dr. Samuel Okafor", "王教授", "李博士", "陈老师"]


def _english_sentence(rng: random.Random, topic: list[str]) -> str:
    words = [rng.choice(topic if rng.random() < 0.35 else _FILLER) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?"])


def _chinese_sentence(rng: random.Random, topic: str) -> str:
    size = rng.randint(12, 40)
    chars = [rng.choice(topic if rng.random() < 0.3 else _ZH_FILLER) for _ in range(size)]
    return "".join(chars) + rng.choice(["。", "。", "？"])


def generated_notes(target_bytes: int, seed: int = 1) -> str:
    """Notes of talk after talk until *target_bytes* (UTF-8), built from the word lists above."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    talk = 0
    while size < target_bytes:
        talk += 1
        name = rng.choice(_NAMES)
        chinese = rng.random() < 0.4
        labelled = rng.random() < 0.3
        lines = [
            f"Thank you so much for the wonderful talk. Our next speaker is {name}. Please welcome {name}.",
            "Thank you for the kind introduction. Today I'm going to talk about our recent work.",
        ]
        if chinese:
            lines = [
                f"感谢刚才精彩的报告。下面有请{name}为我们做报告。",
                "谢谢主持人的介绍，大家好，我今天报告的题目是我们最近的工作。",
            ]
        topic_en, topic_zh = rng.choice(_TOPICS), rng.choice(_ZH_TOPICS)
        for _ in range(rng.randint(150, 600)):
            sentence = _chinese_sentence(rng, topic_zh) if chinese else _english_sentence(rng, topic_en)
            lines.append(f"[Speaker {talk % 7}]: {sentence}" if labelled else sentence)
            if rng.random() < 0.05:
                lines.append("")
        chunk = "\n".join(lines) + "\n\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts)


def corpus_notes(folder: Path, target_bytes: int, seed: int = 7) -> str:
    """The transcripts of *folder* again and again, shuffled, a twentieth of the lines dropped
    at random on each pass, until *target_bytes*."""
    paths = sorted(folder.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff") for path in paths]
    if not texts:
        raise SystemExit(f"no .txt transcripts in {folder}")
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        for index in rng.sample(range(len(texts)), len(texts)):
            chunk = "\n".join(line for line in texts[index].splitlines() if rng.random() > 0.05) + "\n\n\n"
            parts.append(chunk)
            size += len(chunk.encode("utf-8"))
            if size >= target_bytes:
                break
    return "".join(parts)


@dataclass
class Run:
    size: int
    wall: float
    cpu: float
    peak: int  # bytes

    @property
    def megabytes(self) -> float:
        return self.size / 1e6


def import_in_child(path: Path, workdir: Path) -> Run:
    """``talk-reader import`` of *path* into a new library, in a child process of its own."""
    library = workdir / f"{path.stem}-{time.monotonic_ns()}.db"
    command = [sys.executable, "-m", "reader", "--library", str(library), "import", str(path)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"import of {path} failed with status {child.returncode}")
    for leftover in workdir.glob(f"{library.name}*"):
        leftover.unlink()
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(path.stat().st_size, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs=2, default=(8.0, 32.0), metavar=("SMALL", "LARGE"), help="MB")
    parser.add_argument("--from", dest="source", type=Path, help="build the input from this folder's .txt files")
    parser.add_argument("--keep", type=Path, help="write the generated inputs here (kept), not in a temporary folder")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        inputs = args.keep or workdir
        inputs.mkdir(parents=True, exist_ok=True)
        tiny = workdir / "tiny.txt"
        tiny.write_text("Hello everyone, welcome.\n大家好，欢迎来到这里。\nLet us begin.\n", encoding="utf-8")
        baseline = import_in_child(tiny, workdir)
        print(f"baseline (a 3-line file): {baseline.wall:.1f} s, peak RSS {baseline.peak / 2**20:.0f} MB")
        print(f"{'MB':>6} {'wall s':>8} {'CPU s':>8} {'MB/s':>6} {'peak MB':>8} {'above base':>10} {'× file':>7}")
        runs: list[Run] = []
        for megabytes in args.sizes:
            target = int(megabytes * 1e6)
            path = inputs / f"import-memory-{megabytes:g}MB.txt"
            text = corpus_notes(args.source, target) if args.source else generated_notes(target)
            path.write_text(text, encoding="utf-8")
            del text
            run = import_in_child(path, workdir)
            runs.append(run)
            above = (run.peak - baseline.peak) / 1e6
            print(
                f"{run.megabytes:6.1f} {run.wall:8.1f} {run.cpu:8.1f} {run.megabytes / run.wall:6.2f} "
                f"{run.peak / 2**20:8.0f} {above:10.0f} {above / run.megabytes:7.1f}"
            )
        small, large = runs
        growth = (large.peak - small.peak) / (large.size - small.size)
        print(
            f"peak growth per MB of file growth: {growth:.1f} MB/MB; "
            f"time ratio {large.cpu / small.cpu:.2f} (CPU) for a size ratio of {large.size / small.size:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
