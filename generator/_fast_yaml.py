"""YAML parsing with libyaml's C parser for copier's computed answers, its `from_yaml` filter
and its template configuration.

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


class _CLoaderYaml:
    """The yaml module as copier._template sees it, with libyaml under SafeLoader."""

    def __init__(self, loader: type[Any]) -> None:
        self.SafeLoader = loader

    def __getattr__(self, name: str) -> Any:
        return getattr(yaml, name)


@contextmanager
def fast_template_config() -> Iterator[None]:
    """While active, copier reads copier.yml and its `!include`d files through libyaml.

    copier builds its `!include` loader on `yaml.SafeLoader` (load_template_config) and reads
    the configuration once per Template object: four to five times per `copier update`.
    CSafeLoader takes the same constructors, the `!include` one included."""
    from copier import _template

    module: Any = _template
    original = module.yaml
    if _CLoader is not None:
        module.yaml = _CLoaderYaml(_CLoader)
    try:
        yield
    finally:
        module.yaml = original
