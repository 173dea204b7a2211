"""YAML parsing with libyaml's C parser for copier's computed answers and `from_yaml` filter.

The composition model passes large computed values (every file to write, every entity) as
JSON text through `type: yaml` questions and `| from_yaml`; PyYAML's pure-Python parser spent
about 3 s of a 30-entity render on them. CSafeLoader is the same SafeLoader (same resolver, same
constructors: same values) with the scanner and parser in C. On a parse error the pure-Python
loader runs again, so error messages stay exactly copier's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import yaml

_CLoader: type[Any] | None = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """yaml.safe_load, through libyaml when PyYAML was built with it."""
    if _CLoader is None:
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=_CLoader)  # noqa: S506 - CSafeLoader is the safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # the same error, worded as copier words it


def from_yaml(data: Any) -> Any:
    """The ansible `from_yaml` Jinja filter (strings are parsed, other values pass through)."""
    return safe_load(data) if isinstance(data, str) else data


@contextmanager
def fast_answers_yaml() -> Iterator[None]:
    """While active, copier parses `type: yaml` answers with safe_load above."""
    from copier import _user_data as user_data

    module: Any = user_data
    original: Callable[[str], Any] = module.parse_yaml_string

    def parse_yaml_string(string: str) -> Any:
        try:
            return safe_load(string)
        except yaml.YAMLError:
            return original(string)  # raises copier's ValueError

    # Question.cast_answer finds the parser through this table, filled at import time.
    casts: Any = module.CAST_STR_TO_NATIVE
    module.parse_yaml_string = parse_yaml_string
    casts["yaml"] = parse_yaml_string
    try:
        yield
    finally:
        module.parse_yaml_string = original
        casts["yaml"] = original
