"""Each scenario's project is built and tested for real, running the checks of its own CI."""

from __future__ import annotations

import re

import pytest

from generator.snapshots import scenarios
from tests.helpers import link_node_modules, npm, run_cli


def ci_checks(project) -> list[str]:
    """The npm scripts the generated GitHub workflow runs, in order."""
    workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
    return re.findall(r"^\s+- run: npm run (\S+)$", workflow, re.MULTILINE)


def without_repeats(checks: list[str]) -> list[str]:
    """test:cov runs the unit and the e2e project again; run them once, under coverage."""
    if "test:cov" not in checks:
        return checks
    return [script for script in checks if script not in {"test", "test:e2e"}]


@pytest.mark.node
@pytest.mark.parametrize("scenario", scenarios(), ids=lambda path: path.stem)
def test_generated_project_passes_its_own_ci_checks(scenario, tmp_path):
    project = tmp_path / scenario.stem
    result = run_cli("new", project, "--answers", scenario, "--ref", "HEAD")
    assert result.code == 0, result.err
    link_node_modules(project)
    checks = ci_checks(project)
    assert {"typecheck", "lint", "format:check", "test", "test:e2e"} <= set(checks)

    for script in without_repeats(checks):
        completed = npm(project, "run", script)
        output = (completed.stdout + completed.stderr)[-4000:]
        assert completed.returncode == 0, f"{scenario.stem}: npm run {script} failed:\n{output}"
