"""The test pyramid the suites-testing expert generates proves something, and runs isolated."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from generator.snapshots import scenarios
from tests.helpers import link_node_modules, npm, run_cli


def richest_tested_scenario() -> Path:
    """The scenario with suites-testing and the most other experts (most services to isolate)."""
    tested = [
        path
        for path in scenarios()
        if "suites-testing" in (yaml.safe_load(path.read_text()).get("experts") or [])
    ]
    return max(
        tested, key=lambda path: (len(yaml.safe_load(path.read_text())["experts"]), path.name)
    )


def generate(tmp_path: Path, name: str) -> Path:
    project = tmp_path / name
    result = run_cli("new", project, "--answers", richest_tested_scenario(), "--ref", "HEAD")
    assert result.code == 0, result.err
    link_node_modules(project)
    return project


# A threshold out of range: tests/data/bad-answers/coverage-*.yml.


@pytest.mark.node
def test_a_broken_provider_fails_the_generated_unit_tests(tmp_path):
    project = generate(tmp_path, "mutant-api")
    filter_ts = project / "src" / "common" / "filters" / "problem-details.filter.ts"
    source = filter_ts.read_text()
    # Hide the details of every client error, as a careless edit could.
    mutated = source.replace("return details.status < 500", "return details.status < 0")
    assert mutated != source
    filter_ts.write_text(mutated)

    completed = npm(project, "test")

    assert completed.returncode != 0
    assert "ProblemDetailsFilter" in completed.stdout + completed.stderr


@pytest.mark.node
def test_two_e2e_runs_at_the_same_time_both_pass(tmp_path):
    first, second = generate(tmp_path, "first-api"), generate(tmp_path, "second-api")
    for project in (first, second):
        # As the generated CI does: some e2e tests start the built app (auth's admin:create).
        built = npm(project, "run", "build")
        assert built.returncode == 0, built.stdout + built.stderr

    runs = [
        subprocess.Popen(
            ["npm", "run", "test:e2e"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for project in (first, second)
    ]
    outputs = [run.communicate(timeout=600)[0] for run in runs]

    for run, output in zip(runs, outputs, strict=True):
        assert run.returncode == 0, output[-4000:]
