"""The `nestgen` command line: parse arguments, call the library, print the result."""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import __version__, catalog
from generator import answers as answers_mod
from generator.errors import (
    CommandFailedError,
    InternalError,
    NestgenError,
    UserError,
    first_line,
)
from generator.project import NewProject, generate
from generator.releases import template_ref
from generator.summary import format_summary, summarise


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in nestgen's one-line form."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nestgen", description="Generate production-grade NestJS backends.")
    parser.add_argument("--version", action="version", version=f"nestgen {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an internal error"
    )
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
    new.add_argument(
        "--ref",
        metavar="REF",
        help="template version: a release (releases.yml), tag or commit (default: HEAD)",
    )

    commands.add_parser("experts", help="list the experts")

    route = commands.add_parser("route", help="show which experts a request routes to")
    route.add_argument("text", metavar="TEXT")
    route.add_argument("--json", action="store_true", help="machine-readable output")

    snapshots = commands.add_parser("snapshots", help="check or rewrite golden snapshots")
    mode = snapshots.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail on drift (default)")
    mode.add_argument("--update", action="store_true", help="rewrite snapshots/")
    snapshots.add_argument("names", nargs="*", metavar="SCENARIO", help="only these scenarios")

    index = commands.add_parser(
        "index", help="rewrite what the catalog derives: index.yml, features.yml, copier.yml"
    )
    index.add_argument("--check", action="store_true", help="fail if it is stale")

    upgrade = commands.add_parser(
        "upgrade", help="move a project to a newer nestgen, or add/remove experts"
    )
    upgrade.add_argument("destination", type=Path, nargs="?", default=Path("."), metavar="DEST")
    upgrade.add_argument(
        "--to", metavar="REF", help="release version, tag, commit or HEAD (default: newest release)"
    )
    upgrade.add_argument(
        "--add", action="append", default=[], metavar="EXPERT", help="add an expert (repeatable)"
    )
    upgrade.add_argument(
        "--remove", action="append", default=[], metavar="EXPERT", help="remove an expert"
    )
    upgrade.add_argument("--answers", type=Path, metavar="FILE", help="answers to change (YAML)")

    matrix = commands.add_parser(
        "matrix", help="generate and typecheck every combination of the available experts"
    )
    matrix.add_argument(
        "--only", action="append", default=[], metavar="SPEC",
        help="only this combination: experts joined by '+' or 'base', optionally ':AUTH' "
        "(e.g. typeorm+redis-cache:jwt); repeatable",
    )  # fmt: skip
    matrix.add_argument(
        "--full", action="store_true", help="also run each project's own CI checks (e2e included)"
    )
    matrix.add_argument(
        "--compare", action="store_true",
        help="also typecheck each project on its own, to measure what the batch saves",
    )  # fmt: skip
    matrix.add_argument(
        "--workdir", type=Path, default=Path("/tmp/nestgen-matrix"), metavar="DIR",
        help="where the projects are generated (emptied first; default: %(default)s)",
    )  # fmt: skip
    matrix.add_argument(
        "--output", type=Path, metavar="FILE",
        help="write the table as Markdown (default: docs/matrix.md for the whole matrix)",
    )  # fmt: skip

    check = commands.add_parser("check", help="is a newer nestgen available, what would change")
    check.add_argument("destination", type=Path, nargs="?", default=Path("."), metavar="DEST")
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
    loaded = data
    data = answers_mod.validate(data)
    interactive = not (args.answers or args.request is not None or args.expert or args.defaults)
    if interactive and not sys.stdin.isatty():
        raise UserError(
            "the wizard needs a terminal; pass --answers FILE, --request TEXT, --expert ID "
            "or --defaults"
        )
    if "experts" not in data and data.get("request"):
        plan = _route_and_explain(data["request"])
        data["experts"] = list(plan.expert_ids)
        data.setdefault("auth", plan.auth)
    for expert, feature in catalog.feature_requirements(data.get("experts", []), data).items():
        _say(f"{expert} (required by {feature}) is added to the composition.")
    for line in answers_mod.ignored(answers_mod.with_positions(loaded, data)):
        print(f"nestgen: warning: {line}", file=sys.stderr)
    return data, interactive


def _route_and_explain(text: str) -> Any:
    from generator.router import format_route, route

    plan = route(text)
    _say(format_route(plan))
    _say()
    return plan


def cmd_new(args: argparse.Namespace) -> int:
    data, interactive = collect_answers(args)
    result = generate(
        NewProject(
            destination=args.destination,
            answers=data,
            interactive=interactive,
            force=args.force,
            vcs_ref=template_ref(args.ref),
        )
    )
    _say(f"Generated {result.destination}")
    _say(format_summary(summarise(result.destination, result.answers)))
    if not result.committed:
        _say("Not committed: commit the project before `nestgen upgrade`.")
    if args.verify:
        return _verify(result.destination, commit_lock=result.committed)
    return 0


