"""`nestgen new` and `nestgen experts` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import catalog
from generator.snapshots import normalise
from tests.helpers import REPO_ROOT, npm, run_cli, tree_files


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_experts_lists_every_blueprint_with_a_summary():
    result = run_cli("experts")

    assert result.code == 0
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == list(catalog.catalog_order())
    assert "always included" in lines[0]


def test_new_with_defaults_generates_a_committed_project(tmp_path):
    destination = tmp_path / "shop-api"

    result = run_cli("new", destination, "--defaults", "--ref", "HEAD")

    assert result.code == 0, result.err
    assert (destination / "package.json").is_file()
    assert '"name": "shop-api"' in (destination / "package.json").read_text()
    log = subprocess.run(
        ["git", "log", "--oneline"], cwd=destination, capture_output=True, text=True
    )
    assert log.stdout.count("\n") == 1
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=destination, capture_output=True, text=True
    )
    assert status.stdout == ""


def test_answers_file_and_plain_copier_give_identical_trees(tmp_path):
    answers = write(
        tmp_path / "answers.yml",
        "project_name: shop-api\ndescription: Shop backend\nexperts: []\nhttp_port: 8080\n",
    )
    via_nestgen = tmp_path / "a" / "shop-api"
    via_copier = tmp_path / "b" / "shop-api"

    assert run_cli("new", via_nestgen, "--answers", answers, "--ref", "HEAD").code == 0
    subprocess.run(
        [
            sys.executable,
            "-m",
            "copier",
            "copy",
            "--defaults",
            "--data-file",
            str(answers),
            "--vcs-ref",
            "HEAD",
            "--quiet",
            str(REPO_ROOT),
            str(via_copier),
        ],
        check=True,
        capture_output=True,
    )

    # A dirty working tree gets a fresh temporary commit per copy; compare the rest.
    normalise(via_nestgen)
    normalise(via_copier)
    assert tree_files(via_nestgen) == tree_files(via_copier)
    assert "PORT=8080" in (via_nestgen / ".env.example").read_text()


# Bad answers files: tests/data/bad-answers/ (test_bad_answers.py), through nestgen and plain
# copier alike.


def test_unknown_expert_flag_lists_valid_ids(tmp_path):
    result = run_cli("new", tmp_path / "out", "--expert", "graphql")

    assert result.code == 2
    assert "unknown expert 'graphql'; valid experts: " in result.err
    assert not (tmp_path / "out").exists()


def test_missing_answers_file_is_one_line(tmp_path):
    result = run_cli("new", tmp_path / "out", "--answers", tmp_path / "nope.yml")

    assert result.code == 2
    assert "cannot read answers file" in result.err


def test_non_empty_destination_is_refused_and_untouched(tmp_path):
    destination = tmp_path / "existing"
    destination.mkdir()
    write(destination / "notes.txt", "mine")

    result = run_cli("new", destination, "--defaults", "--ref", "HEAD")

    assert result.code == 2
    assert "is not empty; use --force" in result.err
    assert [p.name for p in destination.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("a-file/project", "is not a directory"),  # the folder it would be created in is a file
        ("a-file", "exists and is not a directory"),
        ("x" * 300, "File name too long"),
        ("bad\0name", "contains NUL"),
    ],
)
def test_an_unwritable_destination_is_one_line_and_nothing_is_written(tmp_path, where, message):
    write(tmp_path / "a-file", "mine")
    before = sorted(p.name for p in tmp_path.iterdir())

    result = run_cli("new", f"{tmp_path}/{where}", "--defaults", "--ref", "HEAD")

    assert result.code == 2, result.err
    assert result.err.startswith("nestgen: error: ") and result.err.count("\n") == 1
    assert message in result.err
    assert "\0" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "a-file").read_text() == "mine"


def test_a_failed_move_into_place_removes_what_it_created(tmp_path, monkeypatch):
    import shutil

    def fail_midway(source, destination):
        Path(destination).mkdir(parents=True)
        (Path(destination) / "half.txt").write_text("partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "move", fail_midway)
    destination = tmp_path / "new" / "deeper" / "project"

    result = run_cli("new", destination, "--defaults", "--ref", "HEAD")

    assert result.code == 2, result.err
    assert "No space left on device" in result.err
    assert not (tmp_path / "new").exists()


def test_force_writes_into_a_non_empty_destination_and_keeps_other_files(tmp_path):
    destination = tmp_path / "existing"
    destination.mkdir()
    write(destination / "notes.txt", "mine")

    result = run_cli("new", destination, "--defaults", "--force", "--ref", "HEAD")

    assert result.code == 0, result.err
    assert (destination / "notes.txt").read_text() == "mine"
    assert (destination / "src" / "main.ts").is_file()


def test_folder_name_that_is_not_an_npm_name_needs_project_name(tmp_path):
    result = run_cli("new", tmp_path / "My API", "--defaults", "--ref", "HEAD")

    assert result.code == 2
    assert "give project_name" in result.err
    assert not (tmp_path / "My API").exists()


def test_project_name_in_the_answers_file_wins_over_the_folder_name(tmp_path):
    answers = write(tmp_path / "answers.yml", "project_name: my-api\n")

    result = run_cli("new", tmp_path / "MyApi", "--answers", answers, "--ref", "HEAD")

    assert result.code == 0, result.err
    assert '"name": "my-api"' in (tmp_path / "MyApi" / "package.json").read_text()


def test_copier_failure_is_one_line_and_writes_nothing(tmp_path):
    result = run_cli("new", tmp_path / "out", "--defaults", "--ref", "no-such-ref")

    assert result.code == 2
    assert result.err.startswith("nestgen: error: copier: ")
    assert result.err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_wizard_without_a_terminal_says_how_to_answer(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)

    result = run_cli("new", tmp_path / "out")

    assert result.code == 2
    assert "--answers FILE" in result.err


def test_usage_errors_are_one_line_exit_2():
    result = run_cli("new")

    assert result.code == 2
    assert result.err.startswith("nestgen: error: ")
    assert "Traceback" not in result.err


@pytest.mark.node
def test_verify_installs_and_runs_every_check(tmp_path):
    destination = tmp_path / "verified-api"

    result = run_cli("new", destination, "--defaults", "--verify", "--ref", "HEAD")

    assert result.code == 0, result.err
    for step in ("install", "typecheck", "lint", "format", "build", "unit tests", "e2e tests"):
        assert f"PASS  {step}" in result.err
    assert "All 7 checks passed." in result.err
    assert (destination / "node_modules").is_dir()
    # The lock file the install wrote is committed, and installs as it is.
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", "package-lock.json"], cwd=destination, check=False
    )
    assert tracked.returncode == 0
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=destination, capture_output=True, text=True
    )
    assert status.stdout == ""
    reinstalled = npm(destination, "ci", "--no-audit", "--no-fund", "--prefer-offline")
    assert reinstalled.returncode == 0, reinstalled.stderr[-2000:]


def test_ref_may_name_a_release_version(tmp_path):
    from generator.releases import TemplateRepo
    from generator.template import template_source

    release = TemplateRepo(template_source()).newest
    destination = tmp_path / "released-api"

    result = run_cli("new", destination, "--defaults", "--ref", release.version)

    assert result.code == 0, result.err
    answers = (destination / ".copier-answers.yml").read_text()
    assert f"_commit: {release.commit[:7]}" in answers


def test_answers_for_an_expert_left_out_are_named_as_ignored(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text(
        "project_name: ign-api\nexperts: [redis-cache]\n"
        "queues:\n  - name: email\n    jobs: [send]\ncache_default_ttl: 60\n",
        encoding="utf-8",
    )

    result = run_cli("new", tmp_path / "ign-api", "--answers", answers, "--ref", "HEAD")

    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if line.startswith("nestgen: warning:")]
    assert warnings == [
        f"nestgen: warning: {answers}:3:1: queues: ignored, bullmq-queue is not in the composition"
    ]
