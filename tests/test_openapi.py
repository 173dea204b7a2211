"""An outside OpenAPI fuzzer (Schemathesis) run against a started generated app over its
own /docs-json finds no server error, no undocumented status code or content type, no
response breaking its schema, and no invalid input accepted."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import link_node_modules, npm, run_cli

SCENARIOS = Path(__file__).parent / "scenarios"
SCHEMATHESIS_CONFIG = Path(__file__).parent / "data" / "schemathesis.toml"
MEMBER_CONFIG = Path(__file__).parent / "data" / "schemathesis-member.toml"
# Bounded: enough examples per operation to reach every status, few enough for a 2-core box.
MAX_EXAMPLES = 10
FUZZ_TIMEOUT_SECONDS = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def psql(sql: str, database_url: str = "postgres://postgres@127.0.0.1:5432/postgres") -> None:
    subprocess.run(
        ["psql", database_url, "-qAtc", sql],
        check=True,
        capture_output=True,
    )


@contextmanager
def scratch_database() -> Iterator[str]:
    """A database of its own, dropped afterwards: the URL the app is given."""
    name = f"nestgen_openapi_{uuid.uuid4().hex[:12]}"
    psql(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until_live(base_url: str, app: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise AssertionError(f"the app exited early:\n{app.communicate()[0][-4000:]}")
        try:
            with urllib.request.urlopen(f"{base_url}/health/live", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{base_url}/health/live did not answer within {timeout}s")


@contextmanager
def started_app(project: Path, env: dict[str, str]) -> Iterator[str]:
    """`node dist/main.js` on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    app = subprocess.Popen(
        ["node", "dist/main.js"],
        cwd=project,
        env={**os.environ, **env, "HOST": "127.0.0.1", "PORT": str(port)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_live(base_url, app)
        yield base_url
    finally:
        app.terminate()
        app.communicate(timeout=30)


def schemathesis(
    base_url: str, workdir: Path, *extra: str, config: Path = SCHEMATHESIS_CONFIG
) -> subprocess.CompletedProcess[str]:
    # Run in workdir: Schemathesis keeps its example database in ./.schemathesis.
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config),
            "run",
            f"{base_url}/docs-json",
            "--checks",
            "all",
            # Fastify answers a method a path does not declare with 404, not 405.
            "--exclude-checks",
            "unsupported_method",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--workers",
            "1",
            "--no-color",
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=FUZZ_TIMEOUT_SECONDS,
        check=False,
    )


def built(tmp_path: Path, scenario: str) -> Path:
    project = tmp_path / scenario
    result = run_cli("new", project, "--answers", SCENARIOS / f"{scenario}.yml", "--ref", "HEAD")
    assert result.code == 0, result.err
    link_node_modules(project)
    build = npm(project, "run", "build")
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    return project


def app_env(database_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "NODE_ENV": "development",
        "LOG_LEVEL": "warn",
        # The fuzzer sends thousands of requests: 429 is documented, but would hide the rest.
        "THROTTLE_LIMIT": "1000000",
    }


@pytest.mark.node
def test_schemathesis_finds_nothing_wrong_with_the_typeorm_shop(tmp_path):
    project = built(tmp_path, "typeorm-shop")
    with scratch_database() as database_url:
        env = app_env(database_url)
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_app(project, env) as base_url:
            fuzzed = schemathesis(base_url, tmp_path)
        with started_app(project, {**env, "DOCS_ENABLED": "false"}) as base_url:
            hidden = [status_of(f"{base_url}{path}") for path in ("/docs", "/docs-json")]

    assert fuzzed.returncode == 0, fuzzed.stdout[-12000:] + fuzzed.stderr[-2000:]
    assert "API Operations" in fuzzed.stdout
    assert hidden == [404, 404]


