"""The `nestgen` command line: parse arguments, call the library, print the result."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import __version__, catalog
from generator import answers as answers_mod
from generator.errors import CommandFailedError, NestgenError, UserError
from generator.project import NewProject, generate


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in nestgen's one-line form."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nestgen", description="Generate production-grade NestJS backends.")
    parser.add_argument("--version", action="version", version=f"nestgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = commands.add_parser("new", help="generate a project")
    new.add_argument("destination", type=Path, metavar="DEST")
    new.add_argument("--answers", type=Path, metavar="FILE", help="answers file (YAML)")
    new.add_argument("--request", metavar="TEXT", help="describe the backend; routed to experts")
    new.add_argument(
        "--expert", action="append", metavar="ID", help="an expert to include (repeatable)"
    )
    new.add_argument(
        "--defaults", action="store_true", help="use defaults for unanswered questions"
    )
    new.add_argument("--force", action="store_true", help="write into a non-empty DEST")
    new.add_argument("--verify", action="store_true", help="install and run the project's checks")
    new.add_argument("--ref", metavar="REF", help="template version (git tag or HEAD)")

    commands.add_parser("experts", help="list the experts")

    route = commands.add_parser("route", help="show which experts a request routes to")
    route.add_argument("text", metavar="TEXT")
    route.add_argument("--json", action="store_true", help="machine-readable output")

    snapshots = commands.add_parser("snapshots", help="check or rewrite golden snapshots")
    mode = snapshots.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail on drift (default)")
    mode.add_argument("--update", action="store_true", help="rewrite snapshots/")
    snapshots.add_argument("names", nargs="*", metavar="SCENARIO", help="only these scenarios")

    index = commands.add_parser("index", help="rewrite blueprints/index.yml")
    index.add_argument("--check", action="store_true", help="fail if it is stale")
    return parser


def _say(text: str = "") -> None:
    print(text, file=sys.stderr)


def collect_answers(args: argparse.Namespace) -> tuple[dict[str, Any], bool]:
    """Answers from the file and flags, validated; and whether the wizard should ask."""
    data = answers_mod.load_file(args.answers) if args.answers else {}
    if args.request is not None:
        data["request"] = args.request
    if args.expert:
        data["experts"] = args.expert
    data = answers_mod.validate(data)
    interactive = not (args.answers or args.request is not None or args.expert or args.defaults)
    if interactive and not sys.stdin.isatty():
        raise UserError(
            "the wizard needs a terminal; pass --answers FILE, --request TEXT, --expert ID "
            "or --defaults"
        )
    if "experts" not in data and data.get("request"):
        data["experts"] = _route_and_explain(data["request"])
    return data, interactive


def _route_and_explain(text: str) -> list[str]:
    from generator.router import format_route, route

    plan = route(text)
    _say(format_route(plan))
    _say()
    return [match.id for match in plan.experts]


def cmd_new(args: argparse.Namespace) -> int:
    data, interactive = collect_answers(args)
    result = generate(
        NewProject(
            destination=args.destination,
            answers=data,
            interactive=interactive,
            force=args.force,
            vcs_ref=args.ref,
        )
    )
    experts = ", ".join(result.answers.get("experts") or []) or "none (base only)"
    _say(f"Generated {result.destination} — experts: {experts}")
    if not result.committed:
        _say("Not committed: commit the project before `nestgen upgrade`.")
    if args.verify:
        return _verify(result.destination)
    _say(f"Next: cd {result.destination} && npm install && npm run start:dev")
    return 0


def _verify(destination: Path) -> int:
    from generator.verify import verify

    results = verify(destination, on_step=lambda name: _say(f"… {name}"))
    _say()
    for step in results:
        _say(f"{'PASS' if step.ok else 'FAIL'}  {step.name:<12} {step.seconds:6.1f}s")
    failed = [step for step in results if not step.ok]
    if failed:
        _say()
        _say(failed[0].output_tail)
        raise CommandFailedError(f"verification failed at {failed[0].name}")
    _say(f"All {len(results)} checks passed.")
    return 0


def cmd_experts(args: argparse.Namespace) -> int:
    width = max(len(expert.id) for expert in catalog.experts())
    for expert in catalog.experts():
        note = " (base, always included)" if expert.is_base else ""
        note += "" if expert.available else " (not available yet)"
        print(f"{expert.id:<{width}}  {expert.summary}{note}")
    return 0


def cmd_route(args: argparse.Namespace) -> int:
    from generator.router import format_route, route

    plan = route(args.text)
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_route(plan))
    return 0


def cmd_snapshots(args: argparse.Namespace) -> int:
    from generator.snapshots import check_snapshots, scenarios, update_snapshots

    unknown = sorted(set(args.names) - {path.stem for path in scenarios()})
    if unknown:
        raise UserError(f"no scenario named {', '.join(unknown)} in tests/scenarios/")

    if args.update:
        for name in update_snapshots(tuple(args.names)):
            print(f"updated snapshots/{name}")
        return 0
    drift = check_snapshots(tuple(args.names))
    for line in drift:
        print(line)
    if drift:
        raise CommandFailedError(
            "snapshots differ from a fresh render; run `nestgen snapshots --update` if intended"
        )
    print("snapshots match")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    if args.check:
        if catalog.index_path().read_text(encoding="utf-8") != catalog.build_index():
            raise CommandFailedError("blueprints/index.yml is stale; run `nestgen index`")
        print("blueprints/index.yml is up to date")
        return 0
    print(f"wrote {catalog.write_index()}")
    return 0


COMMANDS = {
    "new": cmd_new,
    "experts": cmd_experts,
    "route": cmd_route,
    "snapshots": cmd_snapshots,
    "index": cmd_index,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except NestgenError as error:
        print(f"nestgen: error: {error.message}", file=sys.stderr)  # type: ignore[attr-defined]
        return error.exit_code  # type: ignore[attr-defined]
    except Exception as error:  # a bug: still one line, never a traceback
        detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
        print(f"nestgen: error: internal error ({type(error).__name__}) {detail}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
