"""3. Time to green: `nestgen new --verify` of the full stack (every expert that composes
today + auth, tests/scenarios/full-stack.yml's model) with a warm npm cache: generation,
`npm install`, typecheck, lint, format, unit and e2e tests against the real services."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import yaml

from bench.workload import FULL_EXPERTS, NESTGEN, REPO

_STEP = re.compile(r"^(PASS|FAIL)\s+(.+?)\s+([\d.]+)s$", re.MULTILINE)


def answers(folder: Path) -> Path:
    scenario = yaml.safe_load((REPO / "tests" / "scenarios" / "full-stack.yml").read_text())
    scenario.update({"project_name": "green-api", "experts": FULL_EXPERTS, "auth": "jwt"})
    path = folder / "green.yml"
    path.write_text(yaml.safe_dump(scenario, sort_keys=False))
    return path


def verify_once(answers_file: Path, destination: Path, ref: str) -> dict:
    shutil.rmtree(destination, ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run(
        [
            NESTGEN,
            "new",
            str(destination),
            "--answers",
            str(answers_file),
            "--ref",
            ref,
            "--verify",
        ],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    steps = {name: float(seconds) for _, name, seconds in _STEP.findall(done.stderr)}
    failed = [name for status, name, _ in _STEP.findall(done.stderr) if status == "FAIL"]
    tail = done.stderr.strip().splitlines()[-12:] if done.returncode else []
    shutil.rmtree(destination, ignore_errors=True)
    return {
        "wall": wall,
        "ok": done.returncode == 0,
        "steps": steps,
        "failed": failed,
        "generation": max(wall - sum(steps.values()), 0.0),
        "failure_tail": tail,
    }


def run_green(scratch: Path, ref: str, rounds: int, warmup: bool = True) -> dict:
    folder = scratch / "green"
    folder.mkdir(parents=True, exist_ok=True)
    answers_file = answers(folder)
    if warmup:  # fills npm's cache with exactly this package set
        verify_once(answers_file, folder / "warm-up", ref)
    runs = [verify_once(answers_file, folder / f"run-{n + 1}", ref) for n in range(rounds)]
    return {"runs": runs}
