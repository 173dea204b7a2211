"""Benchmark 4: the generated app under load, against bare Node `http` and bare Nest + Fastify.

The base project (tests/scenarios/base.yml, rendered from this working tree, built with
`nest build`) runs with production defaults (NODE_ENV=production, .env.example's values, its
JSON logs written to a file) and answers `GET /health/live`. Beside it, in the same run:
bench/load-kit/bare-http.js (Node's http answering the same JSON: the floor) and
bench/load-kit/bare-nest.js (a bare Nest + Fastify app, same versions: the framework's own cost).
A second table loads a request the app logs (`GET /no-such-route`: routing, the request logger,
the problem+json filter and one log line). `--before REF` adds the base project rendered from an
older template commit to both tables.

Each server is its own process on 127.0.0.1, loaded by autocannon (pinned in
bench/load-kit/package.json) for a bounded time after an uncounted warm-up, the servers taking
turns round after round. Two medians per server: req/s, and the server's own CPU time per request
(user + system, from /proc): on a shared machine the first moves with everyone else's load, the
second much less. Ratios are to the floor measured in the same run.

    .venv/bin/python bench/load.py [--rounds 3] [--duration 8] [--connections 50]
        [--before REF] [--profile] [--markdown FILE] [--json FILE]
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
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.helpers import link_node_modules  # noqa: E402

TOOL_DIR = REPO / "bench" / "load-kit"
AUTOCANNON = TOOL_DIR / "node_modules" / ".bin" / "autocannon"
NESTGEN = Path(sys.executable).parent / "nestgen"
PROBE = "/health/live"
LOGGED = "/no-such-route"
GOAL = 0.85


@dataclass(frozen=True)
class Server:
    name: str
    script: Path
    cwd: Path
    env: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Case:
    table: str
    server: Server
    route: str
    status: int


@dataclass(frozen=True)
class Sample:
    rps: float
    p50: float
    p99: float
    cpu_us: float  # the server's user + system CPU per request, in microseconds


def prepare_tool() -> None:
    if not AUTOCANNON.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOL_DIR, check=True)


def build_base_project(destination: Path, ref: str | None) -> Path:
    """The base scenario (this working tree, or template commit `ref`), installed and built."""
    answers = REPO / "tests" / "scenarios" / "base.yml"
    command = [str(NESTGEN), "new", str(destination), "--answers", str(answers)]
    subprocess.run(
        command + (["--ref", ref] if ref else []), check=True, capture_output=True, cwd=REPO
    )
    link_node_modules(destination)
    subprocess.run(["npm", "run", "build"], cwd=destination, check=True, capture_output=True)
    return destination


def generated(name: str, project: Path, log: Path) -> Server:
    # Production defaults: .env.example's values, but NODE_ENV=production.
    env = {"NODE_ENV": "production", "LOG_FILE": str(log)}
    return Server(name, project / "dist" / "main.js", project, env)


def cases(apps: list[Server]) -> list[Case]:
    bare = [
        Server("bare node:http", TOOL_DIR / "bare-http.js", TOOL_DIR),
        Server("bare Nest + Fastify", TOOL_DIR / "bare-nest.js", apps[0].cwd),
    ]
    probes = [Case("probe", server, PROBE, 200) for server in bare + apps]
    return probes + [Case("logged", app, LOGGED, 404) for app in apps]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 90) -> None:
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
            wait_until_up(base + PROBE, process)
            yield base, process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)


def autocannon(url: str, status: int, seconds: int, connections: int, pid: int) -> Sample:
    cpu_before = cpu_seconds(pid)
    result = subprocess.run(
        [str(AUTOCANNON), "-j", "-c", str(connections), "-d", str(seconds), url],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    expected = f"{status // 100}xx"
    others = sum(report[k] for k in ("1xx", "2xx", "3xx", "4xx", "5xx") if k != expected)
    if others + report["errors"] + report["timeouts"] or not report[expected]:
        raise RuntimeError(f"{url}: not every response was a {expected}: {result.stdout[:300]}")
    cpu = cpu_seconds(pid) - cpu_before
    return Sample(
        rps=report["requests"]["average"],
        p50=report["latency"]["p50"],
        p99=report["latency"]["p99"],
        cpu_us=1e6 * cpu / max(1, report["requests"]["total"]),
    )


def measure(case: Case, args: argparse.Namespace) -> Sample:
    with running(case.server) as (base, pid):
        autocannon(base + case.route, case.status, args.warmup, args.connections, pid)
        return autocannon(base + case.route, case.status, args.duration, args.connections, pid)


def run_rounds(all_cases: list[Case], args: argparse.Namespace) -> dict[Case, list[Sample]]:
    samples: dict[Case, list[Sample]] = defaultdict(list)
    for round_no in range(args.rounds):
        for case in all_cases:
            sample = measure(case, args)
            samples[case].append(sample)
            print(
                f"round {round_no + 1}: {case.server.name:<36} {case.route:<15}"
                f" {sample.rps:8.0f} req/s {sample.cpu_us:7.1f} µs CPU/req",
                flush=True,
            )
    return samples


def summary(samples: dict[Case, list[Sample]], table: str) -> list[dict[str, Any]]:
    """One row per server of `table`, with ratios to its first row (the floor)."""
    chosen = {case: runs for case, runs in samples.items() if case.table == table}
    floor_runs = next(iter(chosen.values()))
    floor_rps = statistics.median(s.rps for s in floor_runs)
    floor_cpu = statistics.median(s.cpu_us for s in floor_runs)
    rows = []
    for case, runs in chosen.items():
        rps = statistics.median(s.rps for s in runs)
        cpu = statistics.median(s.cpu_us for s in runs)
        rows.append(
            {
                "server": case.server.name,
                "route": case.route,
                "rps": rps,
                "rps_ratio": rps / floor_rps,
                "cpu_us": cpu,
                "cpu_ratio": floor_cpu / cpu,
                "p50_ms": statistics.median(s.p50 for s in runs),
                "p99_ms": statistics.median(s.p99 for s in runs),
                "rounds": [round(s.rps) for s in runs],
            }
        )
    return rows


def profile(server: Server, args: argparse.Namespace, scratch: Path) -> list[tuple[str, float]]:
    """Self CPU time by package while the server is under load (node --cpu-prof)."""
    out = scratch / "profile"
    out.mkdir(exist_ok=True)
    with running(server, ["--cpu-prof", f"--cpu-prof-dir={out}"]) as (base, pid):
        autocannon(base + PROBE, 200, args.warmup, args.connections, pid)
        autocannon(base + PROBE, 200, args.duration, args.connections, pid)
    return self_time_by_package(next(out.glob("*.cpuprofile")))


def package_of(url: str) -> str:
    if "node_modules/" in url:
        parts = url.rsplit("node_modules/", 1)[1].split("/")
        return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
    if "/dist/" in url:
        return "app: " + url.rsplit("/dist/", 1)[1]
    if url.startswith("node:"):
        return "node: " + url.removeprefix("node:").split("/")[0]
    return url or "(native: syscalls, builtins)"


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
    busy = {key: n for key, n in totals.items() if key != "(idle)"}
    count = max(1, sum(busy.values()))
    ranked = sorted(busy.items(), key=lambda item: item[1], reverse=True)
    return [(key, 100 * n / count) for key, n in ranked]


def table_lines(rows: list[dict[str, Any]], floor: str) -> list[str]:
    lines = [
        f"| server | route | req/s | vs {floor} | CPU µs/req | vs {floor} (CPU)"
        " | p50 ms | p99 ms | req/s per round |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['server']} | `{row['route']}` | {row['rps']:,.0f} | {row['rps_ratio']:.0%}"
            f" | {row['cpu_us']:.1f} | {row['cpu_ratio']:.0%} | {row['p50_ms']}"
            f" | {row['p99_ms']} | {', '.join(str(n) for n in row['rounds'])} |"
        )
    return lines


def markdown(probe: list[dict[str, Any]], logged: list[dict[str, Any]], args: Any) -> str:
    app = probe[2]
    lines = [
        "## 4. The generated app under load",
        "",
        f"autocannon, {args.connections} connections for {args.duration} s after a"
        f" {args.warmup} s warm-up, each server its own process on 127.0.0.1, medians of"
        f" {args.rounds} rounds with the servers taking turns. The machine is shared"
        f" ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end, Node"
        f" {node_version()}, {platform.machine()}): read the side-by-side ratios, not the"
        " absolute numbers. *CPU µs/req* is the server's own CPU time per request; its ratio"
        " (floor's CPU / server's CPU) is the share of the floor's throughput the server would"
        " reach with a core to itself. The req/s ratio is what a load tool saw on this machine,"
        " where autocannon shares the two cores with the server (and the other agents'"
        " work): it flatters every server that is cheaper than the load tool.",
        "",
        "### `GET /health/live` against bare `http`",
        "",
        *table_lines(probe, "bare http"),
        "",
        f"Goal: the generated app at ≥ {GOAL:.0%} of bare http. By CPU per request, the"
        f" measure that holds on a shared machine: {app['cpu_ratio']:.0%}"
        f" ({'met' if app['cpu_ratio'] >= GOAL else 'not met'}; bare Nest + Fastify alone:"
        f" {probe[1]['cpu_ratio']:.0%}). By req/s: {app['rps_ratio']:.0%} (bare Nest +"
        f" Fastify: {probe[1]['rps_ratio']:.0%}; bare http's rounds:"
        f" {', '.join(str(n) for n in probe[0]['rounds'])}).",
    ]
    if logged:
        lines += [
            "",
            f"### A logged request (`GET {LOGGED}`: routing, request logger, problem+json"
            " filter, one log line)",
            "",
            *table_lines(logged, logged[0]["server"]),
        ]
    lines += [
        "",
        "Rerun: `.venv/bin/python bench/load.py --before <commit>` (or `python -m bench run"
        " load`); `--profile` adds where the app's CPU goes. What was cut and what is left:"
        " [load-profile.md](load-profile.md). The cache part (a cached get-by-id against the"
        " same route uncached): [benchmarks-load-cache.md](benchmarks-load-cache.md),"
        " `.venv/bin/python bench/load_cache.py`.",
        "",
    ]
    return "\n".join(lines)


def profile_markdown(ranked: list[tuple[str, float]]) -> str:
    lines = [
        "### Where the generated app's busy CPU goes under load (self time, `node --cpu-prof`)",
        "",
        "| where | share |",
        "| --- | ---: |",
    ]
    lines += [f"| {key} | {share:.1f}% |" for key, share in ranked[:15]]
    return "\n".join(lines) + "\n"


def measured() -> dict[str, str]:
    """When, at which commit of the working tree (`+changes`: with uncommitted ones), what load."""

    def git(*argv: str) -> str:
        return subprocess.run(["git", *argv], cwd=REPO, capture_output=True, text=True).stdout

    dirty = git("status", "--porcelain", "--", "blueprints", "project", "copier.yml").strip()
    return {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": git("rev-parse", "--short=10", "HEAD").strip() + ("+changes" if dirty else ""),
        "load": " / ".join(f"{n:.1f}" for n in os.getloadavg()) + f" on {os.cpu_count()} cores",
    }


def node_version() -> str:
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8, help="seconds of counted load")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of uncounted load")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--before", metavar="REF", help="also load the base app of this commit")
    parser.add_argument("--profile", action="store_true", help="also profile the generated app")
    parser.add_argument("--markdown", type=Path, help="write the section here")
    parser.add_argument("--json", type=Path, help="write the results here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prepare_tool()
    with tempfile.TemporaryDirectory(prefix="nestgen-load-") as tmp:
        scratch = Path(tmp)
        log = scratch / "app.log"
        apps = [generated("generated base app", build_base_project(scratch / "now", None), log)]
        if args.before:
            before = build_base_project(scratch / "before", args.before)
            apps.append(generated(f"generated base app @ {args.before}", before, log))
        samples = run_rounds(cases(apps), args)
        probe, logged = summary(samples, "probe"), summary(samples, "logged")
        text = markdown(probe, logged, args)
        ranked = profile(apps[0], args, scratch) if args.profile else []
    if ranked:
        text += "\n" + profile_markdown(ranked)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    if args.json:
        result = {
            "probe": probe,
            "logged": logged,
            "profile": ranked[:15],
            "args": vars(args),
            "measured": measured(),
        }
        args.json.write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
