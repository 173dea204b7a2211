"""Answers: loading an answers file and validating every key before anything is written.

Each answer key has one validator here; expert issues add theirs to VALIDATORS.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator import catalog
from generator.errors import AnswersError
from generator.specs import Validator, expert_checks, expert_validators

NPM_NAME = re.compile(r"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$")
NPM_NAME_MAX = 214


def _expect_str(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswersError(f"{key} must be a string, got {type(value).__name__}")
    return value


def check_project_name(value: Any) -> str:
    name = _expect_str("project_name", value)
    if not NPM_NAME.match(name) or len(name) > NPM_NAME_MAX:
        raise AnswersError(
            f"project_name {name!r} is not a valid npm package name "
            "(lowercase letters, digits, '-', '.', '_', '~'; at most 214 characters)"
        )
    return name


def check_http_port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswersError(f"http_port must be an integer, got {value!r}")
    if not 1 <= value <= 65535:
        raise AnswersError(f"http_port must be between 1 and 65535, got {value}")
    return value


def check_experts(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise AnswersError("experts must be a list of expert ids")
    valid = catalog.selectable_expert_ids()
    unknown = [item for item in value if item not in valid and item != catalog.base_id()]
    if unknown:
        raise AnswersError(
            f"unknown expert {', '.join(map(repr, unknown))}; valid experts: {', '.join(valid)}"
        )
    not_yet = [item for item in value if item in catalog.unavailable_expert_ids()]
    if not_yet:
        raise AnswersError(
            f"expert {', '.join(map(repr, not_yet))} is not available in this nestgen version yet"
        )
    # The base is always composed; copier's choices list only the optional experts.
    chosen = {item for item in value if item != catalog.base_id()}
    return [expert for expert in valid if expert in chosen]


VALIDATORS: dict[str, Validator] = {
    "project_name": check_project_name,
    "description": lambda value: _expect_str("description", value),
    "request": lambda value: _expect_str("request", value),
    "experts": check_experts,
    "http_port": check_http_port,
    **expert_validators(),
}


class _CopierConfigLoader(yaml.SafeLoader):
    """Reads copier.yml as copier does: several documents, `!include` of other files."""


def _include(loader: _CopierConfigLoader, node: yaml.Node) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted(catalog.REPO_ROOT.glob(loader.construct_scalar(node))):
        merged.update(_load_config(path))
    return merged


_CopierConfigLoader.add_constructor("!include", _include)


def _load_config(path: Path) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    with path.open(encoding="utf-8") as stream:
        for document in yaml.load_all(stream, Loader=_CopierConfigLoader):  # noqa: S506
            merged.update(document or {})
    return merged


@cache
def copier_questions() -> dict[str, Any]:
    """Every question of copier.yml and the files it includes, in order."""
    return _load_config(catalog.REPO_ROOT / "copier.yml")


@cache
def known_keys() -> tuple[str, ...]:
    """Questions copier.yml asks (computed values and settings excluded)."""
    questions = copier_questions()
    return tuple(
        key
        for key, spec in questions.items()
        if not key.startswith("_") and not (isinstance(spec, dict) and spec.get("when") is False)
    )


def validate(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Check every answer; return them normalised. Raises AnswersError on the first bad one."""
    unknown = sorted(key for key in answers if key not in known_keys())
    if unknown:
        names, known = ", ".join(map(repr, unknown)), ", ".join(known_keys())
        raise AnswersError(f"unknown answer {names}; known answers: {known}")
    checked = {key: VALIDATORS.get(key, lambda v: v)(value) for key, value in answers.items()}
    for check in expert_checks():
        check(checked)
    return checked


def load_file(path: Path) -> dict[str, Any]:
    """Read an answers file: a YAML mapping. Errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise AnswersError(f"cannot read answers file {path}: {error.strerror}") from error
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise AnswersError(f"{where}: malformed YAML: {problem}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AnswersError(f"{path}: an answers file must be a YAML mapping of answers")
    # Copier's own answers file keeps private keys (_commit, _src_path): not answers.
    return {str(key): value for key, value in data.items() if not str(key).startswith("_")}
