"""The copier wizard, driven in-process (pipe input) and through a real 80-column terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pexpect
import pyte
import pytest
import yaml
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.utils import get_cwidth

from generator.catalog import BLUEPRINTS, REPO_ROOT
from generator.snapshots import SNAPSHOTS
from generator.summary import format_summary, summarise
from tests.helpers import run_cli, tree_files

CLEAR_LINE = "\x15"  # Ctrl-U: drop the pre-filled default
ENTER = "\r"


def answers_of(project) -> dict:
    return yaml.safe_load((project / ".copier-answers.yml").read_text())


def test_wizard_in_process_records_typed_answers(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    destination = tmp_path / "wizard-api"
    keys = [
        ENTER,  # request: none
        CLEAR_LINE + "shop-api" + ENTER,  # project_name
        CLEAR_LINE + "Shop backend" + ENTER,  # description
        ENTER,  # experts: the router's default
        ENTER,  # auth: the router's default (none)
        CLEAR_LINE + "4000" + ENTER,  # http_port
        ENTER,  # layout: single
    ]
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("".join(keys))
        pipe.close()  # past the last key the wizard meets end of input, not a hang
        result = run_cli("new", destination, "--ref", "HEAD")

    assert result.code == 0, result.err
    answers = answers_of(destination)
    assert answers["project_name"] == "shop-api"
    assert answers["description"] == "Shop backend"
    assert answers["http_port"] == 4000
    assert "PORT=4000" in (destination / ".env.example").read_text()


def test_wizard_reprompts_on_an_invalid_port(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    destination = tmp_path / "wizard-api"
    keys = [
        ENTER,
        ENTER,  # project_name defaults to the folder name
        ENTER,
        ENTER,
        ENTER,  # auth
        CLEAR_LINE + "70000" + ENTER,  # rejected by the validator
        CLEAR_LINE + "8081" + ENTER,
        ENTER,  # layout
    ]
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("".join(keys))
        pipe.close()  # past the last key the wizard meets end of input, not a hang
        result = run_cli("new", destination, "--ref", "HEAD")

    assert result.code == 0, result.err
    assert answers_of(destination)["project_name"] == "wizard-api"
    assert answers_of(destination)["http_port"] == 8081


def test_wizard_defaults_the_experts_to_the_routers_choice(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    destination = tmp_path / "routed-api"
    keys = [
        "Suites unit test 작성" + ENTER,  # request, routed to suites-testing
        ENTER,
        ENTER,
        ENTER,  # experts: keep the routed default
        ENTER,  # auth
        ENTER,  # http_port
        ENTER,  # layout
        ENTER,  # coverage_threshold (asked because suites-testing is selected)
    ]
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("".join(keys))
        pipe.close()  # past the last key the wizard meets end of input, not a hang
        result = run_cli("new", destination, "--ref", "HEAD")

    assert result.code == 0, result.err
    answers = answers_of(destination)
    assert answers["experts"] == ["suites-testing"]
    assert answers["request"] == "Suites unit test 작성"
    assert (destination / "test" / "security.e2e-spec.ts").is_file()


# --- every prompt fits in 80 columns ---------------------------------------------------------

COLUMNS = 80
QMARK = "🎤 "  # copier's mark, before the first line of a question
CHECKBOX = " » ○ "  # questionary's pointer and box, before each choice
# The widest values the helps and choices are rendered with: a request naming several experts,
# and three queue names of the longest length allowed.
WIDEST = {
    "request": "CQRS 이벤트 소싱과 gRPC 마이크로서비스",
    "queue_names": "abcdefghijklmnopqrstuvwx, bcdefghijklmnopqrstuvwxy, cdefghijklmnopqrstuvwxyz",
}


class _SkipIncludes(yaml.SafeLoader):
    """copier.yml's own questions; the experts' come from their questions.yml."""


_SkipIncludes.add_constructor("!include", lambda loader, node: {})


def asked_questions() -> dict[str, dict[str, Any]]:
    found: dict[str, Any] = {}
    for document in yaml.load_all((REPO_ROOT / "copier.yml").read_text(), Loader=_SkipIncludes):
        found.update(document or {})
    for path in sorted(BLUEPRINTS.glob("*/questions.yml")):
        found.update(yaml.safe_load(path.read_text()))
    return {
        key: spec
        for key, spec in found.items()
        if isinstance(spec, dict) and spec.get("when") is not False and not key.startswith("_")
    }


def render(text: str) -> str:
    environment = SandboxedEnvironment(
        loader=FileSystemLoader(str(REPO_ROOT)),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
        undefined=StrictUndefined,
    )
    return environment.from_string(text).render(WIDEST)


def too_wide(lines: list[str], first_indent: str, indent: str) -> list[str]:
    widths = [
        get_cwidth((first_indent if i == 0 else indent) + line) for i, line in enumerate(lines)
    ]
    return [line for line, width in zip(lines, widths, strict=True) if width > COLUMNS]


def test_every_question_and_choice_fits_in_80_columns():
    questions = asked_questions()
    wide = []
    for key, spec in questions.items():
        help_lines = render(spec.get("help", key)).splitlines()
        wide += [f"{key}: {line}" for line in too_wide(help_lines, QMARK, "")]
        choices = spec.get("choices", {})
        titles = list(yaml.safe_load(render(choices)) if isinstance(choices, str) else choices)
        wide += [f"{key}: {title}" for title in too_wide(titles, CHECKBOX, CHECKBOX)]
    assert wide == []


# --- the wizard in a real terminal -------------------------------------------------------------

NESTGEN = Path(sys.executable).parent / "nestgen"
DOWN, SPACE = "\x1b[B", " "
CURSOR_POSITION_REQUEST = "\x1b[6n"


class Terminal:
    """`nestgen new` in a pseudo-terminal of 24 rows of 80 columns, read as the user sees it."""

    def __init__(self, *args: str, cwd: Path) -> None:
        self.child = pexpect.spawn(
            str(NESTGEN), list(args), cwd=str(cwd), encoding="utf-8",
            dimensions=(24, COLUMNS), timeout=90,
        )  # fmt: skip
        self.screen = pyte.Screen(COLUMNS, 24)
        self.stream = pyte.Stream(self.screen)
        self.transcript = ""

    def rows(self) -> list[str]:
        return [row.rstrip() for row in self.screen.display]

    def _read(self, timeout: float) -> None:
        text = self.child.read_nonblocking(65536, timeout=timeout)
        self.transcript += text
        # Answer prompt_toolkit's cursor position requests as a terminal does: it shows the
        # checkbox's validation error only once it knows the screen's height.
        *before, last = text.split(CURSOR_POSITION_REQUEST)
        for chunk in before:
            self.stream.feed(chunk)
            self.child.send(f"\x1b[{self.screen.cursor.y + 1};{self.screen.cursor.x + 1}R")
        self.stream.feed(last)

    def wait_for(self, *rows: str) -> None:
        """Until each of `rows` is a whole row of the screen (not cut, not wrapped)."""
        while not all(row in self.rows() for row in rows):
            try:
                self._read(timeout=90)
            except pexpect.TIMEOUT as error:
                screen = "\n".join(self.rows())
                raise AssertionError(f"never showed {rows!r}; the screen:\n{screen}") from error

    def answer(self, keys: str, *then: str) -> None:
        self.child.send(keys)
        if then:
            self.wait_for(*then)

    def finish(self) -> int:
        while True:
            try:
                self._read(timeout=180)
            except pexpect.EOF:
                break
        self.child.close()
        return self.child.exitstatus


@pytest.mark.skipif(not NESTGEN.exists(), reason="the nestgen script is not installed")
def test_the_wizard_in_a_real_80_column_terminal(tmp_path):
    term = Terminal("new", "MyApi", cwd=tmp_path)  # no --ref: HEAD, without copier's tag notice

    term.wait_for("🎤 Describe the backend in one sentence, in Korean or English")
    term.answer("CQRS 이벤트 소싱, TypeORM 엔티티, Redis 캐시, BullMQ 큐" + ENTER)
    # The folder name is no npm name: the default is one, rather than a refused default.
    term.wait_for("🎤 npm package name (lowercase, no spaces)", "   my-api")
    term.answer(ENTER)
    term.answer(
        ENTER, "🎤 Experts to compose into the project (the Fastify base is always included)"
    )
    term.wait_for(" » ● typeorm: PostgreSQL with TypeORM — entities with relations and indexes, …",
                  "   ● cqrs: CQRS — commands, queries, events, sagas, …")  # fmt: skip
    term.answer(ENTER, "🎤 Authentication (jwt adds typeorm for its User entity if it is missing)")
    term.answer(ENTER, "🎤 HTTP port the app listens on")
    term.answer(ENTER, "  (apps/api for HTTP, apps/worker for background work)")
    term.answer(ENTER, "  Example: User!soft(email:string(320)!unique, name:string?),")
    line = "User(email:strng), Order(total:int); User.orders 1:N Order.customer"
    term.answer(line + ENTER)
    term.wait_for("Validation error for question 'entities_text': User.email: unknown type 'strng'",
                  "  uuid, json, enum)")  # fmt: skip
    term.answer(CLEAR_LINE + line.replace("strng", "string") + ENTER)
    term.wait_for("🎤 Seconds a cache entry lives in Redis")
    term.answer(CLEAR_LINE + "0" + ENTER, "  1 to 31536000, got 0")
    term.answer(
        CLEAR_LINE + "60" + ENTER,
        "🎤 Entries kept in the in-process cache tier in front of Redis (0 turns it off)",
    )
    term.answer(ENTER, "   my-api")  # the key prefix defaults to the project name
    term.answer(ENTER, "🎤 Queue names, kebab-case, separated by commas or spaces (at most 3)")
    term.answer(
        "email, reports" + ENTER,
        "🎤 Job names of queue 'email', separated by commas or spaces",
    )
    term.answer(
        CLEAR_LINE + "send-welcome, send-digest" + ENTER,
        "🎤 Jobs of queue 'email' one worker runs at once",
    )
    term.answer(CLEAR_LINE + "5" + ENTER, "🎤 Attempts per job of queue 'email'")
    term.answer(ENTER, "🎤 Wait between attempts of queue 'email'")
    term.answer(DOWN + ENTER, "🎤 First delay between attempts of queue 'email'")
    term.answer(CLEAR_LINE + "500" + ENTER, "   process-reports")
    term.answer(ENTER * 2, "🎤 Attempts per job of queue 'reports'")
    term.answer(ENTER * 2, "🎤 First delay between attempts of queue 'reports'")
    term.answer(ENTER, "  Example: Order!es(customer:string(120), total:decimal(12,2)), Invoice")
    term.answer("Order!es" + ENTER)  # the Order entity's aggregate keeps its row: asked again
    term.wait_for("Validation error for question 'aggregates_text': 'Order' is a typeorm entity:")
    term.answer(CLEAR_LINE + "Payment!es(amount:decimal(12,2)), Refund" + ENTER,
                "🎤 Events between two snapshots of an event-sourced aggregate")  # fmt: skip
    term.answer(CLEAR_LINE + "20" + ENTER)

    assert term.finish() == 0, term.transcript[-3000:]
    assert "No git tags" not in term.transcript and "Traceback" not in term.transcript
    term.wait_for("  Entities:  Order, User", "  Queues:    email, reports",
                  "  docker compose up -d postgres redis")  # fmt: skip
    answers = answers_of(tmp_path / "MyApi")
    assert answers["project_name"] == "my-api"
    assert answers["experts"] == ["typeorm", "redis-cache", "bullmq-queue", "cqrs"]
    assert answers["aggregates_text"] == "Payment!es(amount:decimal(12,2)), Refund"
    assert answers["cqrs_snapshot_every"] == 20
    assert answers["entities_text"] == line.replace("strng", "string")
    assert answers["cache_default_ttl"] == 60 and "cache" not in answers
    assert answers["queue_1_jobs"] == "send-welcome, send-digest"
    assert (answers["queue_1_concurrency"], answers["queue_1_backoff"]) == (5, "fixed")
    assert "queues" not in answers and "queue_3_jobs" not in answers
    queues = tmp_path / "MyApi" / "src" / "queues"
    email = (queues / "email" / "email.constants.ts").read_text()
    assert "'send-digest'" in email and "backoff: { type: 'fixed', delay: 500 }" in email
    assert "'process-reports'" in (queues / "reports" / "reports.constants.ts").read_text()
    payments = tmp_path / "MyApi" / "src" / "payments"
    assert "projections" in {path.name for path in payments.iterdir()}  # event-sourced
    assert (tmp_path / "MyApi" / "src" / "refunds" / "refunds.controller.ts").exists()


# --- the wizard's one-question-per-setting forms and the answers files' YAML forms -------------


def generate_from(tmp_path: Path, name: str, answers: dict[str, Any]) -> dict[str, bytes]:
    answers_file = tmp_path / f"{name}.yml"
    answers_file.write_text(yaml.safe_dump({"project_name": "forms-api", **answers}))
    result = run_cli("new", tmp_path / name, "--answers", answers_file)
    assert result.code == 0, result.err
    return tree_files(tmp_path / name)


def without_answers(tree: dict[str, bytes]) -> dict[str, bytes]:
    return {path: data for path, data in tree.items() if path != ".copier-answers.yml"}


def recorded(tree: dict[str, bytes]) -> dict[str, Any]:
    return yaml.safe_load(tree[".copier-answers.yml"])


def test_the_cache_settings_compose_alike_in_either_form(tmp_path):
    mapping = generate_from(tmp_path, "mapping", {
        "experts": ["redis-cache"],
        "cache": {"default_ttl": 60, "l1_max_entries": 0, "key_prefix": "shop"},
    })  # fmt: skip
    settings = generate_from(tmp_path, "settings", {
        "experts": ["redis-cache"],
        "cache_default_ttl": 60, "cache_l1_max_entries": 0, "cache_key_prefix": "shop",
    })  # fmt: skip

    assert without_answers(mapping) == without_answers(settings)
    assert b"CACHE_TTL_SECONDS=60" in mapping[".env.example"]
    assert "cache_default_ttl" not in recorded(mapping)  # hidden when the mapping is given
    assert recorded(settings)["cache_l1_max_entries"] == 0 and "cache" not in recorded(settings)


def test_the_queues_compose_alike_in_either_form(tmp_path):
    listed = generate_from(tmp_path, "listed", {
        "experts": ["bullmq-queue"],
        "queues": [
            {"name": "email", "jobs": ["send-welcome", "send-digest"], "concurrency": 5,
             "attempts": 3, "backoff": {"type": "fixed", "delay": 500}},
            {"name": "reports", "jobs": ["process-reports"]},
        ],
    })  # fmt: skip
    asked = generate_from(tmp_path, "asked", {
        "experts": ["bullmq-queue"],
        "queue_names": "email, reports",
        "queue_1_jobs": "send-welcome send-digest", "queue_1_concurrency": 5,
        "queue_1_backoff": "fixed", "queue_1_backoff_delay": 500,
        "queue_2_jobs": "process-reports",
    })  # fmt: skip

    assert without_answers(listed) == without_answers(asked)
    assert "queue_names" not in recorded(listed)  # hidden when the list is given
    assert "queues" not in recorded(asked)


def test_the_microservices_compose_alike_in_either_form(tmp_path):
    inventory = {"name": "Inventory", "methods": [
        {"name": "GetStock", "request": {"sku": "string"}, "response": {"quantity": "int32"}},
    ]}  # fmt: skip
    mapping = generate_from(tmp_path, "mapping", {
        "experts": ["microservices"],
        "microservices": {"transports": ["grpc"], "grpc_services": [inventory]},
    })  # fmt: skip
    settings = generate_from(tmp_path, "settings", {
        "experts": ["microservices"],
        "microservices_transports": ["grpc"], "microservices_grpc_services": [inventory],
        "microservices_gateway": False,
    })  # fmt: skip

    assert without_answers(mapping) == without_answers(settings)
    assert b"rpc GetStock(GetStockRequest) returns (GetStockResponse);" in (
        mapping["proto/forms_api.proto"]
    )
    assert "microservices_transports" not in recorded(mapping)  # hidden when the mapping is given
    assert "microservices" not in recorded(settings)


def test_yaml_forms_that_only_repeat_the_defaults_are_recorded_per_setting(tmp_path):
    # What earlier versions recorded for every project: upgrades record the same answers as
    # a fresh project, and nothing else changes.
    old_style = generate_from(tmp_path, "old", {
        "experts": ["redis-cache", "bullmq-queue", "typeorm"],
        "cache": {"default_ttl": 3600, "l1_max_entries": 1000, "key_prefix": "forms-api"},
        "queues": [], "entities": [],
    })  # fmt: skip
    fresh = generate_from(
        tmp_path, "fresh", {"experts": ["redis-cache", "bullmq-queue", "typeorm"]}
    )

    assert old_style == fresh
    assert recorded(fresh)["cache_key_prefix"] == "forms-api"
    assert recorded(fresh)["queue_names"] == ""


# --- what `nestgen new` says when it is done ---------------------------------------------------


def test_the_summary_is_read_from_the_generated_project():
    project = SNAPSHOTS / "full-stack"
    summary = summarise(project, yaml.safe_load((project / ".copier-answers.yml").read_text()))

    assert summary.experts == ["typeorm", "redis-cache", "bullmq-queue", "suites-testing"]
    assert summary.entities == ["Customer", "Order"]
    assert summary.queues == ["email"]
    assert "/orders (6)" in summary.routes and "/admin/queues (5)" in summary.routes
    assert summary.services == ["postgres", "redis"]
    assert summary.commands[-3:] == [
        "docker compose up -d postgres redis", "npm run migration:run", "npm run start:dev"
    ]  # fmt: skip
    assert all(len(line) <= COLUMNS for line in format_summary(summary).splitlines())


def test_the_summary_of_a_monorepo_names_its_apps_services_and_routes():
    project = SNAPSHOTS / "monorepo"
    summary = summarise(project, yaml.safe_load((project / ".copier-answers.yml").read_text()))

    assert "api" not in summary.services and "worker" not in summary.services
    assert "redis" in summary.services
    assert any(route.startswith("/health") for route in summary.routes)


def test_the_gateway_question_gives_a_monorepo_and_refuses_the_single_layout(tmp_path):
    settings = {
        "experts": ["microservices"],
        "microservices_transports": ["grpc"],
        "microservices_gateway": True,
    }
    gateway = generate_from(tmp_path, "gateway", settings)

    assert recorded(gateway)["layout"] == "monorepo"
    assert "apps/gateway/src/gateway.module.ts" in gateway
    asked = json.dumps({**settings, "layout": "single", "auth": "none"})
    problem = render(
        "{% from 'blueprints/validate.jinja' import question_problem %}"
        f"{{{{ question_problem('microservices_gateway', {asked}) }}}}"
    )
    assert "set layout: monorepo" in " ".join(problem.split())
