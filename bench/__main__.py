"""`python -m bench run [generation upgrade green routing load load-cache load-queue] [options]`:
run the named benchmarks (all but the load ones by default), then write docs/benchmarks.md,
.json and .png."""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import report
from bench.generation import Options, run_generation, run_upgrade
from bench.green import run_green
from bench.routing import run_routing
from bench.timing import BenchError, Case, load_average
from bench.workload import FULL_EXPERTS, REPO, head_commit, resolve

NAMES = ("generation", "upgrade", "green", "routing", "load", "load-cache", "load-queue")
DEFAULT = ("generation", "upgrade", "green", "routing")


def parser() -> argparse.ArgumentParser:
    parsed = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parsed.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run benchmarks and write the report")
    run.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(NAMES)}")
    run.add_argument("--rounds", type=int, default=3)
    run.add_argument("--green-rounds", type=int, default=1)
    run.add_argument("--entities", type=int, default=30)
    run.add_argument("--ref", default="HEAD", help="template commit to render (committed)")
    run.add_argument("--upgrade-from", default="HEAD~10")
    run.add_argument("--no-nest-cli", action="store_true")
    run.add_argument("--no-copier", action="store_true")
    run.add_argument("--no-cold", action="store_true")
    run.add_argument("--no-warmup", action="store_true", help="time to green: no warm-up run")
    run.add_argument("--kinds", default="base,full", help="generation: base,full")
    run.add_argument("--out", type=Path, default=REPO / "docs")
    run.add_argument(
        "--smoke",
        action="store_true",
        help="check the harness on a tiny input: 1 round, no warm-up, base project only",
    )
    again = commands.add_parser(
        "report", help="rewrite docs/benchmarks.md and .png from the JSON, no measuring"
    )
    again.add_argument("--out", type=Path, default=REPO / "docs")
    again.add_argument(
        "--merge",
        type=Path,
        action="append",
        default=[],
        metavar="JSON",
        help="first take these sections from another run's benchmarks.json",
    )
    return parsed


def rewrite_report(out: Path, merged_from: list[Path]) -> int:
    sections: dict[str, Any] = {}
    for path in merged_from:
        sections.update(json.loads(path.read_text()))
    merged = report.merge(out, sections)
    meta = {
        "when": "(see each section)",
        "commit": "(see each section)",
        "load": "varying",
        "note": "uncommitted changes are not measured",
        "command": "python -m bench report",
    }
    print(f"wrote {report.write(out, merged, meta)} and {report.chart(out, merged)}")
    return 0


def _cases(cases: list[Case]) -> list[dict[str, Any]]:
    return [
        {
            "name": case.name,
            "wall": case.median("wall"),
            "cpu": case.median("cpu"),
            "n": len(case.samples),
            "samples": [[s.wall, s.cpu] for s in case.samples],
        }
        for case in cases
    ]


# The load benchmarks run from the working tree and write their own section files.
LOAD_SCRIPTS = {"load": "load.py", "load-cache": "load_cache.py", "load-queue": "load_queue.py"}


def _run_load(name: str, out: Path) -> None:
    script = REPO / "bench" / LOAD_SCRIPTS[name]
    if not script.is_file():
        raise BenchError(f"bench/{script.name} is not there")
    stem = "benchmarks-" + name
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--markdown",
            str(out / f"{stem}.md"),
            "--json",
            str(out / f"{stem}.json"),
        ],
        check=True,
    )


def run_one(name: str, args: argparse.Namespace, options: Options) -> dict[str, Any] | None:
    print(f"== {name} ({time.strftime('%H:%M:%S')}, load {load_average()})", file=sys.stderr)
    if name == "generation":
        result = run_generation(options)
        return {
            **result,
            "cases": _cases(result["cases"]),
            "experts": FULL_EXPERTS,
            "entities": options.entities,
        }
    if name == "upgrade":
        result = run_upgrade(options)
        return {**result, "cases": _cases(result["cases"])}
    if name == "green":
        return run_green(options.scratch, options.ref, args.green_rounds, not args.no_warmup)
    if name == "routing":
        return run_routing(args.rounds)
    _run_load(name, args.out)
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "report":
        return rewrite_report(args.out, args.merge)
    if args.smoke:
        args.rounds, args.kinds, args.no_nest_cli, args.no_copier, args.no_cold = (
            1,
            "base",
            True,
            True,
            True,
        )
    names = args.names or list(DEFAULT)
    unknown = sorted(set(names) - set(NAMES))
    if unknown:
        print(f"bench: error: no benchmark named {', '.join(unknown)}", file=sys.stderr)
        return 2
    ref = head_commit() if args.ref == "HEAD" else resolve(args.ref)
    meta = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": ref[:10],
        "load": load_average(),
        "note": "uncommitted changes are not measured",
        "command": shlex.join(["python -m bench", *(argv or sys.argv[1:])]),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="nestgen-bench-") as scratch:
        options = Options(
            scratch=Path(scratch),
            ref=ref,
            rounds=args.rounds,
            entities=args.entities,
            kinds=tuple(args.kinds.split(",")),
            nest_cli=not args.no_nest_cli,
            copier=not args.no_copier,
            cold=not args.no_cold,
            upgrade_from=args.upgrade_from,
            warmup=not args.smoke,
        )
        failed = []
        for name in names:
            try:
                result = run_one(name, args, options)
            except (BenchError, subprocess.CalledProcessError) as error:
                print(f"bench: error: {name}: {error}", file=sys.stderr)
                failed.append(name)  # the other sections are still measured and written
                continue
            if result is not None:
                result["measured"] = {key: meta[key] for key in ("when", "commit", "load")}
                results[name] = result
    merged = report.merge(args.out, results)
    path = report.write(args.out, merged, meta)
    image = report.chart(args.out, merged)
    print(
        f"wrote {path}" + (f" and {image}" if image else " (no chart: pip install -e '.[bench]')")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
