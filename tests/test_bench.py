"""The benchmark harness runs end to end on a tiny input (nothing here is timed or compared)."""

from __future__ import annotations

import json
import subprocess
import sys

from generator.catalog import REPO_ROOT


def test_the_bench_entry_point_measures_and_writes_its_report(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bench", "run", "generation", "--smoke", "--out", str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads((tmp_path / "benchmarks.json").read_text())
    cases = {case["name"]: case for case in results["generation"]["cases"]}
    assert set(cases) == {"base: floor (jinja2 compile + write)", "base: nestgen new"}
    assert all(case["n"] == 1 and case["wall"] > 0 for case in cases.values())
    report = (tmp_path / "benchmarks.md").read_text()
    assert "| nestgen new |" in report and "python -m bench run" in report


def test_an_unknown_benchmark_is_refused(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bench", "run", "nope", "--out", str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 2
    assert "no benchmark named nope" in done.stderr


def test_the_report_summarises_the_load_parts_against_their_goals(tmp_path):
    rows = [
        {"worker": "bare", "rate_ratio": 1.0, "cpu_ratio": 1.0},
        {"worker": "generated processor", "rate_ratio": 0.8, "cpu_ratio": 0.95},
    ]
    queue = {"queue": rows, "measured": {"when": "2026-01-01 00:00 UTC"}}
    (tmp_path / "benchmarks-load-queue.json").write_text(json.dumps(queue))
    done = subprocess.run(
        [sys.executable, "-m", "bench", "report", "--out", str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stderr[-2000:]
    report = (tmp_path / "benchmarks.md").read_text()
    assert (
        "| generated processor, jobs/s | 80% of bare BullMQ | ≥ 90% | **not met**"
        " | 2026-01-01 00:00 UTC | [queue](benchmarks-load-queue.md) |" in report
    )
    assert "| generated processor, CPU per job | 95% of bare BullMQ | ≥ 90% | met |" in report
    assert (tmp_path / "benchmarks.png").is_file()
