"""Whole-process timing: wall clock and the CPU time (user + sys) of the process and its
children, medians over rounds in which the compared cases take turns."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class BenchError(Exception):
    """A benchmarked command failed: the measurement is void."""


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float


@dataclass
class Case:
    """One command timed whole. `prepare` runs untimed before each run and returns the argv."""

    name: str
    prepare: Callable[[int], Sequence[str]]
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path | None = None
    cleanup: Callable[[int], None] = lambda run: None
    samples: list[Sample] = field(default_factory=list)

    def median(self, what: str = "wall") -> float:
        return statistics.median(getattr(sample, what) for sample in self.samples)


def timed(argv: Sequence[str], env: Mapping[str, str], cwd: Path | None) -> Sample:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        list(argv), cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-5:]
        raise BenchError(f"{' '.join(argv[:3])} … exited {done.returncode}: {' | '.join(tail)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu)


def side_by_side(cases: Sequence[Case], rounds: int, warmup: bool = True) -> None:
    """Round after round, every case once (A B C A B C …); one uncounted warm-up each."""
    runs = ([-1] if warmup else []) + list(range(rounds))
    for run in runs:
        for case in cases:
            argv = case.prepare(run)
            sample = timed(argv, case.env, case.cwd)
            case.cleanup(run)
            if run >= 0:
                case.samples.append(sample)


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"
