"""What the CPUs this process may run on really are: cores, SMT siblings, vector ISA.

Why: "2 cores" can be two physical cores or two hyper-threads of one core, and CTranslate2's
int8 speed depends on AVX2 / AVX-512 / VNNI. A throughput figure means little without this
line next to it, and the engine's thread calibration is remembered per CPU (see
:mod:`.calibration`). Linux sysfs and ``/proc/cpuinfo`` are read when present; elsewhere
the fields fall back to what :mod:`os` knows.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

#: The ISA flags that decide which kernels CTranslate2 (oneDNN / MKL / ruy) can use.
RELEVANT_FLAGS = ("avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_int8", "neon")

SYS_CPU = Path("/sys/devices/system/cpu")
PROC_CPUINFO = Path("/proc/cpuinfo")


@dataclass(frozen=True)
class CpuTopology:
    """The CPUs this process may use (its affinity), grouped by physical core."""

    model: str
    #: Logical CPUs in this process's affinity mask.
    cpus: tuple[int, ...]
    #: Those CPUs grouped by physical core: SMT siblings share a group.
    cores: tuple[tuple[int, ...], ...]
    flags: tuple[str, ...]

    @property
    def logical(self) -> int:
        return len(self.cpus)

    @property
    def physical(self) -> int:
        return len(self.cores)

    @property
    def smt(self) -> bool:
        """Whether some of our logical CPUs are hyper-threads of the same core."""
        return self.physical < self.logical

    def describe(self) -> str:
        """One line for benchmark output and logs."""
        groups = " ".join("+".join(map(str, group)) for group in self.cores)
        return (
            f"CPU: {self.model}; {self.logical} logical CPUs in affinity on {self.physical} physical cores "
            f"(siblings: {groups or '?'}; SMT {'yes' if self.smt else 'no'}); "
            f"ISA: {' '.join(self.flags) or 'none of ' + '/'.join(RELEVANT_FLAGS)}"
        )


def affinity() -> tuple[int, ...]:
    """The logical CPUs this process may run on."""
    try:
        return tuple(sorted(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return tuple(range(os.cpu_count() or 1))


def parse_cpu_list(text: str) -> tuple[int, ...]:
    """``"0-2,5"`` → ``(0, 1, 2, 5)`` (the kernel's cpulist format); junk gives ``()``."""
    cpus: set[int] = set()
    for part in text.strip().split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        try:
            low = int(first)
            high = int(last) if last else low
        except ValueError:
            return ()
        cpus.update(range(low, high + 1))
    return tuple(sorted(cpus))


def _cpuinfo(path: Path) -> tuple[str, tuple[str, ...]]:
    model, flags = "", ""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "model name" and not model:
            model = value.strip()
        elif key in ("flags", "Features") and not flags:
            flags = value
    present = set(flags.split())
    if "asimd" in present:  # ARM calls NEON "asimd"
        present.add("neon")
    return model or platform.processor() or platform.machine(), tuple(f for f in RELEVANT_FLAGS if f in present)


def topology(sys_cpu: Path = SYS_CPU, cpuinfo: Path = PROC_CPUINFO, cpus: tuple[int, ...] | None = None) -> CpuTopology:
    """Read the topology of *cpus* (default: this process's affinity)."""
    cpus = affinity() if cpus is None else cpus
    allowed = set(cpus)
    groups: list[tuple[int, ...]] = []
    seen: set[int] = set()
    for cpu in cpus:
        if cpu in seen:
            continue
        try:
            siblings = parse_cpu_list((sys_cpu / f"cpu{cpu}" / "topology" / "thread_siblings_list").read_text())
        except OSError:
            siblings = ()
        group = tuple(c for c in siblings if c in allowed) or (cpu,)
        seen.update(group)
        groups.append(group)
    model, flags = _cpuinfo(cpuinfo)
    return CpuTopology(model=model, cpus=cpus, cores=tuple(groups), flags=flags)
