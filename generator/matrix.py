"""`nestgen matrix`: every combination of the available experts, generated and typechecked.

The combinations come from the catalog (blueprints/catalog.yml): every subset of the available
non-base experts, each with every `auth` choice that composes with it (the answers checks of
blueprints/validate.jinja decide, as for any answers file). When an expert becomes available,
the matrix grows by itself.

The run is batched: projects with the same package set share one installed node_modules
(generator/node_cache.py), and `tsc -b` typechecks them in batches, each through a solution
tsconfig that references a composite wrapper of each project's own tsconfig.json.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import answers as answers_mod
from generator import catalog
from generator.errors import UserError
from generator.node_cache import link_node_modules, package_set_key
from generator.template import render

# A small model with the column and relation kinds most code paths meet: strings with lengths,
# a unique and an indexed column, a decimal, an enum with a default, a cascading 1:N relation.
ENTITIES_TEXT = (
    "Customer(name:string(120), email:string(320)!unique) "
    "Order(total:decimal(12,2), status:enum[open|paid|shipped]!index=open) "
    "Customer.orders 1:N Order.customer!cascade"
)
# One queue with its own retry policy and a job besides the defaults.
# Every transport, so that each combination typechecks all of the expert's code (Kafka included:
# it is typed and linted even where no broker runs).
MICROSERVICES = {"transports": ["grpc", "nats", "rabbitmq", "redis", "kafka"]}
QUEUES = [
    {
        "name": "email",
        "attempts": 4,
        "backoff": {"type": "exponential", "delay": 500},
        "jobs": ["send-receipt"],
    }
]
MATRIX_TSCONFIG = "tsconfig.matrix.json"


@dataclass(frozen=True, order=True)
class Combination:
    """Chosen experts (catalog order) and the auth answer."""

    experts: tuple[str, ...]
    auth: str

    @property
    def label(self) -> str:
        return "+".join(self.experts) or "base"

    @property
    def slug(self) -> str:
        return f"{self.label.replace('+', '_')}-auth-{self.auth}"


@dataclass
class Outcome:
    """What happened to one combination."""

    combination: Combination
    composed: tuple[str, ...] = ()
    refused: str = ""
    files: int = 0
    render_seconds: float = 0.0
    package_set: str = ""
    # The slug of an earlier combination that composes the same project from the same answers:
    # rendering is deterministic, so that project's results are this one's.
    same_as: str = ""
    typecheck: str = "not run"
    typecheck_errors: list[str] = field(default_factory=list)
    checks: dict[str, tuple[bool, float]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        passed = all(ok for ok, _ in self.checks.values())
        return not self.refused and self.typecheck == "pass" and passed


def matrix_experts() -> tuple[str, ...]:
    """The available experts a project may choose, in catalog order (the base is always in)."""
    unavailable = set(catalog.unavailable_expert_ids())
    return tuple(e for e in catalog.selectable_expert_ids() if e not in unavailable)


def auth_choices() -> tuple[str, ...]:
    """The `auth` question's choices, as copier.yml asks them."""
    text = (catalog.REPO_ROOT / "copier.yml").read_text(encoding="utf-8")
    for document in yaml.load_all(text, Loader=catalog._SkipIncludes):  # noqa: S506
        question = (document or {}).get("auth")
        if isinstance(question, dict):
            return tuple(str(value) for value in question["choices"].values())
    raise UserError("copier.yml asks no `auth` question")


def all_combinations(experts: Sequence[str] | None = None) -> list[Combination]:
    """Every subset of `experts` (default: the available ones) with every auth choice."""
    pool = tuple(matrix_experts() if experts is None else experts)
    subsets = [
        combo for size in range(len(pool) + 1) for combo in itertools.combinations(pool, size)
    ]
    return [Combination(subset, auth) for subset in subsets for auth in auth_choices()]


def composed_experts(data: dict[str, Any]) -> tuple[str, ...]:
    """The experts these answers really compose (features' requirements included), not the
    base nor the features themselves."""
    composed = json.loads(str(answers_mod._macros().composed(data)))["experts"]
    return tuple(e for e in catalog.selectable_expert_ids() if e in composed)


