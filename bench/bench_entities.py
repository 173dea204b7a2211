"""Generation time of a 30-entity typeorm model, against the one-example-entity baseline.

Whole-process timings (`nestgen new` in a subprocess, interpreter start-up included), run
alternately A B A B ... after one uncounted warm-up each; medians of wall and user+sys CPU, and
the A/B ratio of the medians. Prints a table; asserts nothing.

    .venv/bin/python bench/bench_entities.py [--runs 5] [--entities 30]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.test_typeorm import wide_entities  # noqa: E402

NESTGEN = Path(sys.executable).parent / "nestgen"


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float


def write_answers(path: Path, entities: list | None) -> Path:
    answers = {"project_name": "bench-api", "experts": ["typeorm", "suites-testing"]}
    if entities is not None:
        answers["entities"] = entities
    path.write_text(yaml.safe_dump(answers))
    return path


def run_once(answers: Path, scratch: Path) -> Sample:
    destination = scratch / f"out-{time.monotonic_ns()}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [str(NESTGEN), "new", str(destination), "--answers", str(answers), "--ref", "HEAD"],
        check=True,
        capture_output=True,
        env={**os.environ, "NESTGEN_TEST": "1"},
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(destination, ignore_errors=True)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu)


def median(samples: list[Sample], field: str) -> float:
    return statistics.median(getattr(sample, field) for sample in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entities", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nestgen-bench-") as folder:
        scratch = Path(folder)
        wide = write_answers(scratch / "wide.yml", wide_entities(args.entities))
        base = write_answers(scratch / "base.yml", None)
        run_once(wide, scratch), run_once(base, scratch)  # warm-up, not counted
        results: dict[str, list[Sample]] = {"wide": [], "base": []}
        for _ in range(args.runs):
            results["wide"].append(run_once(wide, scratch))
            results["base"].append(run_once(base, scratch))
    files = "typeorm + suites-testing"
    print(f"nestgen new, {files}, n={args.runs} each, alternating; medians")
    print(f"{'case':<34} {'wall s':>8} {'cpu s':>8}")
    labels = {"wide": f"A: {args.entities} entities", "base": "B: example entity (baseline)"}
    for key, label in labels.items():
        samples = results[key]
        print(f"{label:<34} {median(samples, 'wall'):8.2f} {median(samples, 'cpu'):8.2f}")
    ratio = median(results["wide"], "wall") / median(results["base"], "wall")
    cpu_ratio = median(results["wide"], "cpu") / median(results["base"], "cpu")
    print(f"A/B ratio: wall {ratio:.2f}, cpu {cpu_ratio:.2f}")


if __name__ == "__main__":
    main()
