"""What every scenario ships to run and check it: Dockerfiles clean under hadolint, a compose
file that is valid and migrates before the app serves, a CI workflow valid against GitHub's
schema, and a supported Node. Read from snapshots/: exactly what users get."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.snapshots import SNAPSHOTS

SCENARIOS = sorted(path for path in SNAPSHOTS.iterdir() if path.is_dir())
DOCKERFILES = sorted(path for root in SCENARIOS for path in root.rglob("Dockerfile"))
WORKFLOWS = sorted(path for root in SCENARIOS for path in root.glob(".github/workflows/*.yml"))
COMPOSE_FILES = sorted(root / "docker-compose.yml" for root in SCENARIOS)
BIN = Path(sys.executable).parent


def ids(paths: list[Path]) -> list[str]:
    return [path.relative_to(SNAPSHOTS).as_posix() for path in paths]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is missing: pip install -e '.[test]'"
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def compose(root: Path) -> dict:
    return yaml.safe_load((root / "docker-compose.yml").read_text())


def dockerfile_of(root: Path, service: dict) -> Path:
    build = service["build"]
    return root / (build["dockerfile"] if isinstance(build, dict) else "Dockerfile")


def test_every_scenario_has_its_files():
    assert SCENARIOS and len(DOCKERFILES) >= len(SCENARIOS)
    assert len(WORKFLOWS) == len(COMPOSE_FILES) == len(SCENARIOS)


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=ids(DOCKERFILES))
def test_the_dockerfile_is_clean_under_hadolint_at_every_level(dockerfile):
    linted = run(tool("hadolint"), "--no-color", "--failure-threshold", "style", str(dockerfile))

    assert linted.returncode == 0 and linted.stdout == "", linted.stdout + linted.stderr


def test_hadolint_does_report_a_bad_dockerfile(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM node:latest\nRUN npm install\nCMD node main.js\n")

    linted = run(tool("hadolint"), "--no-color", str(bad))

    assert linted.returncode != 0
    assert "DL3007" in linted.stdout and "DL3025" in linted.stdout


def test_every_workflow_is_valid_against_the_github_workflow_schema():
    checked = run(
        tool("check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        *map(str, WORKFLOWS),
    )

    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_compose_file_is_valid_against_the_compose_spec():
    checked = run(
        tool("check-jsonschema"),
        "--builtin-schema",
        "vendor.compose-spec",
        *map(str, COMPOSE_FILES),
    )

    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_schema_checks_do_report_an_invalid_file(tmp_path):
    workflow = tmp_path / "ci.yml"
    workflow.write_text("on: push\njobs:\n  check:\n    steps: []\n")  # no runs-on

    checked = run(
        tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(workflow)
    )

    assert checked.returncode != 0


@pytest.mark.parametrize("compose_file", COMPOSE_FILES, ids=ids(COMPOSE_FILES))
def test_compose_is_written_in_one_style(compose_file):
    """Block lists indented under their key, as in the app blocks, for every service."""
    lines = [line for line in compose_file.read_text().splitlines() if line.strip()]
    for line, following in zip(lines, lines[1:], strict=False):
        if line.rstrip().endswith(":") and not line.startswith("#"):
            indent = len(line) - len(line.lstrip())
            assert len(following) - len(following.lstrip()) > indent, f"{line!r} {following!r}"


@pytest.mark.parametrize("root", SCENARIOS, ids=ids(SCENARIOS))
def test_compose_starts_the_apps_after_their_services_and_migrations(root):
    services = compose(root)["services"]
    # A job is built from the app's image and runs its own command; a backing service pulls an
    # image and may override its command too (nats: --http_port for its healthcheck).
    jobs = {name: s for name, s in services.items() if "build" in s and "command" in s}
    backing = {name for name, s in services.items() if "image" in s}
    apps = {name: s for name, s in services.items() if name not in jobs and name not in backing}
    assert apps
    for name, app in apps.items():
        waits = app.get("depends_on", {})
        assert dockerfile_of(root, app).is_file(), name
        assert {s: waits[s]["condition"] for s in backing} == dict.fromkeys(
            backing, "service_healthy"
        )
        assert {j: waits[j]["condition"] for j in jobs} == dict.fromkeys(
            jobs, "service_completed_successfully"
        )
    for name, job in jobs.items():
        assert job["restart"] == "no", name
        assert dockerfile_of(root, job).is_file(), name


@pytest.mark.parametrize("root", SCENARIOS, ids=ids(SCENARIOS))
def test_a_database_is_migrated_by_compose_from_the_compiled_migrations(root):
    services = compose(root)["services"]
    has_database = "postgres" in services
    assert ("migrate" in services) == has_database
    if not has_database:
        return
    command = services["migrate"]["command"]
    assert command[:3] == ["node", "node_modules/typeorm/cli.js", "migration:run"]
    data_source = Path(command[command.index("-d") + 1])
    # dist/<app>/database/data-source.js is compiled from <app>/src/database/data-source.ts.
    source = Path(*data_source.parts[1:]).with_suffix(".ts")
    app_root = Path(*source.parts[:-2]) if source.parts[0] == "apps" else Path()
    assert (root / app_root / "src" / source.relative_to(app_root)).is_file(), data_source
    image = dockerfile_of(root, services["migrate"]).read_text()
    assert f"COPY --from=build /app/{data_source.parent.parent} ./{data_source.parent.parent}" in (
        image
    )
    assert "migration:run" in (root / "README.md").read_text()


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=ids(DOCKERFILES))
def test_the_image_runs_node_24_installs_from_the_lock_file_and_probes_liveness(dockerfile):
    text = dockerfile.read_text()
    assert re.findall(r"^FROM (\S+)", text, re.MULTILINE) == ["node:24-bookworm-slim"] * 2
    assert "if [ -f package-lock.json ]; then npm ci" in text
    assert re.search(r"^USER \d+", text, re.MULTILINE)
    healthcheck = text[text.index("HEALTHCHECK") :]
    if "EXPOSE" in text:
        assert "/health/live" in healthcheck
    else:
        assert "heartbeat" in healthcheck


@pytest.mark.parametrize("root", SCENARIOS, ids=ids(SCENARIOS))
def test_node_24_lts_everywhere_and_engines_keep_20_19(root):
    assert (root / ".nvmrc").read_text().strip() == "24"
    workflow = yaml.safe_load((root / ".github/workflows/ci.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    setup = next(step for step in steps if step.get("uses", "").startswith("actions/setup-node"))
    assert setup["with"]["node-version-file"] == ".nvmrc"
    install = next(step["run"] for step in steps if "npm ci" in step.get("run", ""))
    assert install.startswith("if [ -f package-lock.json ]; then npm ci")
    manifest = json.loads((root / "package.json").read_text())
    assert manifest["engines"] == {"node": ">=20.19.0"}
    assert "Commit `package-lock.json`" in (root / "README.md").read_text()
