"""Answers of the redis-cache expert: the `cache` mapping.

Keys left out keep their defaults, which the template fills in (questions.yml, redis_cache):
default_ttl 3600 seconds, l1_max_entries 1000, key_prefix derived from project_name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from generator.errors import AnswersError

MAX_TTL_SECONDS = 365 * 24 * 3600
MAX_L1_ENTRIES = 1_000_000
KEY_PREFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def _whole_number(key: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AnswersError(
            f"cache.{key} must be a whole number from {low} to {high}, got {value!r}"
        )
    return value


def _key_prefix(value: Any) -> str:
    if not isinstance(value, str) or not KEY_PREFIX.match(value):
        raise AnswersError(
            f"cache.key_prefix must start with a letter or digit and hold only letters, digits, "
            f"'.', '_' or '-' (at most 64), got {value!r}"
        )
    return value


CHECKS: dict[str, Callable[[Any], Any]] = {
    "default_ttl": lambda value: _whole_number("default_ttl", value, 1, MAX_TTL_SECONDS),
    "l1_max_entries": lambda value: _whole_number("l1_max_entries", value, 0, MAX_L1_ENTRIES),
    "key_prefix": _key_prefix,
}


def check_cache(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise AnswersError(f"cache must be a mapping with {', '.join(CHECKS)}, got {value!r}")
    unknown = sorted(str(key) for key in value if key not in CHECKS)
    if unknown:
        raise AnswersError(f"unknown cache key {unknown[0]!r}; known keys: {', '.join(CHECKS)}")
    return {key: CHECKS[key](item) for key, item in value.items()}


VALIDATORS = {"cache": check_cache}