def answers_for(combination: Combination) -> dict[str, Any]:
    data: dict[str, Any] = {
        "project_name": f"matrix-{combination.slug}",
        "experts": list(combination.experts),
        "auth": combination.auth,
    }
    composed = composed_experts(data)
    if "typeorm" in composed:
        data["entities_text"] = ENTITIES_TEXT
    if "bullmq-queue" in composed:
        data["queues"] = QUEUES
    if "microservices" in composed:
        data["microservices"] = MICROSERVICES
    return data


_SPEC = re.compile(r"^(?P<experts>[a-z0-9+-]+)(?::(?P<auth>[a-z]+))?$")


def select(combinations: Iterable[Combination], specs: Sequence[str]) -> list[Combination]:
    """The combinations `--only` names: `typeorm+redis-cache:jwt`, `base:none`, `bullmq-queue`
    (both auth choices). An unknown expert or a spec that matches nothing is a UserError."""
    chosen = list(combinations)
    if not specs:
        return chosen
    picked: list[Combination] = []
    for spec in specs:
        match = _SPEC.match(spec)
        if not match:
            raise UserError(f"--only {spec!r}: write experts joined by '+' (or 'base'), ':auth'")
        experts = set() if match["experts"] == "base" else set(match["experts"].split("+"))
        unknown = sorted(experts - set(matrix_experts()))
        if unknown:
            known = ", ".join(matrix_experts())
            raise UserError(f"--only {spec!r}: unknown or unavailable expert {unknown[0]!r}; "
                            f"known: {known}")  # fmt: skip
        found = [
            c for c in chosen
            if set(c.experts) == experts and match["auth"] in (None, c.auth)
        ]  # fmt: skip
        if not found:
            raise UserError(f"--only {spec!r} matches no combination")
        picked += [c for c in found if c not in picked]
    return picked


def count_files(root: Path) -> int:
    return sum(1 for path in root.rglob("*") if path.is_file() and "node_modules" not in path.parts)


def project_key(data: dict[str, Any], composed: Sequence[str]) -> str:
    """What a rendered project depends on: the composed experts and every other answer but
    its name (`base:jwt` and `typeorm:jwt` compose the same project)."""
    rest = {k: v for k, v in data.items() if k not in {"project_name", "experts"}}
    return json.dumps([list(composed), rest], sort_keys=True)


def generate(
    combination: Combination, workdir: Path, rendered: dict[str, Outcome] | None = None
) -> Outcome:
    """Check the combination's answers like any answers file, then render it, unless
    `rendered` (project key → outcome) already holds the same project."""
    outcome = Outcome(combination)
    data = answers_for(combination)
    found = answers_mod.problems(data)
    if found:
        outcome.refused = answers_mod.describe({}, found[0])
        return outcome
    outcome.composed = composed_experts(data)
    key = project_key(data, outcome.composed)
    if rendered is not None and key in rendered:
        first = rendered[key]
        outcome.same_as, outcome.files = first.combination.slug, first.files
        outcome.package_set = first.package_set
        return outcome
    destination = workdir / combination.slug
    started = time.monotonic()
    render(destination, answers_mod.validate(data), interactive=False, vcs_ref="HEAD")
    outcome.render_seconds = time.monotonic() - started
    outcome.files = count_files(destination)
    outcome.package_set = package_set_key(destination)
    if rendered is not None:
        rendered[key] = outcome
    return outcome


def write_solution(workdir: Path, projects: Sequence[Path], name: str = "tsconfig.json") -> Path:
    """A composite wrapper of each project's tsconfig.json (tsc -b builds only composite
    projects) and a solution tsconfig referencing them all. The wrappers emit declarations only,
    into the project's own dist/, which is what `composite` asks for."""
    for project in projects:
        wrapper = {
            "extends": "./tsconfig.json",
            "compilerOptions": {
                "composite": True,
                "emitDeclarationOnly": True,
                "declaration": True,
                "sourceMap": False,
                "outDir": "./dist/matrix",
                "tsBuildInfoFile": "./dist/matrix/tsconfig.tsbuildinfo",
            },
        }
        (project / MATRIX_TSCONFIG).write_text(json.dumps(wrapper, indent=2), encoding="utf-8")
    solution = {
        "files": [],
        "references": [{"path": f"./{p.relative_to(workdir)}/{MATRIX_TSCONFIG}"} for p in projects],
    }
    path = workdir / name
    path.write_text(json.dumps(solution, indent=2), encoding="utf-8")
    return path


