"""Snapshots change only on purpose: a fresh render must equal snapshots/ byte for byte."""

from __future__ import annotations

from generator.snapshots import SNAPSHOTS, diff_trees, scenarios
from tests.helpers import run_cli


def test_every_scenario_has_a_snapshot():
    assert scenarios(), "tests/scenarios/ is empty"
    for scenario in scenarios():
        assert (SNAPSHOTS / scenario.stem).is_dir(), f"no snapshot for {scenario.name}"


def test_snapshots_match_a_fresh_render():
    result = run_cli("snapshots", "--check")

    assert result.code == 0, result.out + result.err


def test_drift_names_the_files(tmp_path):
    expected, actual = tmp_path / "old", tmp_path / "new"
    for tree in (expected, actual):
        (tree / "src").mkdir(parents=True)
    (expected / "src" / "a.ts").write_text("a")
    (actual / "src" / "a.ts").write_text("b")
    (actual / "src" / "b.ts").write_text("b")
    (expected / "gone.ts").write_text("x")

    assert list(diff_trees(expected, actual)) == [
        "old: gone.ts is no longer generated",
        "old: src/a.ts differs",
        "old: src/b.ts is new",
    ]
