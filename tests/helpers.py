"""Shared test helpers: run the CLI in-process, and install a generated project's packages once."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.catalog import REPO_ROOT
from generator.cli import main

NODE_CACHE = Path(os.environ.get("NESTGEN_NODE_CACHE", Path.home() / ".cache" / "nestgen-tests"))


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


def package_set_key(project: Path) -> str:
    manifest = json.loads((project / "package.json").read_text())
    relevant = {k: manifest.get(k) for k in ("dependencies", "devDependencies", "allowScripts")}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


def shared_node_modules(project: Path) -> Path:
    """One installed node_modules per package set, kept across runs (nest-lab.md §7)."""
    home = NODE_CACHE / package_set_key(project)
    home.mkdir(parents=True, exist_ok=True)
    with (home / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / ".installed").exists():
            manifest = json.loads((project / "package.json").read_text())
            manifest["name"] = "nestgen-shared-deps"
            (home / "package.json").write_text(json.dumps(manifest, indent=2))
            subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefer-offline"],
                cwd=home,
                check=True,
                capture_output=True,
            )
            (home / ".installed").touch()
    return home / "node_modules"


def link_node_modules(project: Path) -> None:
    target = project / "node_modules"
    if target.is_symlink() or target.exists():
        return
    target.symlink_to(shared_node_modules(project), target_is_directory=True)


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
    "npm",
]
