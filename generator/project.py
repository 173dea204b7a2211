"""`nestgen new`: validate, render into a staging folder, then move the tree into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import answers as answers_mod
from generator._fast_yaml import safe_load
from generator.errors import AnswersError, DestinationError
from generator.template import render


@dataclass(frozen=True)
class NewProject:
    """What `nestgen new` was asked to do."""

    destination: Path
    answers: dict[str, Any]
    interactive: bool
    force: bool = False
    vcs_ref: str | None = None


@dataclass(frozen=True)
class Generated:
    destination: Path
    answers: dict[str, Any]
    committed: bool


def check_destination(destination: Path, force: bool) -> None:
    if "\0" in str(destination):
        raise DestinationError(f"{str(destination)!r} is not a valid path (it contains NUL)")
    try:
        if destination.exists() and not destination.is_dir():
            raise DestinationError(f"{destination} exists and is not a directory")
        if destination.is_dir() and any(destination.iterdir()) and not force:
            raise DestinationError(f"{destination} is not empty; use --force to write into it")
    except OSError as error:  # e.g. a name too long, a folder we may not list
        raise DestinationError(f"cannot use {destination}: {error.strerror}") from error
    _check_writable(destination)


def _check_writable(destination: Path) -> None:
    """The destination, or the folder it will be created in, must be a writable directory."""
    existing = destination.absolute()
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise DestinationError(f"cannot create {destination}: {existing} is not a directory")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise DestinationError(f"cannot write to {existing}: permission denied")


def default_project_name(destination: Path) -> str:
    name = destination.resolve().name
    try:
        return answers_mod.check_project_name(name)
    except AnswersError as error:
        raise AnswersError(
            f"the folder name {name!r} is not a valid npm package name; "
            "give project_name in the answers file"
        ) from error


def recorded_answers(path: Path) -> dict[str, Any]:
    """The answers copier recorded (private `_` keys left out), read as copier reads them:
    PyYAML, through libyaml (no positions needed; 10x faster than the round-trip reader)."""
    data = safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(key): value for key, value in data.items() if not str(key).startswith("_")}


def _move_into_place(staging: Path, destination: Path) -> None:
    """Move the rendered tree into place; if that fails, remove what this call created."""
    existed = destination.exists()
    created = _missing_ancestors(destination)
    try:
        if existed:
            shutil.copytree(staging, destination, dirs_exist_ok=True)
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(staging), str(destination))
    except OSError as error:
        if not existed:
            shutil.rmtree(destination, ignore_errors=True)
            for folder in created:  # deepest first; only the folders this call made
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise DestinationError(f"cannot write {destination}: {error.strerror or error}") from error


def _missing_ancestors(destination: Path) -> list[Path]:
    missing = []
    folder = destination.absolute().parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    return missing


def generate(request: NewProject) -> Generated:
    """Render the project; on any error the destination is left exactly as it was."""
    check_destination(request.destination, request.force)
    data = dict(request.answers)
    if not request.interactive and "project_name" not in data:
        data["project_name"] = default_project_name(request.destination)
    with tempfile.TemporaryDirectory(prefix="nestgen-") as scratch:
        # Same folder name as the destination: copier's default project_name reads it.
        staging = Path(scratch) / request.destination.resolve().name
        render(staging, data, interactive=request.interactive, vcs_ref=request.vcs_ref)
        recorded = recorded_answers(staging / ".copier-answers.yml")
        had_git = (request.destination / ".git").exists()
        _move_into_place(staging, request.destination)
    committed = False if had_git else initial_commit(request.destination)
    return Generated(request.destination, recorded, committed)


def _git(destination: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=destination, capture_output=True, text=True, check=False
    )


LOCK_FILE = "package-lock.json"


def _identity(destination: Path) -> list[str]:
    """nestgen's name on its commits when git knows no user (a fresh machine, CI)."""
    if _git(destination, "config", "user.email").stdout.strip():
        return []
    return ["-c", "user.name=nestgen", "-c", "user.email=nestgen@localhost"]


def initial_commit(destination: Path) -> bool:
    """`git init` and a first commit, which `copier update` needs as its merge base."""
    if shutil.which("git") is None:
        return False
    steps = (
        ("init", "--quiet", "--initial-branch=main"),
        ("add", "--all"),
        (
            *_identity(destination),
            *("commit", "--quiet", "--no-verify", "-m", "Generate project with nestgen"),
        ),
    )
    return all(_git(destination, *step).returncode == 0 for step in steps)


def commit_lock_file(destination: Path) -> bool:
    """Commit the package-lock.json an install wrote, so that the project installs with
    `npm ci` (the Dockerfile and the CI workflow use it when it is there)."""
    if not (destination / LOCK_FILE).is_file():
        return False
    steps = (
        ("add", "--", LOCK_FILE),
        (
            *_identity(destination),
            *("commit", "--quiet", "--no-verify", "-m", f"Add {LOCK_FILE}", "--", LOCK_FILE),
        ),
    )
    return all(_git(destination, *step).returncode == 0 for step in steps)
