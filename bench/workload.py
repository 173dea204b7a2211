"""What the benchmarks generate: the base project, and the full stack (every expert that
composes today + auth) with 30 wide entities (tests/test_typeorm.py's wide_entities)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NESTGEN = str(BIN / "nestgen")
COPIER = str(BIN / "copier")
FULL_EXPERTS = ["typeorm", "redis-cache", "bullmq-queue", "suites-testing"]


def head_commit() -> str:
    """The template commit every render uses: HEAD as committed (uncommitted edits, e.g. a
    colleague's work in progress, would make copier clone and commit them on every run)."""
    done = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def resolve(ref: str) -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", f"{ref}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def answers(kind: str, entities: int) -> dict[str, Any]:
    if kind == "base":
        return {"project_name": "bench-api"}
    sys.path.insert(0, str(REPO))
    from tests.test_typeorm import wide_entities

    return {
        "project_name": "bench-api",
        "experts": FULL_EXPERTS,
        "auth": "jwt",
        "entities": wide_entities(entities),
    }


def write_answers(folder: Path, kind: str, entities: int) -> Path:
    path = folder / f"{kind}.yml"
    path.write_text(yaml.safe_dump(answers(kind, entities), sort_keys=False))
    return path


def entity_names(kind: str, entities: int) -> list[str]:
    return [entity["name"] for entity in answers(kind, entities).get("entities", [])]
