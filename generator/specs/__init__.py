"""Answer validators contributed by the experts: each module here exposes VALIDATORS
(one per answer key) and may expose ANSWER_CHECKS (rules across several answers).

A new expert adds its module and one line to EXPERT_MODULES; answers.py asks nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

Validator = Callable[[Any], Any]
Check = Callable[[dict[str, Any]], None]

EXPERT_MODULES: tuple[str, ...] = (
    "typeorm",
    "redis_cache",
    "bullmq_queue",
    "auth",
    "suites_testing",
)


def expert_validators() -> dict[str, Validator]:
    validators: dict[str, Validator] = {}
    for name in EXPERT_MODULES:
        validators.update(import_module(f"generator.specs.{name}").VALIDATORS)
    return validators


def expert_checks() -> list[Check]:
    checks: list[Check] = []
    for name in EXPERT_MODULES:
        checks.extend(getattr(import_module(f"generator.specs.{name}"), "ANSWER_CHECKS", ()))
    return checks
