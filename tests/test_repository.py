"""The repository's own promises: CI runs the README's test command; the Python is lint-clean."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.helpers import REPO_ROOT


def readme_commands() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", quick_start)


def test_readme_gives_exactly_two_setup_commands():
    commands = readme_commands()

    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_ci_runs_the_readme_test_command():
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")

    assert readme_commands()[1] in ci.splitlines()


def test_python_sources_are_ruff_and_black_clean():
    paths = [name for name in ("generator", "tests", "bench") if (REPO_ROOT / name).is_dir()]
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *paths],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", *paths],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )

    assert ruff.returncode == 0, ruff.stdout
    assert black.returncode == 0, black.stderr


def test_python_sources_are_mypy_clean():
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=REPO_ROOT, capture_output=True, text=True
    )

    assert mypy.returncode == 0, mypy.stdout
