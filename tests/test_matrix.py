"""`nestgen matrix` and the CI subset: combinations come from the catalog, the pairwise subset
covers every pair, and the scenarios CI builds (tests/scenarios/) cover every pair too."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from generator import answers, catalog, matrix
from generator.errors import UserError
from generator.snapshots import scenarios
from tests.helpers import run_cli

SIX = ("typeorm", "redis-cache", "bullmq-queue", "cqrs", "microservices", "suites-testing")


def test_the_matrix_is_every_subset_of_the_available_experts_with_each_auth():
    experts = matrix.matrix_experts()
    combinations = matrix.all_combinations()

    assert set(experts) == set(catalog.selectable_expert_ids()) - set(
        catalog.unavailable_expert_ids()
    )
    assert matrix.auth_choices() == ("none", "jwt")
    assert len(combinations) == 2 ** len(experts) * 2
    assert len(set(combinations)) == len(combinations)


def test_the_matrix_grows_to_64_combinations_when_every_expert_is_available(monkeypatch):
    monkeypatch.setattr(catalog, "unavailable_expert_ids", lambda: ())

    assert matrix.matrix_experts() == SIX
    assert len({c.experts for c in matrix.all_combinations()}) == 64


def test_every_combination_answers_pass_the_answers_checks():
    for combination in matrix.all_combinations():
        data = matrix.answers_for(combination)
        assert answers.problems(data) == [], combination.slug
        if combination.auth == "jwt":
            # auth needs typeorm: the combination is built with it (and with the model).
            assert "typeorm" in matrix.composed_experts(data)
            assert data["entities_text"] == matrix.ENTITIES_TEXT


def test_only_selects_by_experts_and_auth():
    combinations = matrix.all_combinations()

    picked = matrix.select(combinations, ["typeorm+redis-cache:jwt", "base"])

    assert [(c.label, c.auth) for c in picked] == [
        ("typeorm+redis-cache", "jwt"),
        ("base", "none"),
        ("base", "jwt"),
    ]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("redis", "unknown or unavailable expert 'redis'"),
        ("typeorm:oauth", "matches no combination"),
        ("Type ORM", "write experts joined by '+'"),
    ],
)
def test_only_refuses_what_names_no_combination(spec, message):
    with pytest.raises(UserError, match=re.escape(message)):
        matrix.select(matrix.all_combinations(), [spec])


def test_matrix_cli_refuses_a_bad_only_in_one_line(tmp_path):
    result = run_cli("matrix", "--only", "redis", "--workdir", tmp_path / "m")

    assert result.code == 2
    assert result.err.startswith("nestgen: error: --only 'redis'")
    assert result.err.count("\n") == 1


def test_matrix_never_empties_a_folder_it_did_not_create(tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")

    result = run_cli("matrix", "--only", "base:none", "--workdir", tmp_path)

    assert result.code == 2
    assert "is not a matrix workdir" in result.err
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_typecheck_errors_are_charged_to_their_project():
    output = "\n".join(
        [
            "typeorm-auth-none/src/app.module.ts(3,7): error TS2322: Type 'string' is not ...",
            "base-auth-none/test/x.ts(1,1): error TS2304: Cannot find name 'y'.",
            "  continuation line of the previous error",
            "error TS5083: Cannot read file '/elsewhere/tsconfig.json'.",
        ]
    )

    found = matrix._errors_by_project(output, ["typeorm-auth-none", "base-auth-none", "other"])

    assert sorted(found) == ["base-auth-none", "typeorm-auth-none"]
    assert found["base-auth-none"] == [
        "base-auth-none/test/x.ts(1,1): error TS2304: Cannot find name 'y'."
    ]


def test_the_solution_references_a_composite_wrapper_of_each_project(tmp_path):
    projects = [tmp_path / "a-auth-none", tmp_path / "b-auth-jwt"]
    for project in projects:
        project.mkdir()

    solution = json.loads(matrix.write_solution(tmp_path, projects).read_text())

    assert solution == {
        "files": [],
        "references": [
            {"path": "./a-auth-none/tsconfig.matrix.json"},
            {"path": "./b-auth-jwt/tsconfig.matrix.json"},
        ],
    }
    wrapper = json.loads((projects[0] / "tsconfig.matrix.json").read_text())
    assert wrapper["extends"] == "./tsconfig.json"
    assert wrapper["compilerOptions"]["composite"] is True


def test_the_typecheck_runs_one_tsc_per_batch_and_charges_each_error(tmp_path, monkeypatch):
    calls = []

    def fake_tsc(command, **kwargs):
        calls.append(command[2])
        failing = "p13-auth-none/src/x.ts(1,1): error TS2304: Cannot find name 'y'."
        output = failing if command[2] == "tsconfig.batch-2.json" else ""
        return subprocess.CompletedProcess(command, 1 if output else 0, output, "")

    monkeypatch.setattr(matrix.subprocess, "run", fake_tsc)
    outcomes = [matrix.Outcome(matrix.Combination((f"p{i}",), "none")) for i in range(14)]
    for outcome in outcomes:
        (tmp_path / outcome.combination.slug).mkdir()

    matrix.typecheck_batched(tmp_path, outcomes)

    assert calls == ["tsconfig.batch-1.json", "tsconfig.batch-2.json"]
    assert [o.combination.slug for o in outcomes if o.typecheck == "fail"] == ["p13-auth-none"]
    assert all(o.typecheck == "pass" for o in outcomes[:13])


def test_full_runs_the_checks_of_the_projects_own_ci_after_the_batched_typecheck():
    from generator.snapshots import SNAPSHOTS

    # The e2e tests start the built app, so build comes before them.
    assert matrix.ci_scripts(SNAPSHOTS / "auth-seed") == [
        "lint", "format:check", "build", "test", "test:e2e",
    ]  # fmt: skip
    assert matrix.ci_scripts(SNAPSHOTS / "full-stack") == [
        "lint", "format:check", "build", "test:cov",
    ]  # fmt: skip


def test_met_names_every_pair_of_factors_with_its_setting():
    setting = {"typeorm": True, "redis-cache": False, "auth": True}

    assert matrix.met(setting) == {
        ("typeorm", True, "redis-cache", False),
        ("typeorm", True, "auth", True),
        ("redis-cache", False, "auth", True),
    }


@pytest.mark.parametrize("experts", [None, SIX], ids=["available", "all-six"])
def test_the_pairwise_subset_covers_every_pair_in_few_projects(experts):
    pool = matrix.matrix_experts() if experts is None else experts
    subset = matrix.pairwise_subset(experts)
    built = matrix._combination_settings(pool)
    buildable = set().union(*(matrix.met(s) for s in built.values()))

    assert matrix.missing_requirements((built[c] for c in subset), buildable) == []
    assert matrix.together_requirements(pool) <= buildable
    # A strength-2 covering array of binary factors needs about log2 of their count in rows:
    # far fewer projects than the matrix (16 or 64 subsets, twice).
    assert len(subset) <= 8


def _scenario_settings() -> dict[str, dict[str, bool]]:
    experts = matrix.matrix_experts()
    return {
        path.stem: matrix.scenario_settings(answers.load_file(path), experts)
        for path in scenarios()
    }


def _missing_message(missing: list[matrix.Requirement]) -> str:
    names = "; ".join(matrix.describe_requirement(r) for r in missing)
    return (
        f"no scenario in tests/scenarios/ builds {names}: add one (or extend an existing one); "
        "generator.matrix.pairwise_subset() proposes combinations that cover every pair"
    )


def test_the_ci_scenarios_put_every_pair_of_experts_together_and_each_with_auth():
    """CI builds and tests every scenario for real (test_generated_projects.py). When an expert
    becomes available in the catalog, this asks for scenarios that combine it."""
    wanted = matrix.together_requirements(matrix.matrix_experts())

    missing = matrix.missing_requirements(_scenario_settings().values(), wanted)

    assert not missing, _missing_message(missing)


def test_the_ci_scenarios_also_build_each_pair_of_experts_one_without_the_other():
    """The declared file conditions `without:` (e.g. auth's database sessions when redis-cache
    is absent) are only built when a scenario has one expert of a pair and not the other."""
    experts = matrix.matrix_experts()
    built = matrix._combination_settings(experts)
    buildable = set().union(*(matrix.met(s) for s in built.values()))

    missing = matrix.missing_requirements(_scenario_settings().values(), buildable)

    assert not missing, _missing_message(missing)


def test_missing_pairs_are_named():
    projects = [{"typeorm": True, "redis-cache": False, "auth": True}]
    wanted = matrix.together_requirements(["typeorm", "redis-cache"])

    missing = matrix.missing_requirements(projects, wanted)

    assert [matrix.describe_requirement(r) for r in missing] == [
        "redis-cache with auth",
        "typeorm with redis-cache",
    ]


@pytest.mark.node
def test_matrix_generates_typechecks_and_documents_a_combination(tmp_path):
    """The real command on one combination: rendered, installed (shared), one tsc -b."""
    output = tmp_path / "matrix.md"

    result = run_cli(
        "matrix", "--only", "base:none", "--workdir", tmp_path / "work", "--output", output
    )

    assert result.code == 0, result.err
    assert "| base | none | — |" in result.out
    document = output.read_text()
    row = next(line for line in document.splitlines() if line.startswith("| base | none |"))
    assert "| pass |" in row
    assert "## CI subset" in document and "npm audit" in document
    assert (tmp_path / "work" / "tsconfig.batch-1.json").is_file()


def tree(root):
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".git" not in path.parts
    }


def test_combinations_with_one_project_key_render_the_same_project(tmp_path, monkeypatch):
    """`base:jwt` composes typeorm: it is rendered once, and that is honest only if rendering
    `base:jwt` would give exactly the `typeorm:jwt` project."""
    base_jwt, typeorm_jwt = matrix.Combination((), "jwt"), matrix.Combination(("typeorm",), "jwt")
    keys = []
    for combination, folder in ((base_jwt, "a"), (typeorm_jwt, "b")):
        data = {**matrix.answers_for(combination), "project_name": "same-api"}
        keys.append(matrix.project_key(data, matrix.composed_experts(data)))
        result = run_cli("new", tmp_path / folder, "--answers", write_answers(tmp_path, data))
        assert result.code == 0, result.err
    assert keys[0] == keys[1]
    first, second = tree(tmp_path / "a"), tree(tmp_path / "b")
    answers_file = ".copier-answers.yml"  # records the experts as chosen
    assert first.pop(answers_file) != second.pop(answers_file)
    assert first == second


def write_answers(tmp_path, data):
    path = tmp_path / f"{len(list(tmp_path.glob('*.yml')))}.yml"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_combination_that_composes_a_built_project_shares_its_results(tmp_path):
    rendered: dict[str, matrix.Outcome] = {}
    first = matrix.Outcome(matrix.Combination(("typeorm",), "jwt"), files=131, package_set="p")
    data = matrix.answers_for(first.combination)
    rendered[matrix.project_key(data, matrix.composed_experts(data))] = first

    second = matrix.generate(matrix.Combination((), "jwt"), tmp_path, rendered)
    first.typecheck, first.typecheck_errors = "fail", ["x.ts(1,1): error TS1: no"]
    matrix.copy_results([first, second])

    assert second.same_as == first.combination.slug and not list(tmp_path.iterdir())
    assert (second.typecheck, second.typecheck_errors, second.files) == (
        "fail",
        first.typecheck_errors,
        131,
    )
