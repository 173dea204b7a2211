"""The bad-input corpus (tests/data/bad-answers/): every file is refused the same way by
`nestgen new --answers` and by plain `copier copy --data-file`, because both run the one set of
checks, blueprints/validate.jinja. Each file starts with `# expect: <part of the message>`;
`# at: LINE:COL` names where nestgen must point, and `# copier-expect:` what plain copier
prints instead when it fails before reading the template (malformed YAML, not a mapping)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator import answers
from generator.router import environment
from tests.helpers import REPO_ROOT, run_cli

CORPUS = REPO_ROOT / "tests" / "data" / "bad-answers"
FILES = sorted(CORPUS.glob("*.yml"))


@dataclass(frozen=True)
class Case:
    path: Path
    expect: str
    copier_expect: str
    at: str | None


def read_case(path: Path) -> Case:
    header: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# "):
            break
        key, _, value = line[2:].partition(": ")
        header[key] = value
    expect = header["expect"]
    return Case(path, expect, header.get("copier-expect", expect), header.get("at"))


def test_the_corpus_covers_every_kind_of_bad_answer():
    assert len(FILES) >= 40
    assert all(read_case(path).expect for path in FILES)


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_nestgen_refuses_in_one_line_and_writes_nothing(path, tmp_path):
    case = read_case(path)
    destination = tmp_path / "out"

    result = run_cli("new", destination, "--answers", path, "--ref", "HEAD")

    assert result.code == 2, result.err
    assert result.err.startswith(f"nestgen: error: {path}"), result.err
    assert result.err.count("\n") == 1, result.err
    assert case.expect in result.err
    if case.at:
        assert result.err.startswith(f"nestgen: error: {path}:{case.at}: "), result.err
    assert not destination.exists()


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_plain_copier_refuses_with_the_same_message_and_writes_nothing(
    path, frozen_template, tmp_path
):
    """frozen_template (conftest.py): this working tree committed in a lean clone."""
    case = read_case(path)
    destination = tmp_path / "out"

    result = subprocess.run(
        [sys.executable, "-m", "copier", "copy", "--defaults", "--quiet", "--data-file",
         str(path), "--vcs-ref", "HEAD", str(frozen_template), str(destination)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip

    assert result.returncode != 0
    assert case.copier_expect in result.stdout + result.stderr, result.stderr[-2000:]
    assert not destination.exists()


def macro(name: str, *args: object) -> str:
    module = environment().get_template("blueprints/validate.jinja").module
    return str(getattr(module, name)(*args))


def test_every_scenario_is_valid():
    for scenario in sorted((REPO_ROOT / "tests" / "scenarios").glob("*.yml")):
        assert answers.problems(answers.load_file(scenario)) == [], scenario.name


def test_numbers_given_as_copier_data_strings_are_accepted():
    # `copier copy -d http_port=8080` hands every value over as a string.
    assert answers.problems({"http_port": "8080", "coverage_threshold": "90"}) == []


def _copier_config(path: Path) -> dict:
    merged: dict = {}
    for document in yaml.safe_load_all(path.read_text(encoding="utf-8").replace("!include", "")):
        if isinstance(document, str):
            merged.update(_copier_config(REPO_ROOT / document.strip()))
        else:
            merged.update(document or {})
    return merged


def test_the_checks_know_exactly_the_questions_copier_asks():
    questions = _copier_config(REPO_ROOT / "copier.yml")
    asked = [
        key
        for key, spec in questions.items()
        if not key.startswith("_") and not (isinstance(spec, dict) and spec.get("when") is False)
    ]

    assert sorted(json.loads(macro("answer_keys"))) == sorted(asked)


def test_a_question_validator_shows_only_its_own_answer():
    context = {"http_port": 0, "colour": "blue"}

    # Copier names the question ("Validation error for question 'http_port': "): the reason
    # says only what is inside the answer, in lines that fit 80 columns after that prefix.
    assert macro("question_problem", "http_port", context) == "must be between 1 and 65535, got 0"
    assert macro("question_problem", "project_name", context) == ""
    nested = macro("question_problem", "cache", {"cache": {"default_ttl": 0}})
    assert nested == "default_ttl: must be a whole number from\n  1 to 31536000, got 0"


def test_every_problem_of_a_file_is_found_not_only_the_first(tmp_path):
    path = tmp_path / "answers.yml"
    path.write_text("http_port: 0\ncolour: blue\nexperts: [redis]\n")

    found = answers.problems(answers.load_file(path))

    assert [problem["path"] for problem in found] == ["colour", "experts[0]", "http_port"]
