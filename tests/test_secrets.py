"""No secret is written into a generated project: the rendered tree of every scenario
(snapshots/, kept equal to a fresh render by tests/test_snapshots.py) holds no private key, no
signed token, no credential in a URL other than the throwaway ones of the local services, and
every secret setting is a `change-me` placeholder in `.env.example` and nowhere a real value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import catalog
from generator.snapshots import SNAPSHOTS, scenarios

PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
SIGNED_TOKEN = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]*://([^/\s:'\"@`\[]+):([^@\s'\"/`\]]+)@")
# The development services' own throwaway logins (docker-compose, CI service containers, the
# local .env defaults) and the `user:pass` of documentation examples: not secrets.
THROWAWAY_LOGINS = {("postgres", "postgres"), ("guest", "guest"), ("user", "pass")}
# Made-up logins that tests feed in on purpose, only in test files: the log-redaction probe
# (test/support/probe.controller.ts) and the REDIS_URL parsing spec.
TEST_INPUT_LOGINS = {("admin", "s3cret"), ("app", "p%40ss"), ("user", "secret")}


def production_refuses() -> re.Pattern[str]:
    """The values the generated app refuses as secrets in production (auth's
    production-config.ts): every secret value written anywhere must be one of them."""
    source = catalog.BLUEPRINTS / "auth" / "files" / "src" / "auth" / "production-config.ts.jinja"
    found = re.search(r"const PLACEHOLDER = /(.+)/i;", source.read_text(encoding="utf-8"))
    assert found, "production-config.ts no longer declares PLACEHOLDER"
    return re.compile(found[1], re.IGNORECASE)


def is_test_file(name: str) -> bool:
    return "/test/" in f"/{name}" or name.endswith((".spec.ts", ".e2e-spec.ts"))


def secret_settings() -> list[str]:
    """Every environment variable a blueprint declares that holds a secret."""
    names = {
        entry["name"]
        for blueprint in catalog.blueprint_ids()
        for entry in catalog.blueprint_data(blueprint).get("env") or []
        if re.search(r"(SECRET|PASSWORD|PRIVATE_KEY)$", entry["name"])
    }
    return sorted(names)


def text_files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


SNAPSHOT_TREES = [SNAPSHOTS / path.stem for path in scenarios()]


def test_the_secret_settings_are_known():
    assert {"JWT_ACCESS_SECRET", "EMAIL_TOKEN_SECRET", "DATABASE_PASSWORD"} <= set(
        secret_settings()
    )


@pytest.mark.parametrize("tree", SNAPSHOT_TREES, ids=lambda tree: tree.name)
def test_no_private_key_signed_token_or_real_credential_is_written(tree):
    assert tree.is_dir(), f"no snapshot {tree.name}: run `nestgen snapshots --update`"
    for name, text in text_files(tree).items():
        assert not PRIVATE_KEY.search(text), name
        assert not SIGNED_TOKEN.search(text), name
        allowed = THROWAWAY_LOGINS | (TEST_INPUT_LOGINS if is_test_file(name) else set())
        for login in URL_CREDENTIALS.findall(text):
            assert login in allowed, f"{name}: a credential in a URL: {login}"


def _literal_values(text: str, setting: str, code: bool = False) -> list[str]:
    """Values written for `setting` as `NAME=value`, `NAME: value` or `NAME: 'value'`; in code
    (TypeScript) only string literals, not expressions such as `config.get(...)`; the name inside
    compose's `${NAME:?message}` is a reference, not a value."""
    found = re.findall(rf"(?<!\$\{{)\b{setting}[ \t]*[:=][ \t]*(['\"`]?)([^\s'\"`,;]*)", text)
    return [value for quote, value in found if value and (quote or not code)]


@pytest.mark.parametrize("tree", SNAPSHOT_TREES, ids=lambda tree: tree.name)
def test_secret_settings_are_placeholders_and_never_defaults(tree):
    files = text_files(tree)
    placeholder = production_refuses()
    for setting in secret_settings():
        # Tests feed made-up secrets on purpose (production-config.spec.ts proves a strong one
        # is accepted); what ships and configures the app must hold none.
        for name, text in ((n, t) for n, t in files.items() if not is_test_file(n)):
            for value in _literal_values(text, setting, code=name.endswith((".ts", ".js"))):
                # A reference to the environment (compose's ${X:?...}), a type annotation
                # (string), or a placeholder the app refuses in production (.env.example's
                # change-me, the CI workflow's ci-only).
                allowed = value.startswith("${") or value == "string" or placeholder.search(value)
                assert allowed, f"{tree.name}/{name}: {setting} is given the value {value!r}"
        validation = next((t for n, t in files.items() if n.endswith("config/env.validation.ts")))
        assert not re.search(rf"\b{setting}[!?]?: string = '[^']+'", validation), setting


def test_the_scan_finds_each_kind_of_secret():
    leaked = (
        "const key = `-----BEGIN RSA PRIVATE KEY-----`;\n"
        "const t = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLWJ5dGVz';\n"
        "DATABASE_URL=postgres://admin:hunter2@db:5432/app\n"
        "JWT_ACCESS_SECRET: 'a-real-secret'\n"
        "DATABASE_PASSWORD=\n# the next line\n"
    )

    assert PRIVATE_KEY.search(leaked)
    assert SIGNED_TOKEN.search(leaked)
    assert URL_CREDENTIALS.findall(leaked) == [("admin", "hunter2")]
    assert is_test_file("apps/api/test/support/probe.controller.ts")
    assert is_test_file("src/queues/redis-connection.spec.ts")
    assert not is_test_file("src/queues/redis-connection.ts")
    assert _literal_values(leaked, "JWT_ACCESS_SECRET") == ["a-real-secret"]
    assert not production_refuses().search("k7Qx2-long-random-value")
    assert production_refuses().search("change-me-to-a-long-random-access-token-secret")
    assert _literal_values(leaked, "DATABASE_PASSWORD") == []
    assert (
        _literal_values("DATABASE_PASSWORD: config.get('X')", "DATABASE_PASSWORD", code=True) == []
    )