_TS_ERROR = re.compile(r"^(?P<file>[^\s(][^(]*)\(\d+,\d+\): error TS\d+:", re.MULTILINE)


# Projects per `tsc -b`: one process over all 80 distinct projects ran out of heap after
# 15 minutes; a batch of this size stays within a few GB.
BATCH_SIZE = 12
TSC_HEAP = {"NODE_OPTIONS": "--max-old-space-size=4096"}


def typecheck_batched(workdir: Path, outcomes: Sequence[Outcome]) -> float:
    """`tsc -b` over the generated projects, BATCH_SIZE at a time; each error is charged to
    its project."""
    built = [o for o in outcomes if not o.refused]
    started = time.monotonic()
    for first in range(0, len(built), BATCH_SIZE):
        batch = built[first : first + BATCH_SIZE]
        name = f"tsconfig.batch-{first // BATCH_SIZE + 1}.json"
        _typecheck_batch(workdir, batch, name)
    return time.monotonic() - started


def _typecheck_batch(workdir: Path, built: Sequence[Outcome], name: str) -> None:
    projects = [workdir / o.combination.slug for o in built]
    write_solution(workdir, projects, name)
    tsc = projects[0] / "node_modules" / ".bin" / "tsc"
    completed = subprocess.run(
        [str(tsc), "-b", name, "--pretty", "false"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **TSC_HEAP},
    )
    output = completed.stdout + completed.stderr
    errors = _errors_by_project(output, [o.combination.slug for o in built])
    for outcome in built:
        outcome.typecheck_errors = errors.get(outcome.combination.slug, [])
        outcome.typecheck = "fail" if outcome.typecheck_errors else "pass"
    if completed.returncode != 0 and not any(errors.values()):
        for outcome in built:  # tsc failed without naming a file: nothing is known to pass
            outcome.typecheck = "fail"
            outcome.typecheck_errors = output.strip().splitlines()[-5:]


def _errors_by_project(output: str, slugs: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    lines = output.splitlines()
    for line in lines:
        match = _TS_ERROR.match(line)
        if not match:
            continue
        slug = Path(match["file"]).parts[0]
        if slug in slugs:
            found.setdefault(slug, []).append(line)
    return found


WORKDIR_MARK = ".nestgen-matrix"


def prepare_workdir(workdir: Path) -> None:
    """Empty the workdir of a previous run; refuse any other non-empty folder."""
    if workdir.exists() and not workdir.is_dir():
        raise UserError(f"{workdir} exists and is not a directory")
    if workdir.is_dir() and any(workdir.iterdir()):
        if not (workdir / WORKDIR_MARK).is_file():
            raise UserError(f"{workdir} is not a matrix workdir (no {WORKDIR_MARK}); give an "
                            "empty or new folder")  # fmt: skip
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / WORKDIR_MARK).touch()


