"""nestgen's releases: `releases.yml` maps each version to a commit of the template repository.

Git tags may not travel with the repository, so the list is the source of truth. Copier
records `_commit` as `git describe --tags --always` (a short sha without tags); a release
is found again from any such description through the template repository.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from generator.catalog import REPO_ROOT
from generator.errors import UserError

RELEASES_FILE = "releases.yml"
_FULL_SHA = re.compile(r"^[0-9a-f]{40}$")


class ReleaseError(UserError):
    """The release list is malformed, or a version or commit is unknown."""


@dataclass(frozen=True)
class Release:
    version: str
    commit: str

    @property
    def label(self) -> str:
        return f"{self.version} ({self.commit[:7]})"


def parse_releases(text: str, origin: str) -> list[Release]:
    """Releases oldest first, from the text of a releases.yml."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        raise ReleaseError(f"{origin}: malformed YAML") from error
    if not isinstance(data, dict):
        raise ReleaseError(f"{origin}: expected a mapping of version to commit")
    releases = []
    for version, commit in data.items():
        if not isinstance(version, str):
            raise ReleaseError(f"{origin}: quote the version {version!r} (it must be a string)")
        if not isinstance(commit, str) or not _FULL_SHA.match(commit):
            raise ReleaseError(f"{origin}: {version}: expected a full 40-character commit sha")
        releases.append(Release(version, commit))
    return releases


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


@dataclass(frozen=True)
class TemplateRepo:
    """The template a project was generated from: its source and, if local, its git checkout."""

    source: str

    @cached_property
    def path(self) -> Path | None:
        candidate = Path(self.source)
        if candidate.is_absolute() and (candidate / ".git").exists():
            return candidate
        return None

    @cached_property
    def releases(self) -> list[Release]:
        listed = (self.path or REPO_ROOT) / RELEASES_FILE
        if not listed.is_file():
            return []
        return parse_releases(listed.read_text(encoding="utf-8"), str(listed))

    @property
    def newest(self) -> Release | None:
        return self.releases[-1] if self.releases else None

    def release_named(self, version: str) -> Release | None:
        return next((r for r in self.releases if r.version == version), None)

    def resolve(self, ref: str) -> str | None:
        """The full sha of a version, tag, sha, `HEAD` or `git describe` output; None if unknown."""
        release = self.release_named(ref)
        if release is not None:
            return release.commit
        if self.path is None:
            return ref if _FULL_SHA.match(ref) else None
        found = _git(self.path, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        return found.stdout.strip() if found.returncode == 0 else None

    def release_at(self, commit: str) -> Release | None:
        return next((r for r in self.releases if r.commit == commit), None)

    def label(self, commit: str | None, recorded: str = "") -> str:
        """`0.1.0 (abc1234)` for a release, else the commit as copier recorded it."""
        release = self.release_at(commit) if commit else None
        if release is not None:
            return release.label
        shown = recorded or (commit or "unknown")[:7]
        return f"commit {shown} (unreleased)"

    def is_ancestor(self, older: str, newer: str) -> bool | None:
        """Whether `older` is in the history of `newer`; None when that cannot be told."""
        if self.path is None:
            return None
        return _git(self.path, "merge-base", "--is-ancestor", older, newer).returncode == 0

    def offered_experts(self, commit: str) -> set[str]:
        """The experts a commit's catalog lets users select (the base included)."""
        if self.path is None:
            return set()
        shown = _git(self.path, "show", f"{commit}:blueprints/catalog.yml")
        catalog = yaml.safe_load(shown.stdout) if shown.returncode == 0 else None
        if not isinstance(catalog, dict) or not isinstance(catalog.get("experts"), list):
            # The first releases had no selectable experts beyond the base.
            return {str(catalog["base"])} if isinstance(catalog, dict) else set()
        return {
            str(entry["id"])
            for entry in catalog["experts"]
            if isinstance(entry, dict) and entry.get("available", True)
        }


def template_ref(ref: str | None) -> str:
    """The template version `nestgen new` renders: a release version names its commit, any
    other ref goes to copier as is. Without one it is HEAD, the template this nestgen runs
    from, whose checks validated the answers; copier would otherwise look for the newest git
    tag, say "No git tags found in template; using HEAD as ref" when there is none, and
    render HEAD all the same.
    """
    if ref is None:
        return "HEAD"
    from generator.template import template_source

    release = TemplateRepo(template_source()).release_named(ref)
    return release.commit if release else ref
