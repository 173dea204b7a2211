"""`nestgen new --verify`: install the generated project and run its own checks."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.project import LOCK_FILE, commit_lock_file

# In the order of the generated CI workflow. The build comes before the tests: e2e tests may
# run the built app (auth's admin:create and production-refusal tests start dist/).
CHECKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("typecheck", ("npm", "run", "typecheck")),
    ("lint", ("npm", "run", "lint")),
    ("format", ("npm", "run", "format:check")),
    ("build", ("npm", "run", "build")),
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


def install_command(project: Path) -> tuple[str, ...]:
    """`npm ci` installs exactly the lock file; without one, `npm install` writes it."""
    verb = "ci" if (project / LOCK_FILE).is_file() else "install"
    return ("npm", verb, "--no-audit", "--no-fund")


def verify(
    project: Path,
    on_step: Callable[[str], None] = lambda name: None,
    commit_lock: bool = False,
) -> list[StepResult]:
    """Install, then run every check in order; stop at the first failure (later steps would
    only repeat it). commit_lock: commit the package-lock.json the install wrote."""
    on_step("install")
    installed = run_step(project, "install", install_command(project))
    if not installed.ok:
        return [installed]
    if commit_lock:
        commit_lock_file(project)
    results = [installed]
    for name, command in CHECKS:
        on_step(name)
        result = run_step(project, name, command)
        results.append(result)
        if not result.ok:
            break
    return results
