"""Answers: reading an answers file and checking every answer before anything is written.

The checks live in Jinja, in blueprints/validate.jinja and each blueprint's validate.jinja,
because plain `copier copy` (without --trust) can run nothing else: the wizard, plain copier
and nestgen run the very same macros and refuse the same input with the same message. Here
the file is read with ruamel.yaml, keeping where each key was written, the macros run
in-process, and the first problem becomes one line:
`answers.yml:14:7: entities[2].relations[0].target: unknown entity 'Custmer' ...`.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.scalarbool import ScalarBoolean

from generator import catalog
from generator.errors import AnswersError
from generator.router import environment

VALIDATE_TEMPLATE = "blueprints/validate.jinja"

# A key path as validate.jinja writes it ("entities[2].name"), split into its steps.
_PATH_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

PathKey = tuple[str | int, ...]


class Answers(dict[str, Any]):
    """Answers read from a file: plain values, plus the file and the line and column
    (1-based) where each key path was written."""

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        source: str | None = None,
        positions: Mapping[PathKey, tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(data or {})
        self.source = source
        self.positions = dict(positions or {})


@cache
def _macros() -> Any:
    """validate.jinja in the Jinja environment copier renders with (ansible filters)."""
    return environment().get_template(VALIDATE_TEMPLATE).module


def problems(answers: Mapping[str, Any]) -> list[dict[str, str]]:
    """Every problem of these answers: [{path, message}], validate.jinja's answer."""
    return list(json.loads(str(_macros().problems(dict(answers)))))


def _steps(path: str) -> PathKey:
    return tuple(name if name else int(index) for name, index in _PATH_STEP.findall(path))


def _where(answers: Mapping[str, Any], path: str) -> str:
    """`file:line:col: ` of the deepest part of `path` the file holds ('' for flags)."""
    source = getattr(answers, "source", None)
    if source is None:
        return ""
    positions = getattr(answers, "positions", {})
    steps = _steps(path)
    for length in range(len(steps), 0, -1):
        if steps[:length] in positions:
            line, column = positions[steps[:length]]
            return f"{source}:{line}:{column}: "
    return f"{source}: "


def describe(answers: Mapping[str, Any], problem: Mapping[str, str]) -> str:
    path = f"{problem['path']}: " if problem["path"] else ""
    return f"{_where(answers, problem['path'])}{path}{problem['message']}"


def with_positions(loaded: Mapping[str, Any], data: Mapping[str, Any]) -> Answers:
    """`data` (answers derived from `loaded`) keeping the file positions `loaded` had."""
    return Answers(
        data, source=getattr(loaded, "source", None), positions=getattr(loaded, "positions", None)
    )


def ignored(answers: Mapping[str, Any]) -> list[str]:
    """The answers that belong to an expert these answers do not compose: copier never asks
    them, so the render ignores them. One line each, `file:line:col: ` first when known."""
    composed = set(json.loads(str(_macros().composed(dict(answers))))["experts"])
    lines = []
    for blueprint in catalog.blueprint_ids():
        if blueprint in composed or not catalog.has_file(blueprint, "questions.yml"):
            continue
        for key in catalog.question_keys_of(blueprint):
            if key in answers:
                lines.append(
                    f"{_where(answers, key)}{key}: ignored, {blueprint} is not in the composition"
                )
    return lines


def _catalog_order(experts: Iterable[str]) -> list[str]:
    """The base is always composed; copier lists the other experts in catalog order."""
    chosen = set(experts)
    return [expert for expert in catalog.selectable_expert_ids() if expert in chosen]


