"""Large inputs generate in bounded time, or are refused by a clear limit: 200 entities and
100 queues in one project are rendered whole, in time that grows with the output (no
superlinear blow-up); the wizard's per-queue questions stop at 3, with a clear error
(tests/data/bad-answers/queue-names-too-many.yml)."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from generator import answers
from tests.helpers import run_cli

ENTITIES = 200
QUEUES = 100
# A hang, not a slow machine: 200 entities took 70 s and 100 queues 35 s on a loaded 2-core box.
HANG_SECONDS = 900


def sized_answers(entities: int, queues: int) -> dict:
    return {
        "project_name": "large-api",
        "experts": ["typeorm", "bullmq-queue"],
        "entities": [
            {"name": f"Item{n:03d}", "fields": [{"name": "title", "type": "string"}]}
            for n in range(entities)
        ],
        "queues": [{"name": f"q{n:03d}", "jobs": ["run"]} for n in range(queues)],
    }


def timed_render(data: dict, folder: Path) -> tuple[float, int]:
    """Seconds `nestgen new` took, and how many files it wrote."""
    folder.mkdir()
    path = folder / "answers.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    started = time.monotonic()
    result = run_cli("new", folder / "p", "--answers", path, "--ref", "HEAD")
    seconds = time.monotonic() - started
    assert result.code == 0, result.err
    return seconds, sum(1 for p in (folder / "p").rglob("*") if p.is_file())


def test_the_checks_of_a_large_answers_file_take_seconds():
    started = time.monotonic()

    assert answers.problems(sized_answers(ENTITIES, QUEUES)) == []
    assert time.monotonic() - started < 30


def test_200_entities_and_100_queues_generate_whole_in_time_linear_in_the_output(tmp_path):
    small_seconds, small_files = timed_render(sized_answers(2, 1), tmp_path / "small")
    large_seconds, large_files = timed_render(sized_answers(ENTITIES, QUEUES), tmp_path / "large")

    project = tmp_path / "large" / "p"
    assert len(list((project / "src").glob("item*/entities/item*.entity.ts"))) == ENTITIES
    assert len(list((project / "src" / "queues").glob("q*/q*.processor.ts"))) == QUEUES
    assert large_seconds < HANG_SECONDS
    # Time per file written may not grow with the size of the model (the small render also
    # pays the fixed costs, so this holds with room when generation is linear).
    ratio = (large_seconds / large_files) / (small_seconds / small_files)
    assert (
        ratio < 2
    ), f"{large_seconds:.0f} s for {large_files} files, {small_seconds:.0f} s for {small_files}"