@pytest.mark.node
def test_schemathesis_finds_nothing_wrong_with_typed_cqrs_commands(tmp_path):
    """cqrs-es: Order's fields (a bounded string, a decimal, an enum, a nullable text) make its
    command bodies typed: what the schemas allow is accepted, what they refuse answers 400."""
    project = built(tmp_path, "cqrs-es")
    with scratch_database() as database_url:
        env = app_env(database_url)
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_app(project, env) as base_url:
            fuzzed = schemathesis(
                base_url, tmp_path, "--include-path-regex", "^/(orders|stock-reservations)"
            )

    assert fuzzed.returncode == 0, fuzzed.stdout[-12000:] + fuzzed.stderr[-2000:]
    assert "API Operations" in fuzzed.stdout


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (127.0.0.1)
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


MEMBER_PASSWORD = "a-long-test-password-1"


def member_token(project: Path, base_url: str, database_url: str, role: str = "member") -> str:
    """Signs in a verified member (or `role`) through POST /auth/login; returns its access
    token."""
    hashed = subprocess.run(
        [
            "node",
            "-e",
            "require('argon2').hash(process.argv[1]).then((h) => process.stdout.write(h))",
            MEMBER_PASSWORD,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    email = f"{role}-{uuid.uuid4().hex[:8]}@example.test"
    psql(
        'INSERT INTO users (email, "passwordHash", role, "emailVerifiedAt") '
        f"VALUES ('{email}', '{hashed}', '{role}', now())",
        database_url,
    )
    request = urllib.request.Request(
        f"{base_url}/auth/login",
        data=json.dumps({"email": email, "password": MEMBER_PASSWORD}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(json.load(response)["accessToken"])


def member_env(database_url: str) -> dict[str, str]:
    """The app's environment for a signed-in member's run: secrets and Redis keys of its own."""
    run = uuid.uuid4().hex[:8]
    return {
        **app_env(database_url),
        "JWT_ACCESS_SECRET": f"openapi-access-secret-{uuid.uuid4().hex}",
        "EMAIL_TOKEN_SECRET": f"openapi-email-secret-{uuid.uuid4().hex}",
        # Keys of its own in the shared Redis.
        "REDIS_KEY_PREFIX": f"openapi-{run}",
        "BULLMQ_PREFIX": f"openapi-bull-{run}",
    }


def fuzz_as_member(project: Path, workdir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Migrates a scratch database, starts the built app and fuzzes it as a verified member."""
    with scratch_database() as database_url:
        env = member_env(database_url)
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_app(project, env) as base_url:
            token = member_token(project, base_url, database_url)
            return schemathesis(
                base_url,
                workdir,
                "--header",
                f"Authorization: Bearer {token}",
                *extra,
                config=MEMBER_CONFIG,
            )


@pytest.mark.node
def test_schemathesis_finds_nothing_wrong_with_auth_for_a_signed_in_member(tmp_path):
    project = built(tmp_path, "auth-seed")
    fuzzed = fuzz_as_member(
        project,
        tmp_path,
        # Signing out or changing the password would end the session under test.
        "--exclude-path-regex",
        "^/auth/(logout|password$)",
    )

    assert fuzzed.returncode == 0, fuzzed.stdout[-12000:] + fuzzed.stderr[-2000:]
    assert "API Operations" in fuzzed.stdout


@pytest.mark.node
def test_schemathesis_finds_nothing_wrong_with_the_cqrs_routes(tmp_path):
    """cqrs-full's aggregates (Invoice free-form and event-sourced, Payment typed), behind auth:
    commands and queries as a member, with the bodies, ids and Idempotency-Keys it makes up."""
    project = built(tmp_path, "cqrs-full")
    fuzzed = fuzz_as_member(project, tmp_path, "--include-path-regex", "^/(invoices|payments)")

    assert fuzzed.returncode == 0, fuzzed.stdout[-12000:] + fuzzed.stderr[-2000:]
    # Five routes of each aggregate: its three commands, GET by id and the list.
    assert re.search(r"Tested:\s+10\b", fuzzed.stdout), fuzzed.stdout[-3000:]
