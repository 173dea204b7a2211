"""Answers of the bullmq-queue expert: the queues, their jobs, retry policy and schedules.

An empty list is valid: the blueprint then generates one example queue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator.errors import AnswersError

NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# Longer names would not fit the generated code's 80-column lines.
QUEUE_NAME_MAX = 24
JOB_NAME_MAX = 32
CRON_MAX = 50
DLQ_SUFFIX = "-dlq"
QUEUE_KEYS = ("name", "concurrency", "attempts", "backoff", "jobs", "repeat")
BACKOFF_KEYS = ("type", "delay")
BACKOFF_TYPES = ("exponential", "fixed")
REPEAT_KEYS = ("job", "pattern", "every")
CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,?#-]+$")
CRON_FIELDS = (5, 6)
# Job names become method names of the generated handlers class.
RESERVED_METHODS = frozenset({"constructor"})
LIMITS = {
    "concurrency": (1, 1000),
    "attempts": (1, 100),
    "backoff.delay": (0, 86_400_000),
    "every": (1000, 31 * 86_400_000),
}


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def _camel(name: str) -> str:
    pascal = _pascal(name)
    return pascal[:1].lower() + pascal[1:]


def _check_name(where: str, value: Any, longest: int) -> str:
    if not isinstance(value, str) or not value:
        raise AnswersError(f"{where} must be a kebab-case name such as 'send-welcome'")
    if not NAME.match(value) or len(value) > longest:
        raise AnswersError(
            f"{where} {value!r} is not a valid name: kebab-case, starting with a letter "
            f"(a-z, 0-9, '-'), at most {longest} characters"
        )
    return value


def _check_int(where: str, key: str, value: Any) -> int:
    low, high = LIMITS[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AnswersError(f"{where}: {key} must be an integer from {low} to {high}, got {value!r}")
    return value


def _check_keys(where: str, value: Any, known: Iterable[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise AnswersError(f"{where} must be a mapping ({what})")
    unknown = sorted(str(key) for key in value if key not in known)
    if unknown:
        raise AnswersError(
            f"{where}: unknown key {', '.join(map(repr, unknown))}; known keys: {', '.join(known)}"
        )
    return value


def _check_unique(where: str, names: list[str], what: str) -> None:
    seen: dict[str, str] = {}
    for name in names:
        if name in seen.values():
            raise AnswersError(f"{where}: {what} {name!r} is listed twice")
        clash = seen.get(_pascal(name))
        if clash is not None:
            raise AnswersError(
                f"{where}: {what}s {clash!r} and {name!r} give the same class name {_pascal(name)}"
            )
        seen[_pascal(name)] = name


def _check_backoff(where: str, value: Any) -> None:
    backoff = _check_keys(f"{where}: backoff", value, BACKOFF_KEYS, "{type, delay}")
    if "type" in backoff and backoff["type"] not in BACKOFF_TYPES:
        raise AnswersError(
            f"{where}: backoff type must be one of {', '.join(BACKOFF_TYPES)}, "
            f"got {backoff['type']!r}"
        )
    if "delay" in backoff:
        _check_int(where, "backoff.delay", backoff["delay"])


def _check_cron(where: str, pattern: Any) -> None:
    fields = pattern.split() if isinstance(pattern, str) and len(pattern) <= CRON_MAX else []
    if len(fields) not in CRON_FIELDS or not all(CRON_FIELD.match(field) for field in fields):
        raise AnswersError(
            f"{where}: pattern must be a cron expression of 5 or 6 fields "
            f"such as '0 0 * * *', got {pattern!r}"
        )


def _check_repeats(where: str, value: Any, jobs: list[str]) -> None:
    entries = value if isinstance(value, list) else [value]
    scheduled: list[str] = []
    for entry in entries:
        repeat = _check_keys(f"{where}: repeat", entry, REPEAT_KEYS, "{job, pattern or every}")
        job = repeat.get("job")
        if job not in jobs:
            raise AnswersError(
                f"{where}: repeat job must be one of the queue's jobs ({', '.join(jobs)}), "
                f"got {job!r}"
            )
        if job in scheduled:
            raise AnswersError(f"{where}: job {job!r} is repeated twice")
        scheduled.append(job)
        if ("pattern" in repeat) == ("every" in repeat):
            raise AnswersError(f"{where}: repeat of {job!r} needs either pattern (cron) or every")
        if "pattern" in repeat:
            _check_cron(f"{where}: repeat of {job!r}", repeat["pattern"])
        else:
            _check_int(f"{where}: repeat of {job!r}", "every", repeat["every"])


def _check_jobs(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        raise AnswersError(f"{where}: jobs must list at least one job name")
    jobs = [_check_name(f"{where}: job", job, JOB_NAME_MAX) for job in value]
    for job in jobs:
        if _camel(job) in RESERVED_METHODS:
            raise AnswersError(f"{where}: job name {job!r} is reserved")
    _check_unique(where, jobs, "job")
    return jobs


def _check_queue(index: int, value: Any) -> str:
    queue = _check_keys(f"queues[{index}]", value, QUEUE_KEYS, "{name, jobs, ...}")
    name = _check_name(f"queues[{index}]: name", queue.get("name"), QUEUE_NAME_MAX)
    if name.endswith(DLQ_SUFFIX):
        raise AnswersError(
            f"queue {name!r}: names ending in {DLQ_SUFFIX!r} are kept for dead-letter queues"
        )
    where = f"queue {name!r}"
    for key in ("concurrency", "attempts"):
        if key in queue:
            _check_int(where, key, queue[key])
    if "backoff" in queue:
        _check_backoff(where, queue["backoff"])
    jobs = _check_jobs(where, queue.get("jobs"))
    if "repeat" in queue:
        _check_repeats(where, queue["repeat"], jobs)
    return name


def check_queues(value: Any) -> list[dict[str, Any]]:
    """`queues`: [{name, concurrency?, attempts?, backoff?, jobs, repeat?}]; [] = an example."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise AnswersError("queues must be a list of queues such as [{name: email, jobs: [...]}]")
    names = [_check_queue(index, queue) for index, queue in enumerate(value)]
    _check_unique("queues", names, "queue")
    return value


VALIDATORS = {"queues": check_queues}
