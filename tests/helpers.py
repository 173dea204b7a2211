"""Shared test helpers: run the CLI in-process, and install a generated project's packages once."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.catalog import REPO_ROOT
from generator.cli import main
from generator.node_cache import link_node_modules, package_set_key, shared_node_modules


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*argv: str | os.PathLike[str]) -> CliResult:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in argv])
    return CliResult(code, out.getvalue(), err.getvalue())


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file under root except git metadata, as relative path → bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


def npm(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["npm", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


# The parts of the repository that copier never renders but would clone for every render: one
# folder per scenario, most of the repository's files (copier checks out the whole template).
NOT_RENDERED = ("snapshots",)
GIT_IDENTITY = ["-c", "user.name=nestgen-tests", "-c", "user.email=tests@localhost"]


def freeze_template(clone: Path) -> Path:
    """A clone of this repository whose HEAD commits the working tree as it is now, less the
    folders copier never renders. Every release commit stays reachable, as upgrades need."""

    def git(*args: str) -> None:
        subprocess.run(["git", *GIT_IDENTITY, *args], cwd=clone, check=True, capture_output=True)

    clone.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["git", "clone", "--quiet", "--no-checkout", "--no-hardlinks", str(REPO_ROOT), str(clone)],
        check=True,
        capture_output=True,
    )
    git("--work-tree", str(REPO_ROOT), "add", "-A")
    git("rm", "-r", "--cached", "--quiet", "--ignore-unmatch", *NOT_RENDERED)
    git("commit", "--quiet", "--no-verify", "--allow-empty", "-m", "the working tree, frozen")
    git("reset", "--quiet", "--hard")
    return clone


def copy_tree(source: Path, destination: Path) -> Path:
    shutil.copytree(source, destination, symlinks=True)
    return destination


__all__ = [
    "REPO_ROOT",
    "CliResult",
    "freeze_template",
    "run_cli",
    "tree_files",
    "link_node_modules",
    "package_set_key",
    "shared_node_modules",
    "npm",
]
