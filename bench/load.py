"""Benchmark 4: the generated app under load, against bare Node `http` and bare Nest + Fastify.

The base project (tests/scenarios/base.yml, rendered from this working tree, built with
`nest build`) runs with production defaults (NODE_ENV=production, .env.example's values, its
JSON logs written to a file) and answers `GET /health/live`. Beside it, in the same run:
bench/load-kit/bare-http.js (Node's http answering the same JSON: the floor) and
bench/load-kit/bare-nest.js (a bare Nest + Fastify app, same versions: the framework's own cost).

Each server is its own process on 127.0.0.1, loaded by autocannon (pinned in
bench/load-kit/package.json) for a bounded time after an uncounted warm-up, the servers taking turns
round after round; the table gives the medians of req/s and latency and the ratio of each median
to the floor's. The machine may be shared: only ratios measured side by side mean anything.

    .venv/bin/python bench/load.py [--rounds 3] [--duration 8] [--connections 50]
        [--project DIR] [--profile] [--markdown docs/benchmarks-load.md]
        [--json docs/benchmarks-load.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.helpers import link_node_modules  # noqa: E402

TOOL_DIR = REPO / "bench" / "load-kit"
AUTOCANNON = TOOL_DIR / "node_modules" / ".bin" / "autocannon"
NESTGEN = Path(sys.executable).parent / "nestgen"
ROUTE = "/health/live"
GOAL = 0.85


@dataclass(frozen=True)
class Server:
    name: str
    script: Path
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sample:
    rps: float
    p50: float
    p99: float
    cpu_us: float  # the server's user + system CPU per request, in microseconds


def prepare_tool() -> None:
    if not AUTOCANNON.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOL_DIR, check=True)


def build_base_project(scratch: Path) -> Path:
    """The base scenario rendered from this working tree, installed (shared) and built."""
    project = scratch / "base"
    answers = REPO / "tests" / "scenarios" / "base.yml"
    subprocess.run(
        [str(NESTGEN), "new", str(project), "--answers", str(answers)],
        check=True,
        capture_output=True,
    )
    link_node_modules(project)
    subprocess.run(["npm", "run", "build"], cwd=project, check=True, capture_output=True)
    return project


def servers(project: Path, log: Path) -> list[Server]:
    # The generated app's production defaults: .env.example, but NODE_ENV=production.
    production = {"NODE_ENV": "production", "LOG_FILE": str(log)}
    return [
        Server("bare node:http", TOOL_DIR / "bare-http.js", TOOL_DIR),
        Server("bare Nest + Fastify", TOOL_DIR / "bare-nest.js", project),
        Server("generated base app", project / "dist" / "main.js", project, production),
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before answering")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as response:
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def running(server: Server, node_flags: list[str] | None = None) -> Iterator[tuple[str, int]]:
    """The server started on a free loopback port; its base URL and pid while the block runs."""
    port = free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        # bare-nest.js lives outside the project it borrows node_modules from.
        "NODE_PATH": str(server.cwd / "node_modules"),
        **server.env,
    }
    log_path = Path(env.pop("LOG_FILE", os.devnull))
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            ["node", *(node_flags or []), str(server.script)],
            cwd=server.cwd,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base + ROUTE, process)
            yield base, process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)


def autocannon(url: str, duration: int, connections: int, pid: int) -> Sample:
    cpu_before = cpu_seconds(pid)
    result = subprocess.run(
        [str(AUTOCANNON), "-j", "-c", str(connections), "-d", str(duration), url],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    failures = report["non2xx"] + report["errors"] + report["timeouts"]
    if failures:
        raise RuntimeError(f"{url}: {failures} failed responses under load")
    cpu = cpu_seconds(pid) - cpu_before
    return Sample(
        rps=report["requests"]["average"],
        p50=report["latency"]["p50"],
        p99=report["latency"]["p99"],
        cpu_us=1e6 * cpu / max(1, report["requests"]["total"]),
    )


def measure(server: Server, args: argparse.Namespace) -> Sample:
    with running(server) as (base, pid):
        autocannon(base + ROUTE, args.warmup, args.connections, pid)
        return autocannon(base + ROUTE, args.duration, args.connections, pid)


def run_rounds(targets: list[Server], args: argparse.Namespace) -> dict[str, list[Sample]]:
    samples: dict[str, list[Sample]] = defaultdict(list)
    for round_no in range(args.rounds):
        for server in targets:
            sample = measure(server, args)
            samples[server.name].append(sample)
            print(
                f"round {round_no + 1}: {server.name:<22} {sample.rps:9.0f} req/s"
                f" {sample.cpu_us:7.1f} µs CPU/req",
                flush=True,
            )
    return samples


def summary(samples: dict[str, list[Sample]]) -> list[dict[str, float | str]]:
    floor_runs = next(iter(samples.values()))
    floor = statistics.median(s.rps for s in floor_runs)
    floor_cpu = statistics.median(s.cpu_us for s in floor_runs)
    rows: list[dict[str, float | str]] = []
    for name, runs in samples.items():
        rps = statistics.median(s.rps for s in runs)
        cpu = statistics.median(s.cpu_us for s in runs)
        rows.append(
            {
                "server": name,
                "rps": rps,
                "cpu_us": cpu,
                "cpu_ratio": floor_cpu / cpu,
                "p50_ms": statistics.median(s.p50 for s in runs),
                "p99_ms": statistics.median(s.p99 for s in runs),
                "ratio": rps / floor,
                "runs": ", ".join(f"{s.rps:.0f}" for s in runs),
            }
        )
    return rows


def profile(server: Server, args: argparse.Namespace, scratch: Path) -> list[tuple[str, float]]:
    """Self CPU time by package while the server is under load (node --cpu-prof)."""
    out = scratch / "profile"
    out.mkdir(exist_ok=True)
    with running(server, ["--cpu-prof", f"--cpu-prof-dir={out}"]) as (base, pid):
        autocannon(base + ROUTE, args.warmup, args.connections, pid)
        autocannon(base + ROUTE, args.duration, args.connections, pid)
    return self_time_by_package(next(out.glob("*.cpuprofile")))


def package_of(url: str) -> str:
    if "node_modules/" in url:
        parts = url.rsplit("node_modules/", 1)[1].split("/")
        return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
    if "/dist/" in url:
        return "app: " + url.rsplit("/dist/", 1)[1]
    if url.startswith("node:"):
        return "node: " + url.removeprefix("node:").split("/")[0]
    return url or "(native, GC, idle)"


def self_time_by_package(cpuprofile: Path) -> list[tuple[str, float]]:
    data = json.loads(cpuprofile.read_text())
    hits: dict[int, int] = defaultdict(int)
    for node_id in data["samples"]:
        hits[node_id] += 1
    totals: dict[str, int] = defaultdict(int)
    for node in data["nodes"]:
        frame = node["callFrame"]
        key = package_of(frame["url"])
        if frame["functionName"] in ("(idle)", "(garbage collector)", "(program)"):
            key = frame["functionName"]
        totals[key] += hits[node["id"]]
    count = max(1, sum(totals.values()))
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    return [(key, 100 * n / count) for key, n in ranked]


def markdown(rows: list[dict[str, float | str]], args: argparse.Namespace) -> str:
    app = next(row for row in rows if row["server"] == "generated base app")
    verdict = "meets" if float(app["ratio"]) >= GOAL else "misses"
    lines = [
        "## 4. The generated app under load",
        "",
        f"`GET {ROUTE}`, autocannon with {args.connections} connections for {args.duration} s"
        f" after a {args.warmup} s warm-up, each server its own process on 127.0.0.1; medians"
        f" of {args.rounds} rounds, the servers taking turns. The machine is shared"
        f" ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end, Node"
        f" {node_version()}, {platform.machine()}): absolute numbers move with the other load,"
        " the side-by-side ratios are what to read.",
        "",
        "| server | req/s (median) | ratio to bare http | p50 ms | p99 ms | req/s per round |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['server']} | {float(row['rps']):,.0f} | {float(row['ratio']):.0%}"
            f" | {row['p50_ms']} | {row['p99_ms']} | {row['runs']} |"
        )
    lines += [
        "",
        f"Goal: the generated app at ≥ {GOAL:.0%} of bare http; it {verdict} it"
        f" ({float(app['ratio']):.0%}).",
        "",
        "Rerun: `.venv/bin/python bench/load.py` (add `--profile` for where the app's CPU goes).",
        "",
    ]
    return "\n".join(lines)


def profile_markdown(ranked: list[tuple[str, float]]) -> str:
    lines = [
        "### Where the generated app's CPU goes under load (self time, `node --cpu-prof`)",
        "",
        "| where | share |",
        "| --- | ---: |",
    ]
    lines += [f"| {key} | {share:.1f}% |" for key, share in ranked[:15]]
    return "\n".join(lines) + "\n"


def node_version() -> str:
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8, help="seconds of counted load")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of uncounted load")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--project", type=Path, help="an already built base project to reuse")
    parser.add_argument("--profile", action="store_true", help="also profile the generated app")
    parser.add_argument("--markdown", type=Path, help="write the section here")
    parser.add_argument("--json", type=Path, help="write the results here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prepare_tool()
    with tempfile.TemporaryDirectory(prefix="nestgen-load-") as tmp:
        scratch = Path(tmp)
        project = args.project or build_base_project(scratch)
        targets = servers(project.resolve(), scratch / "app.log")
        rows = summary(run_rounds(targets, args))
        text = markdown(rows, args)
        ranked = profile(targets[-1], args, scratch) if args.profile else []
    if ranked:
        text += "\n" + profile_markdown(ranked)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "profile": ranked[:15]}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