def validate(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Check every answer; raise AnswersError naming the first problem (file:line:col when
    the answers come from a file). Returns the answers, `experts` in catalog order."""
    found = problems(answers)
    if found:
        raise AnswersError(describe(answers, found[0]))
    checked = dict(answers)
    if "experts" in checked:
        checked["experts"] = _catalog_order(checked["experts"])
    return checked


def check_project_name(value: Any) -> str:
    found = problems({"project_name": value})
    if found:
        raise AnswersError(describe({}, found[0]))
    return str(value)


def check_experts(value: Iterable[str]) -> list[str]:
    """Expert ids (from flags): the same check as `experts` in an answers file."""
    found = problems({"experts": list(value)})
    if found:
        raise AnswersError(found[0]["message"])
    return _catalog_order(value)


def _yaml() -> YAML:
    # YAML 1.1, as copier reads --data-file (PyYAML): `yes` is true, `010` is octal.
    reader = YAML(typ="rt")
    reader.version = (1, 1)
    return reader


# The tags PyYAML's safe loader (copier's --data-file) knows; any other tag is refused alike.
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "set", "omap", "pairs",
                 "binary", "timestamp")
)  # fmt: skip


class _UnsupportedTag(Exception):
    """A value carries a YAML tag plain copier cannot read (e.g. !!python/object)."""

    def __init__(self, path: PathKey, tag: str) -> None:
        super().__init__(tag)
        self.path = path
        self.tag = tag.replace("tag:yaml.org,2002:", "!!")


def _check_tag(node: Any, path: PathKey) -> None:
    tag = getattr(getattr(node, "tag", None), "value", None)
    if tag is not None and tag not in _SAFE_TAGS:
        raise _UnsupportedTag(path, str(tag))


def _position(lc: Any, found: Any, path: PathKey, positions: dict) -> tuple[int, int]:
    """1-based (line, column) of a key or item; a tagged collection may not record its items'
    positions, then its own position stands for them."""
    if found is None:
        return positions.get(path[:-1], (1, 1))
    line, column = found
    return line + 1, column + 1


def _plain(node: Any, path: PathKey, positions: dict[PathKey, tuple[int, int]]) -> Any:
    """ruamel's round-trip values as plain Python values, recording where each key was."""
    _check_tag(node, path)
    if isinstance(node, CommentedMap):
        plain: dict[Any, Any] = {}
        for key, value in node.items():
            here = (*path, str(key))
            positions[here] = _position(node.lc, node.lc.key(key), here, positions)
            plain[key] = _plain(value, here, positions)
        return plain
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            here = (*path, index)
            positions[here] = _position(node.lc, node.lc.item(index), here, positions)
            items.append(_plain(value, here, positions))
        return items
    if isinstance(node, TaggedScalar):
        return node.value
    return _plain_scalar(node)


def _plain_scalar(value: Any) -> Any:
    if isinstance(value, bool | ScalarBoolean):
        return bool(value)
    for kind in (int, float, str):
        if isinstance(value, kind):
            return kind(value)
    return value


def load_file(path: Path) -> Answers:
    """Read an answers file: a YAML mapping. Errors name the file, line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise AnswersError(f"cannot read answers file {path}: {reason}") from error
    try:
        with warnings.catch_warnings():
            # ruamel warns in many lines about YAML 1.1 floats such as 1e5; the value is
            # checked like any other, and the error stays one line.
            warnings.simplefilter("ignore")
            document = _yaml().load(text)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise AnswersError(f"{where}: malformed YAML: {problem}") from error
    if document is None:
        return Answers(source=str(path))
    if not isinstance(document, CommentedMap):
        raise AnswersError(f"{path}: an answers file must be a YAML mapping of answers")
    positions: dict[PathKey, tuple[int, int]] = {}
    try:
        data = _plain(document, (), positions)
    except _UnsupportedTag as error:
        line, column = positions.get(error.path, (1, 1))
        key = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in error.path)
        raise AnswersError(
            f"{path}:{line}:{column}: {key.lstrip('.') + ': ' if key else ''}"
            f"unsupported YAML tag {error.tag!r} (an answers file holds plain values)"
        ) from error
    # Copier's own answers file keeps private keys (_commit, _src_path): not answers.
    answers = {str(key): value for key, value in data.items() if not str(key).startswith("_")}
    return Answers(answers, source=str(path), positions=positions)
