"""Answers of the suites-testing expert."""

from __future__ import annotations

from typing import Any

from generator.errors import AnswersError


def check_coverage_threshold(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise AnswersError(f"coverage_threshold must be an integer from 0 to 100, got {value!r}")
    return value


VALIDATORS = {"coverage_threshold": check_coverage_threshold}
