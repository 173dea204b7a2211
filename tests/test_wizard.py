"""The copier wizard, driven in-process (pipe input) and once through a real terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest
import yaml
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from tests.helpers import run_cli

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


NESTGEN = Path(sys.executable).parent / "nestgen"


@pytest.mark.skipif(not NESTGEN.exists(), reason="the nestgen script is not installed")
def test_wizard_in_a_real_terminal(tmp_path):
    destination = tmp_path / "tty-api"
    child = pexpect.spawn(
        str(NESTGEN), ["new", str(destination), "--ref", "HEAD"], encoding="utf-8", timeout=60
    )
    child.expect("Describe the backend")
    child.send(ENTER)
    child.expect("npm package name")
    child.send(CLEAR_LINE + "tty-api" + ENTER)
    child.expect("One line for package.json")
    child.send(ENTER)
    child.expect("Experts to compose")
    child.send(ENTER)
    child.expect("Authentication")
    child.send(ENTER)
    child.expect("HTTP port")
    child.send(ENTER)
    child.expect("App layout")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()

    assert child.exitstatus == 0, child.before
    assert answers_of(destination)["project_name"] == "tty-api"
    assert (destination / "src" / "main.ts").is_file()


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
