"""The composition model from the outside: a new expert is its folder, one catalog entry and
`nestgen index`; files exist under the conditions their blueprint declares; two blueprints
writing one path stop the render.

These tests work on a copy of the template (a fresh git repository in tmp_path) and run the
copy's own `nestgen` in a subprocess, as a contributor adding an expert would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import catalog
from tests.helpers import REPO_ROOT

IGNORED = shutil.ignore_patterns(".git", ".venv", "snapshots", "node_modules", "__pycache__")

HELLO_BLUEPRINT = """\
# A tiny expert for tests: one service, one spec beside typeorm and suites-testing, one file
# chosen by an answer.
id: hello

files:
  - with: [typeorm, suites-testing]
    paths: [src/hello/hello-entities.spec.ts]
  - without: [redis-cache]
    paths: [src/hello/hello-memory.ts]
  - when: {{ hello_loud }}
    paths: [src/hello/loud.ts]

dependencies:
  - rxjs

app_module:
  imports:
    - from: ./hello/hello.module
      names: [HelloModule]
  modules:
    - HelloModule

readme: |
  **hello**: a greeting service.
"""

HELLO_QUESTIONS = """\
hello_loud:
  type: bool
  default: false
  help: Shout the greeting
  when: "{{ 'hello' in experts }}"
"""

HELLO_FILES = {
    "src/hello/hello.module.ts.jinja": "export class HelloModule {}\n",
    "src/hello/hello-entities.spec.ts.jinja": "// typeorm and suites-testing\n",
    "src/hello/hello-memory.ts.jinja": "// no redis\n",
    "src/hello/loud.ts.jinja": "// loud\n",
}


def git(cwd: Path, *args: str) -> None:
    identity = ["-c", "user.name=tests", "-c", "user.email=tests@localhost"]
    subprocess.run(["git", *identity, *args], cwd=cwd, check=True, capture_output=True)


def nestgen(template: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The template copy's own nestgen (its generator/ first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(template)}
    env.pop("NESTGEN_TEMPLATE", None)
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *map(str, args)],
        cwd=template,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def template(tmp_path: Path) -> Path:
    copy = tmp_path / "template"
    shutil.copytree(REPO_ROOT, copy, ignore=IGNORED)
    git(copy, "init", "--quiet")
    return copy


def commit(template: Path) -> None:
    git(template, "add", "-A")
    git(template, "commit", "--quiet", "-m", "template under test")


def add_hello_expert(template: Path) -> None:
    folder = template / "blueprints" / "hello"
    for relative, text in HELLO_FILES.items():
        path = folder / "files" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (folder / "blueprint.yml").write_text(HELLO_BLUEPRINT)
    (folder / "questions.yml").write_text(HELLO_QUESTIONS)
    catalog_file = template / "blueprints" / "catalog.yml"
    entry = "  - id: hello\n    summary: Hello — a greeting service for tests\n"
    text = catalog_file.read_text()
    marker = "  - id: suites-testing\n"
    catalog_file.write_text(text.replace(marker, entry + marker))


def generate(template: Path, destination: Path, *experts: str, **answers: object) -> None:
    answers_file = destination.parent / f"{destination.name}.yml"
    data = {"project_name": "hello-api", "experts": list(experts), **answers}
    answers_file.write_text(json.dumps(data))
    result = nestgen(template, "new", destination, "--answers", answers_file, "--ref", "HEAD")
    assert result.returncode == 0, result.stderr


def test_a_new_expert_is_its_folder_a_catalog_entry_and_nestgen_index(template, tmp_path):
    add_hello_expert(template)

    stale = nestgen(template, "index", "--check")
    assert stale.returncode == 1
    assert "blueprints/index.yml" in stale.stderr
    assert nestgen(template, "index").returncode == 0
    commit(template)

    listed = nestgen(template, "experts")
    assert "hello Hello — a greeting service for tests" in " ".join(listed.stdout.split())
    project = tmp_path / "hello-api"
    generate(template, project, "hello")

    assert (project / "src/hello/hello.module.ts").read_text() == "export class HelloModule {}\n"
    app_module = (project / "src/app.module.ts").read_text()
    assert "import { HelloModule } from './hello/hello.module';" in app_module
    assert "    HelloModule,\n" in app_module
    assert "hello_loud: false" in (project / ".copier-answers.yml").read_text()


def test_declared_conditions_choose_the_files(template, tmp_path):
    add_hello_expert(template)
    assert nestgen(template, "index").returncode == 0
    commit(template)

    alone, beside, loud = tmp_path / "alone", tmp_path / "beside", tmp_path / "loud"
    generate(template, alone, "hello")
    generate(template, beside, "hello", "typeorm", "suites-testing", "redis-cache")
    generate(template, loud, "hello", "typeorm", hello_loud=True)

    def written(project: Path) -> set[str]:
        return {path.name for path in (project / "src" / "hello").iterdir()}

    assert written(alone) == {"hello.module.ts", "hello-memory.ts"}
    assert written(beside) == {"hello.module.ts", "hello-entities.spec.ts"}
    assert written(loud) == {"hello.module.ts", "hello-memory.ts", "loud.ts"}


def give_redis_cache_a_file(template: Path, destination: str) -> None:
    """A template bug planted in the copy: redis-cache writes `destination` too."""
    clash = template / "blueprints" / "redis-cache" / "files" / f"{destination}.jinja"
    clash.write_text("// clash\n")
    assert nestgen(template, "index").returncode == 0
    commit(template)


@pytest.mark.parametrize(
    ("destination", "owner"),
    [("src/app.setup.ts", "nestjs-fastify"), ("package.json", "project/")],
    ids=["another-blueprint", "a-shared-file"],
)
def test_two_blueprints_writing_one_path_stop_the_render_naming_both(
    template, tmp_path, destination, owner
):
    give_redis_cache_a_file(template, destination)
    project = tmp_path / "clash"

    result = nestgen(template, "new", project, "--expert", "redis-cache", "--ref", "HEAD")

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "internal error" in result.stderr
    assert f"{owner} and redis-cache both write {destination}" in result.stderr
    assert not project.exists()


def test_debug_shows_the_traceback_of_an_internal_error(template, tmp_path):
    give_redis_cache_a_file(template, "src/main.ts")

    result = nestgen(
        template, "new", tmp_path / "out", "--expert", "redis-cache", "--ref", "HEAD", "--debug"
    )

    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("nestgen: error: internal error")


def test_rules_that_match_nothing_or_name_unknown_experts_are_caught():
    data = {
        "id": "redis-cache",
        "readme": "Redis.",
        "files": [
            {"with": ["typeorm"], "paths": ["src/redis/redis-entity-cache.ts"]},
            {"with": ["graphql"], "paths": ["src/redis/nothing-here.ts"]},
            {"paths": ["src/redis/cache.service.ts"], "unless": ["x"]},
        ],
    }

    assert catalog.blueprint_problems("redis-cache", data) == [
        "redis-cache: files[1]: with: no expert 'graphql' in the catalog",
        "redis-cache: files[1]: 'src/redis/nothing-here.ts' matches no file of this blueprint",
        "redis-cache: files[2]: unknown key 'unless'",
    ]


def test_no_blueprint_keeps_with_or_without_folders():
    leftovers = [
        path.relative_to(REPO_ROOT).as_posix()
        for path in (REPO_ROOT / "blueprints").glob("*/with*")
        if path.is_dir()
    ]

    assert leftovers == []


def test_requirements_are_transitive_and_named():
    added = catalog.feature_requirements([], {"auth": "jwt"})

    assert added == {"typeorm": "auth"}
