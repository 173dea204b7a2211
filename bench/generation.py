"""1. Generation, and 2. upgrade: `nestgen new` against the floor, plain copier and the NestJS
CLI; `nestgen upgrade` against a fresh `nestgen new` of the same project."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import nestcli
from bench.timing import Case, side_by_side
from bench.workload import COPIER, NESTGEN, REPO, entity_names, resolve, write_answers

PYTHON = sys.executable


@dataclass(frozen=True)
class Options:
    scratch: Path
    ref: str
    rounds: int
    entities: int = 30
    kinds: tuple[str, ...] = ("base", "full")
    nest_cli: bool = True
    copier: bool = True
    cold: bool = True
    upgrade_from: str = "HEAD~10"
    warmup: bool = True


def _fresh(folder: Path, label: str) -> tuple:
    """prepare/cleanup helpers giving each run an empty destination under `folder`."""

    def destination(run: int) -> Path:
        return folder / f"{label}-{run + 1}"

    def cleanup(run: int) -> None:
        shutil.rmtree(destination(run), ignore_errors=True)

    return destination, cleanup


def _nestgen_case(name: str, answers: Path, ref: str, folder: Path, env: dict) -> Case:
    destination, cleanup = _fresh(folder, name)

    def argv(run: int) -> list[str]:
        return [NESTGEN, "new", str(destination(run)), "--answers", str(answers), "--ref", ref]

    return Case(name, argv, env=env, cleanup=cleanup)


def capture_floor(answers: Path, ref: str, folder: Path) -> Path:
    captured = folder / "floor-capture"
    shutil.rmtree(captured, ignore_errors=True)
    subprocess.run(
        [PYTHON, "-m", "bench.floor", "capture", str(answers), ref, str(captured)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return captured


def generation_cases(kind: str, options: Options, nest_reason: str | None) -> list[Case]:
    folder = options.scratch / kind
    folder.mkdir(parents=True, exist_ok=True)
    answers = write_answers(folder, kind, options.entities)
    captured = capture_floor(answers, options.ref, folder)
    floor_destination, floor_cleanup = _fresh(folder, "floor")
    cases = [
        Case(
            f"{kind}: floor (jinja2 compile + write)",
            lambda run: [
                PYTHON,
                "-m",
                "bench.floor",
                "run",
                str(captured),
                str(floor_destination(run)),
            ],
            cwd=REPO,
            cleanup=floor_cleanup,
        ),
        _nestgen_case(f"{kind}: nestgen new", answers, options.ref, folder, {}),
    ]
    if options.cold:
        cold = {"NESTGEN_NO_CACHE": "1"}
        cases.append(
            _nestgen_case(f"{kind}: nestgen new, no cache", answers, options.ref, folder, cold)
        )
    if options.copier:
        copier_destination, copier_cleanup = _fresh(folder, "copier")
        cases.append(
            Case(
                f"{kind}: copier copy (plain)",
                lambda run: [
                    COPIER,
                    "copy",
                    "--quiet",
                    "--defaults",
                    "--skip-tasks",
                    "--data-file",
                    str(answers),
                    "--vcs-ref",
                    options.ref,
                    str(REPO),
                    str(copier_destination(run)),
                ],
                cleanup=copier_cleanup,
            )
        )
    if options.nest_cli and nest_reason is None:
        nest_destination, nest_cleanup = _fresh(folder, "nest")
        names = entity_names(kind, options.entities)
        cases.append(
            Case(
                f"{kind}: NestJS CLI (nest new + {len(names)} nest g resource)",
                lambda run: [PYTHON, "-m", "bench.nestcli", str(nest_destination(run)), *names],
                cwd=REPO,
                cleanup=nest_cleanup,
            )
        )
    return cases


def run_generation(options: Options) -> dict:
    nest_reason = nestcli.install() if options.nest_cli else "not asked for (--no-nest-cli)"
    cases = [
        case for kind in options.kinds for case in generation_cases(kind, options, nest_reason)
    ]
    side_by_side(cases, options.rounds, options.warmup)
    return {"cases": cases, "nest_cli": nest_reason, "files": _file_counts(options)}


def _file_counts(options: Options) -> dict[str, int]:
    counts = {}
    for kind in options.kinds:
        manifest = options.scratch / kind / "floor-capture" / "manifest.json"
        data = json.loads(manifest.read_text())
        counts[kind] = len(data["files"])
        counts[f"{kind}-templates"] = len(data["templates"])
    return counts


# --- 2. upgrade -----------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def run_upgrade(options: Options) -> dict:
    """The full stack generated at an older commit, upgraded to the benchmarked one, against
    generating it fresh at that commit; every upgrade starts from a copy of the same project."""
    folder = options.scratch / "upgrade"
    folder.mkdir(parents=True, exist_ok=True)
    answers = write_answers(folder, "full", options.entities)
    old = resolve(options.upgrade_from)
    original = folder / "project"
    shutil.rmtree(original, ignore_errors=True)
    subprocess.run(
        [NESTGEN, "new", str(original), "--answers", str(answers), "--ref", old],
        check=True,
        capture_output=True,
    )
    copy = lambda run: folder / f"upgraded-{run + 1}"  # noqa: E731

    def prepare(run: int) -> list[str]:
        shutil.rmtree(copy(run), ignore_errors=True)
        shutil.copytree(original, copy(run), symlinks=True)
        return [NESTGEN, "upgrade", str(copy(run)), "--to", options.ref]

    upgrade = Case(
        "nestgen upgrade (full stack)",
        prepare,
        cleanup=lambda run: shutil.rmtree(copy(run), ignore_errors=True),
    )
    fresh = _nestgen_case("nestgen new (same project)", answers, options.ref, folder, {})
    side_by_side([upgrade, fresh], options.rounds, options.warmup)
    return {"cases": [upgrade, fresh], "from": old}
