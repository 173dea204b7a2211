"""A checkout of the template per commit, made once and reused, instead of a clone per render.

For a local git template copier clones the whole repository into a temporary folder for every
render and deletes it afterwards (_vcs.clone): with snapshots/ that is 1,700 files written and
removed, 3 to 4 s on a busy disk, for content that a commit fixes forever. Here the first render
of a commit makes the same clone (same commands) under the cache folder; later renders of that
commit get its path back. Only what is fixed by the commit is reused:

- a ref that names a commit of the local repository: HEAD only when the working tree is clean
  (copier adds uncommitted changes to HEAD; then it clones as always), a sha, `git describe`
  output, a tag or a branch; anything else (remote URLs, other refs) goes to copier's clone;
- the tags too: copier records `git describe --tags --always` as `_commit`, so the checkout is
  keyed by the commit and by that description in the source repository.

The cached checkouts are read-only by convention: copier only reads its template folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

from generator import _cache

_KEEP = 16  # checkouts kept: each test session freezes its own template commit
_STALE_SECONDS = 3600  # a checkout younger than this may be in use by another render
_HEX = re.compile(r"^[0-9a-f]{4,64}$")
_DESCRIBED = re.compile(r"^[\w.+/-]+-\d+-g[0-9a-f]{4,64}$")
_REF = re.compile(r"^[\w][\w.+/-]*$")


def _git(cwd: Path, *args: str) -> str | None:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else None


def _commit_of(repo: Path, ref: str) -> str | None:
    """The commit `ref` names, when copier's clone would resolve it to that same commit."""
    if ref == "HEAD":
        if _git(repo, "status", "--porcelain") != "":  # dirty (or failing): copier's own way
            return None
    elif not _REF.match(ref):
        return None
    elif not (_HEX.match(ref) or _DESCRIBED.match(ref)):
        # A clone has the source's tags and its branches as origin/<name>, nothing else.
        full = _git(repo, "rev-parse", "--symbolic-full-name", ref) or ""
        if not full.startswith(("refs/tags/", "refs/heads/")):
            return None
    return _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")


def _make_checkout(source: Path, commit: str, target: Path) -> bool:
    """Clone and check out `commit` as copier does, built aside and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    steps: tuple[tuple[str, ...], ...] = (
        ("clone", "--quiet", "--no-checkout", str(source), str(building)),
        ("-C", str(building), "-c", "core.fsmonitor=false", "checkout", "--quiet", "-f", commit),
        ("-C", str(building), "submodule", "update", "--checkout", "--init", "--recursive"),
    )
    ok = all(_git(source, *step) is not None for step in steps)
    if ok:
        with suppress(OSError):  # another render made it first: theirs is as good
            os.rename(building, target)
    shutil.rmtree(building, ignore_errors=True)
    return target.is_dir()


def _prune(folder: Path) -> None:
    """Keep the newest checkouts; never one used within the last hour."""
    entries = sorted(
        (path for path in folder.iterdir() if not path.name.startswith(".")),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for path in entries[_KEEP:]:
        if time.time() - path.stat().st_mtime > _STALE_SECONDS:
            shutil.rmtree(path, ignore_errors=True)


@cache
def cached_checkout(url: str, ref: str) -> Path | None:
    """A reusable checkout of `ref` of the local repository `url`; None: let copier clone."""
    source = Path(url)
    if not _cache.enabled() or not source.is_dir():
        return None
    commit = _commit_of(source, ref)
    described = commit and _git(source, "describe", "--tags", "--always", commit)
    if not commit or not described:
        return None
    folder = _cache.cache_root() / "templates"
    key = hashlib.sha256(described.encode()).hexdigest()[:12]
    target = folder / f"{commit}-{key}"
    if not target.is_dir():
        if not _make_checkout(source, commit, target):
            return None
        _prune(folder)
    with suppress(OSError):
        os.utime(target)  # recently used: kept by _prune
    return target


CloneFunction = Callable[..., str]


def caching_clone(original: CloneFunction) -> CloneFunction:
    """copier._vcs.clone, answering from the cache when it can."""

    def clone(url: str, ref: str = "HEAD", location: str | None = None) -> str:
        checkout = cached_checkout(str(url), ref or "HEAD")
        # copier's empty `location` stays empty; copier removes it after the render.
        return str(checkout) if checkout else original(url, ref, location)

    return clone


@contextmanager
def reused_checkouts() -> Iterator[None]:
    """While active, copier's Template clones through the cache (nestgen's process only)."""
    from copier import _template

    module: Any = _template
    original = module.clone
    module.clone = caching_clone(original)
    try:
        yield
    finally:
        module.clone = original
