"""Snapshots change only on purpose: a fresh render must equal snapshots/ byte for byte."""

from __future__ import annotations

import pytest

from generator import snapshots
from generator.snapshots import SNAPSHOTS, check_snapshots, diff_trees, scenarios
from tests.helpers import run_cli


def test_every_scenario_has_a_snapshot():
    assert scenarios(), "tests/scenarios/ is empty"
    for scenario in scenarios():
        assert (SNAPSHOTS / scenario.stem).is_dir(), f"no snapshot for {scenario.name}"


def test_every_snapshot_has_a_scenario():
    known = {scenario.stem for scenario in scenarios()}
    snapshot_names = {path.name for path in SNAPSHOTS.iterdir() if path.is_dir()}

    assert snapshot_names - known == set()


# One test per scenario: pytest-xdist spreads the renders over the cores, and a drift names
# its scenario in the test id as well as in the message.
@pytest.mark.parametrize("scenario", scenarios(), ids=lambda path: path.stem)
def test_snapshot_matches_a_fresh_render(scenario):
    result = run_cli("snapshots", "--check", scenario.stem)

    assert result.code == 0, result.out + result.err
    assert result.out == "snapshots match\n"


def test_a_full_check_names_a_snapshot_left_without_scenario(tmp_path, monkeypatch):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "snapshots" / "retired").mkdir(parents=True)
    monkeypatch.setattr(snapshots, "SCENARIOS", tmp_path / "scenarios")
    monkeypatch.setattr(snapshots, "SNAPSHOTS", tmp_path / "snapshots")

    assert check_snapshots() == ["retired: snapshot has no scenario in tests/scenarios/"]


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
