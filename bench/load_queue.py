"""Benchmark 4, queue part: a generated processor's throughput against a bare BullMQ worker.

The bullmq-queue scenario (tests/scenarios/bullmq-queue.yml, rendered from this working tree and
built) runs with production defaults (NODE_ENV=production, its JSON logs written to a file): its
NotificationsProcessor works the `notifications` queue, with everything the app runs beside it
(the queue's event listener, the dead-letter queue, the HTTP server idle). Beside it, in the same
run: bench/load-kit/bare-worker.js, a bare BullMQ `Worker` (the project's own bullmq) with the
same concurrency and the same work per job (the generated handler's body).

Each measurement starts the worker process, then bench/load-kit/queue-driver.js pauses the
queue, adds the jobs (`send-notification`, the generated queue's job options: attempts, backoff,
removeOnComplete), resumes it and times it until every job has left it; one uncounted batch
first. The workers take turns round after round. Real Redis on 127.0.0.1, each run under a key
prefix of its own (BULLMQ_PREFIX), its keys removed afterwards. Two medians per worker: jobs/s
and the worker process's CPU time per job (user + system, /proc); ratios are to the bare worker.

    .venv/bin/python bench/load_queue.py [--rounds 3] [--jobs 5000] [--warmup-jobs 1000]
        [--before REF] [--project DIR] [--markdown FILE] [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import load  # noqa: E402

GOAL = 0.90
QUEUE = "notifications"
REDIS_URL = "redis://127.0.0.1:6379/0"
DRIVER = load.TOOL_DIR / "queue-driver.js"
BARE = load.TOOL_DIR / "bare-worker.js"
CONSTANTS = Path("dist/queues/notifications/notifications.constants.js")


@dataclass(frozen=True)
class Worker:
    name: str
    script: Path
    project: Path  # whose node_modules (and, for the generated app, whose build) it runs
    env: dict[str, str] = field(default_factory=dict, compare=False)
    node_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sample:
    jobs_per_s: float
    cpu_us: float  # the worker process's user + system CPU per job, in microseconds


def build(destination: Path, ref: str | None) -> Path:
    """The bullmq-queue scenario (this working tree, or template commit `ref`), built."""
    answers = load.REPO / "tests" / "scenarios" / "bullmq-queue.yml"
    command = [str(load.NESTGEN), "new", str(destination), "--answers", str(answers)]
    subprocess.run(
        command + (["--ref", ref] if ref else []), check=True, capture_output=True, cwd=load.REPO
    )
    load.link_node_modules(destination)
    subprocess.run(["npm", "run", "build"], cwd=destination, check=True, capture_output=True)
    return destination


def node_env(project: Path) -> dict[str, str]:
    return {**os.environ, "NODE_PATH": str(project / "node_modules"), "REDIS_URL": REDIS_URL}


def queue_settings(project: Path) -> tuple[int, dict[str, Any]]:
    """The generated queue's concurrency and default job options, read from its build."""
    script = (
        f"const c = require({json.dumps(str(project / CONSTANTS))});"
        "console.log(JSON.stringify([c.NOTIFICATIONS_CONCURRENCY, c.NOTIFICATIONS_JOB_OPTIONS]))"
    )
    out = subprocess.run(
        ["node", "-e", script], env=node_env(project), check=True, capture_output=True, text=True
    ).stdout
    concurrency, options = json.loads(out)
    return int(concurrency), options


def generated(name: str, project: Path, log: Path) -> Worker:
    env = {"NODE_ENV": "production", "LOG_FILE": str(log), "HOST": "127.0.0.1"}
    return Worker(name, project / "dist" / "main.js", project, env)


def bare(project: Path, concurrency: int, log: Path) -> Worker:
    env = {"QUEUE": QUEUE, "CONCURRENCY": str(concurrency), "LOG_FILE": str(log)}
    return Worker(f"bare BullMQ Worker (concurrency {concurrency})", BARE, project, env)


@contextlib.contextmanager
def started(worker: Worker, prefix: str) -> Iterator[int]:
    """The worker process on its own key prefix (and a free port); its pid while the block runs."""
    env = {
        **node_env(worker.project),
        "BULLMQ_PREFIX": prefix,
        "PORT": str(load.free_port()),
        **worker.env,
    }
    log_path = Path(env.pop("LOG_FILE", os.devnull))
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            ["node", *worker.node_flags, str(worker.script)],
            cwd=worker.project,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)


