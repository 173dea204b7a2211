"""`nestgen new --verify`: install the generated project and run its own checks."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("install", ("npm", "install", "--no-audit", "--no-fund")),
    ("typecheck", ("npm", "run", "typecheck")),
    ("lint", ("npm", "run", "lint")),
    ("format", ("npm", "run", "format:check")),
    ("unit tests", ("npm", "test")),
    ("e2e tests", ("npm", "run", "test:e2e")),
)


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    seconds: float
    output_tail: str


def run_step(project: Path, name: str, command: tuple[str, ...]) -> StepResult:
    started = time.monotonic()
    completed = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    tail = "\n".join((completed.stdout + completed.stderr).strip().splitlines()[-30:])
    return StepResult(name, completed.returncode == 0, time.monotonic() - started, tail)


def verify(project: Path, on_step: Callable[[str], None] = lambda name: None) -> list[StepResult]:
    """Run every step in order; stop at the first failure (later steps would only repeat it)."""
    results: list[StepResult] = []
    for name, command in STEPS:
        on_step(name)
        result = run_step(project, name, command)
        results.append(result)
        if not result.ok:
            break
    return results
