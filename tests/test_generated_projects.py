"""Each scenario's project is built and tested for real: typecheck, lint, format, unit, e2e."""

from __future__ import annotations

import pytest

from generator.snapshots import scenarios
from tests.helpers import link_node_modules, npm, run_cli

CHECKS = ("typecheck", "lint", "format:check", "build", "test", "test:e2e")


@pytest.mark.node
@pytest.mark.parametrize("scenario", scenarios(), ids=lambda path: path.stem)
def test_generated_project_passes_its_own_checks(scenario, tmp_path):
    project = tmp_path / scenario.stem
    result = run_cli("new", project, "--answers", scenario, "--ref", "HEAD")
    assert result.code == 0, result.err
    link_node_modules(project)

    for script in CHECKS:
        completed = npm(project, "run", script)
        output = (completed.stdout + completed.stderr)[-4000:]
        assert completed.returncode == 0, f"npm run {script} failed:\n{output}"