def drive(
    project: Path, prefix: str, extra: dict[str, str], timeout: float = 120
) -> dict[str, Any]:
    env = {**node_env(project), "BULLMQ_PREFIX": prefix, "QUEUE": QUEUE, **extra}
    result = subprocess.run(
        ["node", str(DRIVER)], env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode:
        raise RuntimeError(result.stderr.strip() or f"queue-driver exited {result.returncode}")
    return json.loads(result.stdout) if result.stdout.strip() else {}


def measure(worker: Worker, args: argparse.Namespace, options: dict[str, Any]) -> Sample:
    prefix = f"nestgen-bench-{os.getpid()}"
    batch = {"JOB_OPTIONS": json.dumps(options)}
    try:
        with started(worker, prefix) as pid:
            drive(worker.project, prefix, {**batch, "JOBS": str(args.warmup_jobs)})
            cpu_before = load.cpu_seconds(pid)
            timed = drive(worker.project, prefix, {**batch, "JOBS": str(args.jobs)})
            cpu = load.cpu_seconds(pid) - cpu_before
    finally:
        drive(worker.project, prefix, {"CLEAN": "1"})
    return Sample(timed["jobs"] / timed["seconds"], 1e6 * cpu / timed["jobs"])


def run_rounds(
    workers: list[Worker], args: argparse.Namespace, options: dict[str, Any]
) -> dict[Worker, list[Sample]]:
    samples: dict[Worker, list[Sample]] = defaultdict(list)
    for round_no in range(args.rounds):
        for worker in workers:
            sample = measure(worker, args, options)
            samples[worker].append(sample)
            print(
                f"round {round_no + 1}: {worker.name:<44} {sample.jobs_per_s:7.0f} jobs/s"
                f" {sample.cpu_us:7.1f} µs CPU/job",
                flush=True,
            )
    return samples


def summary(samples: dict[Worker, list[Sample]]) -> list[dict[str, Any]]:
    """One row per worker, with ratios to the first (the bare worker)."""
    rows = []
    floor_runs = next(iter(samples.values()))
    floor_rate = statistics.median(s.jobs_per_s for s in floor_runs)
    floor_cpu = statistics.median(s.cpu_us for s in floor_runs)
    for worker, runs in samples.items():
        rate = statistics.median(s.jobs_per_s for s in runs)
        cpu = statistics.median(s.cpu_us for s in runs)
        rows.append(
            {
                "worker": worker.name,
                "jobs_per_s": rate,
                "rate_ratio": rate / floor_rate,
                "cpu_us": cpu,
                "cpu_ratio": floor_cpu / cpu,
                "rounds": [round(s.jobs_per_s) for s in runs],
            }
        )
    return rows


def markdown(rows: list[dict[str, Any]], args: argparse.Namespace, concurrency: int) -> str:
    app = rows[1]
    lines = [
        "## 4c. Queue throughput: a generated processor against a bare BullMQ worker",
        "",
        f"{args.jobs} `send-notification` jobs per measurement (after {args.warmup_jobs}"
        " uncounted ones in the same process), added to the paused queue with the generated"
        " queue's job options, then timed from resuming the queue until every job has left it."
        " The generated app (tests/scenarios/bullmq-queue.yml, production defaults, JSON logs to"
        " a file) runs its NotificationsProcessor with everything beside it (event listener,"
        " dead-letter queue, idle HTTP server); the bare worker (bench/load-kit/bare-worker.js)"
        f" runs the same job body with the same concurrency ({concurrency}). Real Redis on"
        f" 127.0.0.1, a key prefix per run; medians of {args.rounds} rounds, workers taking"
        f" turns, on a shared machine ({os.cpu_count()} cores, load average"
        f" {os.getloadavg()[0]:.1f} at the end, Node {load.node_version()},"
        f" {platform.machine()}). *CPU µs/job* is the worker process's own CPU per job (Redis's"
        " work is not in it); its ratio is bare's CPU / the worker's.",
        "",
        "| worker | jobs/s | vs bare | CPU µs/job | vs bare (CPU) | jobs/s per round |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['worker']} | {row['jobs_per_s']:,.0f} | {row['rate_ratio']:.0%}"
            f" | {row['cpu_us']:.1f} | {row['cpu_ratio']:.0%}"
            f" | {', '.join(str(n) for n in row['rounds'])} |"
        )
    lines += [
        "",
        f"Goal: the generated processor at ≥ {GOAL:.0%} of the bare worker's jobs/s:"
        f" {app['rate_ratio']:.0%} ({'met' if app['rate_ratio'] >= GOAL else 'not met'});"
        f" by CPU per job {app['cpu_ratio']:.0%}.",
        "",
        "Rerun: `.venv/bin/python bench/load_queue.py` (or `python -m bench run load-queue`);"
        " `--before <commit>` adds the processor generated at an older commit.",
        "",
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=5000, help="counted jobs per measurement")
    parser.add_argument("--warmup-jobs", type=int, default=1000, help="uncounted jobs first")
    parser.add_argument("--before", metavar="REF", help="also run the processor of this commit")
    parser.add_argument("--project", type=Path, help="a built bullmq-queue project to reuse")
    parser.add_argument("--log", type=Path, help="append the workers' output here")
    parser.add_argument("--markdown", type=Path, help="write the section here")
    parser.add_argument("--json", type=Path, help="write the results here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nestgen-load-queue-") as tmp:
        scratch = Path(tmp)
        log = args.log or scratch / "workers.log"
        project = args.project or build(scratch / "now", None)
        concurrency, options = queue_settings(project)
        workers = [bare(project, concurrency, log), generated("generated processor", project, log)]
        if args.before:
            before = build(scratch / "before", args.before)
            workers.append(generated(f"generated processor @ {args.before}", before, log))
        rows = summary(run_rounds(workers, args, options))
    text = markdown(rows, args, concurrency)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    if args.json:
        result = {
            "queue": rows,
            "concurrency": concurrency,
            "args": vars(args),
            "measured": load.measured(),
        }
        args.json.write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