def ci_scripts(project: Path) -> list[str]:
    """The npm scripts the project's own CI workflow runs, in order (build before the e2e
    tests that start the built app), less the typecheck the batch did; test:cov runs the unit
    and e2e projects again, so with it they run once, under coverage."""
    workflow = (project / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    scripts = re.findall(r"^\s+- run: npm run (\S+)$", workflow, re.MULTILINE)
    if "test:cov" in scripts:
        scripts = [s for s in scripts if s not in {"test", "test:e2e"}]
    return [s for s in scripts if s != "typecheck"]


def run_checks(workdir: Path, outcome: Outcome) -> None:
    """The project's own CI checks (lint, format, build, unit and e2e tests), stopping at the
    first failure."""
    project = workdir / outcome.combination.slug
    for script in ci_scripts(project):
        started = time.monotonic()
        completed = subprocess.run(
            ["npm", "run", script], cwd=project, capture_output=True, text=True, check=False
        )
        outcome.checks[script] = (completed.returncode == 0, time.monotonic() - started)
        if completed.returncode != 0:
            break


@dataclass(frozen=True)
class MatrixRun:
    outcomes: list[Outcome]
    typecheck_seconds: float
    install_seconds: float
    package_sets: int
    wall_seconds: float
    separate_seconds: float | None = None
    template_commit: str = ""


def run_matrix(
    combinations: Sequence[Combination],
    workdir: Path,
    *,
    full: bool = False,
    compare: bool = False,
    on_step: Callable[[str], None] = lambda text: None,
) -> MatrixRun:
    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    outcomes: list[Outcome] = []
    rendered: dict[str, Outcome] = {}
    for combination in combinations:
        on_step(f"render {combination.slug}")
        outcomes.append(generate(combination, workdir, rendered))
    built = [o for o in outcomes if not o.refused and not o.same_as]
    install_started = time.monotonic()
    for outcome in built:  # the first project of each package set installs it
        on_step(f"packages {outcome.package_set} for {outcome.combination.slug}")
        link_node_modules(workdir / outcome.combination.slug)
    install_seconds = time.monotonic() - install_started
    on_step(f"tsc -b over {len(built)} projects, {BATCH_SIZE} at a time")
    typecheck_seconds = typecheck_batched(workdir, built)
    separate = None
    if compare:
        on_step(f"`npm run typecheck` in each of {len(built)} projects, for comparison")
        separate = typecheck_separately(workdir, built)
    if full:
        for outcome in built:
            if outcome.typecheck == "pass":
                on_step(f"checks of {outcome.combination.slug}")
                run_checks(workdir, outcome)
    copy_results(outcomes)
    return MatrixRun(
        outcomes=outcomes,
        typecheck_seconds=typecheck_seconds,
        install_seconds=install_seconds,
        package_sets=len({o.package_set for o in built}),
        wall_seconds=time.monotonic() - started,
        separate_seconds=separate,
        template_commit=template_commit(),
    )


def template_commit() -> str:
    """The commit the combinations were rendered from (`vcs_ref=HEAD`), marked when the
    working tree had changes (copier renders them too)."""

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=catalog.REPO_ROOT, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short=10", "HEAD")
    return commit + (" with uncommitted changes" if git("status", "--porcelain") else "")


def copy_results(outcomes: Sequence[Outcome]) -> None:
    """A combination that composes an already built project gets that project's results."""
    by_slug = {o.combination.slug: o for o in outcomes}
    for outcome in outcomes:
        if outcome.same_as:
            first = by_slug[outcome.same_as]
            outcome.typecheck, outcome.checks = first.typecheck, first.checks
            outcome.typecheck_errors = first.typecheck_errors


def typecheck_separately(workdir: Path, outcomes: Sequence[Outcome]) -> float:
    """What the batch saves: each project's own `npm run typecheck`, one after the other."""
    started = time.monotonic()
    for outcome in outcomes:
        subprocess.run(
            ["npm", "run", "typecheck"],
            cwd=workdir / outcome.combination.slug,
            capture_output=True,
            check=False,
        )
    return time.monotonic() - started


def _checks_cell(outcome: Outcome) -> str:
    if not outcome.checks:
        return "—"
    return ", ".join(
        f"{name} {'pass' if ok else 'FAIL'} ({seconds:.0f}s)"
        for name, (ok, seconds) in outcome.checks.items()
    )


def table(run: MatrixRun) -> list[str]:
    """The result as a Markdown table, one row per combination."""
    full = any(o.checks for o in run.outcomes)
    head = "| combination | auth | composed experts | files | typecheck | render s |"
    rule = "|---|---|---|---:|---|---:|"
    if full:
        head, rule = head + " the project's CI checks |", rule + "---|"
    rows = [head, rule]
    for o in run.outcomes:
        typecheck = f"refused: {o.refused}" if o.refused else o.typecheck
        if o.same_as:
            typecheck += f" (same project as {o.same_as})"
        render_cell = "—" if o.same_as else f"{o.render_seconds:.1f}"
        row = (
            f"| {o.combination.label} | {o.combination.auth} | {', '.join(o.composed) or '—'} "
            f"| {o.files} | {typecheck} | {render_cell} |"
        )
        rows.append(row + (f" {_checks_cell(o)} |" if full else ""))
    return rows


def summary(run: MatrixRun) -> list[str]:
    accepted = [o for o in run.outcomes if not o.refused]
    built = [o for o in accepted if not o.same_as]
    green = sum(1 for o in accepted if o.ok)
    return [
        f"{green} of {len(accepted)} generated combinations green "
        f"({len(run.outcomes) - len(accepted)} refused by the answers checks); "
        f"they compose {len(built)} distinct projects.",
        f"Render total {sum(o.render_seconds for o in built):.0f} s; "
        f"{run.package_sets} package sets installed or reused in {run.install_seconds:.0f} s; "
        f"`tsc -b` over {len(built)} projects ({BATCH_SIZE} per process): "
        f"{run.typecheck_seconds:.0f} s; "
        f"wall {run.wall_seconds:.0f} s.",
        *(
            [f"The same projects typechecked one by one (`npm run typecheck` each): "
             f"{run.separate_seconds:.0f} s, against {run.typecheck_seconds:.0f} s batched."]
            if run.separate_seconds is not None
            else []
        ),
    ]  # fmt: skip


def failures(run: MatrixRun) -> list[str]:
    """The first typecheck errors of each failing combination, for the report."""
    lines: list[str] = []
    for o in run.outcomes:
        if o.typecheck == "fail":
            lines += [f"{o.combination.slug}:", *(f"  {e}" for e in o.typecheck_errors[:5])]
    return lines


DOCS = catalog.REPO_ROOT / "docs" / "matrix.md"

_DOC_NOTES = """
## How it runs

Every subset of the available experts in blueprints/catalog.yml, with each `auth` choice that
the answers checks accept, is rendered from this working tree with a small representative
model (`entities_text` below, when typeorm is composed) and one queue (when bullmq-queue is).
`auth: jwt` requires typeorm, so a combination without typeorm gets it with jwt: the
"composed experts" column shows what was really built. Projects with one package set share
one installed `node_modules` (generator/node_cache.py); `tsc -b` then typechecks the projects
in batches, each through a solution tsconfig that references a composite wrapper of each
project's own `tsconfig.json` (src and test, strict, as `npm run typecheck` checks them).
`--full` also runs the checks of each project's own CI workflow (lint, format, build, unit and
e2e tests against the real services).

Model used: `{entities}`

## npm audit

`npm audit --omit=dev` cannot be run here: the registry this machine reaches answers the
advisory endpoint with `405 Method Not Allowed - POST
https://registry.npmjs.org/-/npm/v1/security/advisories/bulk` ("audit endpoint returned an
error"), so the pinned set (blueprints/versions.yml) has not been audited in this
environment, and no result is claimed. Run `npm audit --omit=dev` in a generated project on a
machine with the public registry.
"""


def ci_subset_section() -> list[str]:
    """The pairwise subset against the scenarios CI builds, computed now."""
    from generator.snapshots import scenarios

    experts = matrix_experts()
    subset = pairwise_subset()
    built = [scenario_settings(answers_mod.load_file(p), experts) for p in scenarios()]
    combos = _combination_settings(experts)
    missing = missing_requirements(built, set().union(*(met(s) for s in combos.values())))
    lines = [
        "## CI subset",
        "",
        f"`generator.matrix.pairwise_subset()` covers every pair of the {len(experts)} available "
        f"experts and auth, each in and out of the project where it can be built, with "
        f"{len(subset)} projects:",
        "",
        *(
            f"- {c.label}, auth {c.auth} (composes "
            f"{', '.join(composed_experts(answers_for(c))) or 'the base only'})"
            for c in subset
        ),
        "",
        f"CI builds and tests the {len(built)} scenarios of tests/scenarios/ "
        "(tests/test_generated_projects.py); they cover "
        + ("every one of those pairs." if not missing else
           "all but: " + "; ".join(describe_requirement(r) for r in missing) + ".")
        + " tests/test_matrix.py fails, naming the pair, when an expert that becomes available "
        "is not combined with each other expert and with auth by some scenario.",
    ]  # fmt: skip
    return lines


def document(run: MatrixRun, argv: Sequence[str]) -> str:
    lines = [
        "# The combination matrix",
        "",
        f"Generated by `nestgen {' '.join(argv)}` at template commit `{run.template_commit}`; "
        "rerun it to refresh this file.",
        "",
        *summary(run),
        "",
        *table(run),
        "",
        *ci_subset_section(),
        _DOC_NOTES.format(entities=ENTITIES_TEXT).rstrip(),
    ]
    return "\n".join(lines) + "\n"


# The CI subset. A requirement is a pair of factors (an expert, or "auth" for a non-none auth
# answer) and whether each is in the project: ("redis-cache", True, "auth", True) means "a
# project with redis-cache and auth". The issue asks for every pair of experts together and each
# expert with auth (`together` requirements); the subset also covers each pair's other in/out
# settings that can be built (a strength-2 covering array), because the declared file
# conditions `without:` (e.g. auth's database sessions without redis-cache) only show there.
AUTH = "auth"
Requirement = tuple[str, bool, str, bool]


def factors(experts: Sequence[str]) -> tuple[str, ...]:
    return (*experts, AUTH)


def settings(composed: Iterable[str], auth: str, experts: Sequence[str]) -> dict[str, bool]:
    """Which factors a project has: its composed experts, and whether auth is not 'none'."""
    present = set(composed)
    return {**{e: e in present for e in experts}, AUTH: auth != "none"}


def met(setting: dict[str, bool]) -> set[Requirement]:
    """Every requirement a project with these settings meets."""
    names = list(setting)
    return {
        (a, setting[a], b, setting[b])
        for i, a in enumerate(names)
        for b in names[i + 1 :]
    }  # fmt: skip


def together_requirements(experts: Sequence[str]) -> set[Requirement]:
    """The issue's: every pair of experts in one project, and each expert with auth."""
    names = factors(experts)
    return {(a, True, b, True) for i, a in enumerate(names) for b in names[i + 1 :]}


def _combination_settings(experts: Sequence[str]) -> dict[Combination, dict[str, bool]]:
    """Each combination's factors as built: auth's requirements (typeorm) are composed in."""
    found = {}
    for combination in all_combinations(experts):
        data = {"experts": list(combination.experts), "auth": combination.auth}
        composed = composed_experts(data)
        found[combination] = settings(composed, combination.auth, experts)
    return found


def pairwise_subset(experts: Sequence[str] | None = None) -> list[Combination]:
    """A small set of combinations meeting every requirement some combination can meet
    (greedy set cover: each step takes the combination meeting most open requirements,
    preferring fewer experts, so the projects stay cheap)."""
    pool = tuple(matrix_experts() if experts is None else experts)
    candidates = _combination_settings(pool)
    open_ = set().union(*(met(s) for s in candidates.values()))
    chosen: list[Combination] = []
    while open_:
        best = max(
            sorted(candidates),
            key=lambda c: (len(met(candidates[c]) & open_), -len(c.experts)),
        )
        chosen.append(best)
        open_ -= met(candidates[best])
    return chosen


def scenario_settings(data: dict[str, Any], experts: Sequence[str]) -> dict[str, bool]:
    """What a scenario's answers compose, as the render composes it (routing included)."""
    composed = json.loads(str(answers_mod._macros().composed(data)))
    return settings(composed["experts"], composed["auth"], experts)


def missing_requirements(
    projects: Iterable[dict[str, bool]], wanted: set[Requirement]
) -> list[Requirement]:
    covered: set[Requirement] = set().union(*(met(s) for s in projects))
    return sorted(wanted - covered)


def describe_requirement(requirement: Requirement) -> str:
    a, a_in, b, b_in = requirement
    return f"{a if a_in else 'no ' + a} with {b if b_in else 'no ' + b}"