def _verify(destination: Path, commit_lock: bool) -> int:
    from generator.verify import verify

    results = verify(destination, on_step=lambda name: _say(f"… {name}"), commit_lock=commit_lock)
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
        stale = catalog.stale_derived_files()
        if stale:
            names = ", ".join(path.relative_to(catalog.REPO_ROOT).as_posix() for path in stale)
            raise CommandFailedError(f"{names} is stale; run `nestgen index`")
        print("the index, features.yml and copier.yml are up to date")
        return 0
    for path in catalog.write_derived_files():
        print(f"wrote {path.relative_to(catalog.REPO_ROOT).as_posix()}")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from generator.upgrade import UpgradeRequest, upgrade

    result = upgrade(
        UpgradeRequest(
            destination=args.destination,
            to=args.to,
            add=tuple(args.add),
            remove=tuple(args.remove),
            answers=answers_mod.load_file(args.answers) if args.answers else {},
        )
    )
    experts = ", ".join(result.experts) or "none (base only)"
    if result.up_to_date and result.before == result.after:
        print(f"{result.destination} is at the newest release, {result.after}; nothing to do.")
        return 0
    if result.up_to_date:
        print(
            f"{result.destination} is at {result.before}, newer than the newest release "
            f"{result.after}; nothing to do (--to HEAD takes unreleased changes)."
        )
        return 0
    moved = f"from {result.before} to {result.after}" if result.before != result.after else ""
    print(f"Updated {result.destination} {moved or f'at {result.after}'} — experts: {experts}")
    for status, path in result.changed:
        print(f"  {status} {path}")
    if result.resolved:
        print(f"Merged per key (JSON): {', '.join(result.resolved)}")
    for path in result.kept:
        print(f"Kept {path}: you changed it, and the new render no longer has it.")
    if result.install_needed:
        print("package.json changed: run `npm install` (it updates package-lock.json);")
        print("commit both.")
    if result.conflicts:
        print(f"{len(result.conflicts)} file(s) conflict; fix the <<<<<<< markers, then git add:")
        width = max(len(path) for path in result.conflicts)
        for path in result.conflicts:
            print(f"  {path:<{width}}  see: git diff -- {path}")
        return 1
    print("No conflicts. Review with `git diff HEAD`, then commit.")
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from generator import matrix

    combinations = matrix.select(matrix.all_combinations(), args.only)
    matrix.prepare_workdir(args.workdir)
    run = matrix.run_matrix(
        combinations,
        args.workdir,
        full=args.full,
        compare=args.compare,
        on_step=lambda text: _say(f"… {text}"),
    )
    rows = matrix.table(run)
    print("\n".join(rows))
    print()
    print("\n".join(matrix.summary(run)))
    for line in matrix.failures(run):
        _say(line)
    output = args.output or (None if args.only else matrix.DOCS)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(matrix.document(run, argv=sys.argv[1:]), encoding="utf-8")
        _say(f"wrote {output}")
    built = [o for o in run.outcomes if not o.refused]
    if not all(o.ok for o in built):
        raise CommandFailedError("some combinations are not green (see the table)")
    return 0


_CHECK_STATUS = {
    "current": "Up to date: the project is at the newest release.",
    "ahead": "The project is newer than the newest release; nothing to upgrade.",
    "unknown": "Cannot compare: this nestgen does not have the project's template commit.",
    "no-releases": "No release is recorded in releases.yml.",
    "newer": "A newer nestgen is available.",
    "unrelated": "The newest release does not contain the project's commit.",
}


def cmd_check(args: argparse.Namespace) -> int:
    from generator.upgrade import check

    result = check(args.destination)
    print(f"This project:   nestgen {result.project}")
    if result.newest:
        print(f"Newest release: {result.newest}")
    print(_CHECK_STATUS[result.status])
    if result.status in {"newer", "unrelated"}:
        print(f"`nestgen upgrade {args.destination}` would change {len(result.changes)} file(s):")
        for change in result.changes:
            mine = "  (you changed it too: review the merge)" if change.edited else ""
            print(f"  {change.kind:<8} {change.path}{mine}")
    return 0


COMMANDS = {
    "new": cmd_new,
    "experts": cmd_experts,
    "route": cmd_route,
    "snapshots": cmd_snapshots,
    "index": cmd_index,
    "upgrade": cmd_upgrade,
    "check": cmd_check,
    "matrix": cmd_matrix,
}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # --debug is accepted anywhere on the line, before or after the command.
    debug = "--debug" in arguments
    arguments = [argument for argument in arguments if argument != "--debug"]
    try:
        args = build_parser().parse_args(arguments)
        return COMMANDS[args.command](args)
    except NestgenError as error:
        return _report(error, debug=debug and isinstance(error, InternalError))
    except Exception as error:  # a bug in nestgen: one line, the traceback behind --debug
        detail = first_line(error)
        return _report(InternalError(f"{type(error).__name__}: {detail}"), debug=debug, cause=error)


def _one_line(message: str) -> str:
    """Control characters (a NUL, a line break from a file name or a value) never reach the
    terminal: the error stays one readable line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _report(error: NestgenError, *, debug: bool, cause: BaseException | None = None) -> int:
    error.message = _one_line(error.message)
    if isinstance(error, InternalError):
        if debug:
            traceback.print_exception(cause or error, file=sys.stderr)
        hint = "" if debug else " (run again with --debug for the traceback)"
        print(f"nestgen: error: internal error: {error.message}{hint}", file=sys.stderr)
    else:
        print(f"nestgen: error: {error.message}", file=sys.stderr)
    return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
