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


# Brokers an app reaches in production refuse anonymous use (src/messaging/transports/*): the
# compose file must give each one credentials the app accepts, and the same to its container.
REQUIRED = re.compile(r"^\$\{(\w+):\?[^}]*\}$")
BROKERS_SCENARIO = """\
project_name: brokers
description: Every broker transport beside the cache and the queues
experts: [redis-cache, bullmq-queue, microservices]
microservices:
  transports: [nats, rabbitmq, redis, kafka]
"""


def _from_env(value: object) -> str | None:
    """The .env variable a compose value requires (`${NAME:?...}`), None for anything else."""
    found = REQUIRED.match(str(value))
    return found[1] if found else None


def _url_login(url: str) -> tuple[str, str]:
    """`scheme://user:password@host` with each `${...}` reference kept whole."""
    login = re.match(r"^\w+://((?:\$\{[^}]*\}|[^:@$])*):((?:\$\{[^}]*\}|[^@$])*)@", url)
    return (login[1], login[2]) if login else ("", "")


def _arg_after(command: list[str], flag: str) -> str | None:
    return command[command.index(flag) + 1] if flag in command else None


def _redis_problems(name: str, env: dict[str, str], redis: dict) -> list[str]:
    password = _url_login(env.get("REDIS_URL", ""))[1]
    required = _arg_after([str(arg) for arg in redis.get("command", [])], "--requirepass")
    if _from_env(password) and required == password:
        return []
    return [f"{name}: REDIS_URL has not the redis container's password"]


def broker_credential_problems(services: dict, redis_transport: bool) -> list[str]:
    """What production would refuse, for every service built from the app's image."""
    problems = []
    for name, service in ((n, s) for n, s in services.items() if "build" in s):
        env = {key: str(value) for key, value in service["environment"].items()}
        if "NATS_URL" in env:
            nats_command = [str(arg) for arg in services["nats"].get("command", [])]
            for variable, flag in (("NATS_USER", "--user"), ("NATS_PASSWORD", "--pass")):
                given = env.get(variable)
                if not _from_env(given) or _arg_after(nats_command, flag) != given:
                    problems.append(f"{name}: {variable} is not the nats container's {flag}")
        if "RABBITMQ_URL" in env:
            user, password = _url_login(env["RABBITMQ_URL"])
            rabbitmq = services["rabbitmq"].get("environment", {})
            if user in ("", "guest") or not _from_env(password):
                problems.append(f"{name}: RABBITMQ_URL logs in as {user or 'guest'}")
            if (rabbitmq.get("RABBITMQ_DEFAULT_USER"), rabbitmq.get("RABBITMQ_DEFAULT_PASS")) != (
                user,
                password,
            ):
                problems.append(f"{name}: RABBITMQ_URL is not the rabbitmq container's login")
        if redis_transport:
            problems += _redis_problems(name, env, services["redis"])
        if "KAFKA_BROKERS" in env and "production" in env["NODE_ENV"]:
            problems.append(f"{name}: the local Kafka has no SASL, production refuses it")
    return problems


def has_redis_transport(root: Path) -> bool:
    return any(root.glob("**/src/messaging/transports/redis.transport.ts"))


@pytest.fixture(scope="module")
def every_broker(tmp_path_factory) -> Path:
    from generator.snapshots import render_scenario

    directory = tmp_path_factory.mktemp("brokers")
    scenario = directory / "brokers.yml"
    scenario.write_text(BROKERS_SCENARIO, encoding="utf-8")
    render_scenario(scenario, directory / "project")
    return directory / "project"


@pytest.mark.parametrize("root", SCENARIOS, ids=ids(SCENARIOS))
def test_compose_gives_each_broker_credentials_production_accepts(root):
    services = compose(root)["services"]
    assert broker_credential_problems(services, has_redis_transport(root)) == []


def test_compose_gives_every_transport_credentials_production_accepts(every_broker):
    services = compose(every_broker)["services"]
    assert has_redis_transport(every_broker)
    assert broker_credential_problems(services, redis_transport=True) == []
    assert "${REDIS_PASSWORD:?" in services["redis"]["environment"]["REDISCLI_AUTH"]
    example = (every_broker / ".env.example").read_text(encoding="utf-8")
    for variable in ("RABBITMQ_USER", "RABBITMQ_PASSWORD", "REDIS_PASSWORD"):
        assert re.search(rf"^{variable}=", example, re.MULTILINE), variable


def test_the_broker_check_refuses_anonymous_brokers():
    """The compose file as it was: guest, no NATS user, no Redis password, Kafka in production."""
    app = {
        "build": ".",
        "environment": {
            "NODE_ENV": "production",
            "NATS_URL": "nats://nats:4222",
            "RABBITMQ_URL": "amqp://guest:guest@rabbitmq:5672",
            "REDIS_URL": "redis://redis:6379/0",
            "KAFKA_BROKERS": "kafka:29092",
        },
    }
    services = {
        "app": app,
        "nats": {"image": "nats:2.10-alpine", "command": ["--http_port", "8222"]},
        "rabbitmq": {"image": "rabbitmq:3.13-management-alpine"},
        "redis": {"image": "redis:7-alpine"},
    }
    problems = broker_credential_problems(services, redis_transport=True)
    assert problems == [
        "app: NATS_USER is not the nats container's --user",
        "app: NATS_PASSWORD is not the nats container's --pass",
        "app: RABBITMQ_URL logs in as guest",
        "app: RABBITMQ_URL is not the rabbitmq container's login",
        "app: REDIS_URL has not the redis container's password",
        "app: the local Kafka has no SASL, production refuses it",
    ]
