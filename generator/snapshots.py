"""Golden snapshots: the whole generated tree for each answers file in tests/scenarios/."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from generator.answers import load_file, validate
from generator.catalog import REPO_ROOT
from generator.template import render

SCENARIOS = REPO_ROOT / "tests" / "scenarios"
SNAPSHOTS = REPO_ROOT / "snapshots"
ANSWERS_FILE = ".copier-answers.yml"
# Machine- and commit-specific lines of the answers file.
_VOLATILE = re.compile(r"^(_commit|_src_path): .*$", re.MULTILINE)


def scenarios(names: tuple[str, ...] = ()) -> list[Path]:
    """Scenario files, all or those named."""
    found = sorted(SCENARIOS.glob("*.yml"))
    return [path for path in found if not names or path.stem in names]


def normalise(tree: Path) -> None:
    answers = tree / ANSWERS_FILE
    if answers.is_file():
        text = answers.read_text(encoding="utf-8")
        answers.write_text(_VOLATILE.sub(r"\1: <normalised>", text), encoding="utf-8")


def render_scenario(scenario: Path, destination: Path) -> None:
    """Render the working tree (HEAD plus uncommitted changes) for one scenario."""
    data = validate(load_file(scenario))
    data.setdefault("project_name", scenario.stem)
    render(destination, data, interactive=False, vcs_ref="HEAD")
    normalise(destination)


def _files(tree: Path) -> dict[str, bytes]:
    return {
        path.relative_to(tree).as_posix(): path.read_bytes()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(tree).parts
    }


def diff_trees(expected: Path, actual: Path) -> Iterator[str]:
    old, new = _files(expected) if expected.is_dir() else {}, _files(actual)
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            yield f"{expected.name}: {name} is no longer generated"
        elif name not in old:
            yield f"{expected.name}: {name} is new"
        elif old[name] != new[name]:
            yield f"{expected.name}: {name} differs"


def check_snapshots(names: tuple[str, ...] = ()) -> list[str]:
    """Every drift between snapshots/ and a fresh render, one line each."""
    drift: list[str] = []
    with tempfile.TemporaryDirectory(prefix="nestgen-snap-") as scratch:
        for scenario in scenarios(names):
            fresh = Path(scratch) / scenario.stem
            render_scenario(scenario, fresh)
            drift.extend(diff_trees(SNAPSHOTS / scenario.stem, fresh))
    known = {scenario.stem for scenario in scenarios()}
    stale = sorted(
        p.name for p in SNAPSHOTS.glob("*") if p.is_dir() and p.name not in known and not names
    )
    drift.extend(f"{name}: snapshot has no scenario in tests/scenarios/" for name in stale)
    return drift


def update_snapshots(names: tuple[str, ...] = ()) -> list[str]:
    updated = []
    with tempfile.TemporaryDirectory(prefix="nestgen-snap-") as scratch:
        for scenario in scenarios(names):
            fresh = Path(scratch) / scenario.stem
            render_scenario(scenario, fresh)
            target = SNAPSHOTS / scenario.stem
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(fresh, target)
            updated.append(scenario.stem)
    return updated
