"""Benchmark 4, cache part: a cached get-by-id against the same route uncached.

`GET /tasks/:id` of the typeorm scenario (PostgreSQL on every read) against the same route of the
redis-cache-typeorm scenario, once answered from the in-process tier (L1 hit) and once from Redis
(L2 hit: CACHE_L1_MAX_ENTRIES=0). Real PostgreSQL and Redis on 127.0.0.1; each project gets a
database of its own, migrated, with one task created through the API. Production defaults, except
THROTTLE_LIMIT, raised so that one client's load is not refused. Same method as bench/load.py
(autocannon, medians of rounds, servers taking turns, req/s and CPU per request); ratios are to
the uncached route.

    .venv/bin/python bench/load_cache.py [--rounds 3] [--duration 8] [--markdown FILE] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import load  # noqa: E402

GOAL = 5.0
RUN = f"nestgen_load_{os.getpid()}"


def build(destination: Path, scenario: str) -> Path:
    answers = load.REPO / "tests" / "scenarios" / f"{scenario}.yml"
    subprocess.run(
        [str(load.NESTGEN), "new", str(destination), "--answers", str(answers)],
        check=True,
        capture_output=True,
        cwd=load.REPO,
    )
    load.link_node_modules(destination)
    subprocess.run(["npm", "run", "build"], cwd=destination, check=True, capture_output=True)
    return destination


def psql(sql: str) -> None:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql],
        check=True,
        capture_output=True,
    )


def app_env(database: str, log: Path) -> dict[str, str]:
    return {
        "NODE_ENV": "production",
        "LOG_FILE": str(log),
        "DATABASE_NAME": database,
        "REDIS_KEY_PREFIX": database,
        "THROTTLE_LIMIT": "1000000000",
    }


def migrate(project: Path, env: dict[str, str]) -> None:
    cli = project / "node_modules" / "typeorm" / "cli.js"
    subprocess.run(
        ["node", str(cli), "migration:run", "-d", "dist/database/data-source.js"],
        cwd=project,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )


def create_task(server: load.Server) -> str:
    """One task created through the API; its id."""
    with load.running(server) as (base, _pid):
        request = urllib.request.Request(
            base + "/tasks",
            data=json.dumps({"title": "under load"}).encode(),
            headers={"content-type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return str(json.loads(response.read())["id"])


def prepared(project: Path, name: str, log: Path, created: list[str]) -> tuple[load.Server, str]:
    """The project's server on a database of its own, migrated, holding one task; its id."""
    database = f"{RUN}_{len(created)}"
    psql(f"CREATE DATABASE {database}")
    created.append(database)
    env = app_env(database, log)
    migrate(project, env)
    server = load.Server(name, project / "dist" / "main.js", project, env)
    return server, create_task(server)


def markdown(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    hit = rows[1]
    lines = [
        "## 4b. A cached get-by-id against the same route uncached",
        "",
        "`GET /tasks/:id` (one existing task): the typeorm scenario reads PostgreSQL every time;"
        " the redis-cache-typeorm scenario answers from its in-process tier (L1) or, with"
        " `CACHE_L1_MAX_ENTRIES=0`, from Redis (L2). Real PostgreSQL and Redis on 127.0.0.1,"
        f" production defaults but `THROTTLE_LIMIT` raised; autocannon, {args.connections}"
        f" connections, {args.duration} s after a {args.warmup} s warm-up, medians of"
        f" {args.rounds} rounds, servers taking turns, on a shared machine (load average"
        f" {os.getloadavg()[0]:.1f} at the end). The app's CPU per request leaves out"
        " PostgreSQL's and Redis's own work.",
        "",
        *load.table_lines(rows, "uncached"),
        "",
        f"Goal: a cache hit at ≥ {GOAL:.0f}× the uncached route's req/s. L1 hit:"
        f" {hit['rps_ratio']:.1f}× ({'met' if hit['rps_ratio'] >= GOAL else 'not met'}),"
        f" L2 hit: {rows[2]['rps_ratio']:.1f}×.",
        "",
        "Rerun: `.venv/bin/python bench/load_cache.py`. Where a hit's time goes:"
        " [load-profile.md](load-profile.md).",
        "",
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--typeorm", type=Path, help="a built typeorm project to reuse")
    parser.add_argument("--cached", type=Path, help="a built redis-cache-typeorm project to reuse")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--json", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load.prepare_tool()
    databases: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="nestgen-load-cache-") as tmp:
            scratch, log = Path(tmp), Path(tmp) / "app.log"
            plain = args.typeorm or build(scratch / "typeorm", "typeorm")
            cached = args.cached or build(scratch / "cached", "redis-cache-typeorm")
            uncached, plain_id = prepared(plain, "uncached (typeorm)", log, databases)
            l1, cached_id = prepared(cached, "L1 hit (redis-cache)", log, databases)
            l2 = load.Server(
                "L2 hit (redis-cache, L1 off)",
                l1.script,
                l1.cwd,
                {**l1.env, "CACHE_L1_MAX_ENTRIES": "0"},
            )
            cases = [
                load.Case("get", uncached, f"/tasks/{plain_id}", 200),
                load.Case("get", l1, f"/tasks/{cached_id}", 200),
                load.Case("get", l2, f"/tasks/{cached_id}", 200),
            ]
            rows = load.summary(load.run_rounds(cases, args), "get")
    finally:
        for database in databases:
            psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    text = markdown(rows, args)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    if args.json:
        result = {"get": rows, "args": vars(args), "measured": load.measured()}
        args.json.write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
