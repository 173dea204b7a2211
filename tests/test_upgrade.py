"""`nestgen upgrade` / `nestgen check`, plain `copier update`, the JSON merge and the releases.

Fast tests build a tiny template repository in tmp_path (two commits = two releases). The
slower ones render the real template from a frozen clone of this working tree: every commit
a project records must exist in the template repository for copier to replay its old render,
and a render of a dirty HEAD records a commit that exists only in copier's temporary clone.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import copier
import pytest
import yaml

from generator import json3way
from generator.answers import load_file, validate
from generator.project import initial_commit
from generator.releases import Release, ReleaseError, TemplateRepo, parse_releases
from generator.snapshots import SCENARIOS, SNAPSHOTS, diff_trees, normalise, scenarios
from generator.upgrade import render_copy
from tests.helpers import NOT_RENDERED, REPO_ROOT, link_node_modules, npm, run_cli, tree_files
from tests.test_generated_projects import ci_checks

MARKER = re.compile(rb"^(<<<<<<<|>>>>>>>) ", re.MULTILINE)
IDENTITY = ["-c", "user.name=nestgen-tests", "-c", "user.email=tests@localhost"]


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *IDENTITY, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit_all(project: Path, message: str = "user edits") -> None:
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "--no-verify", "-m", message)


def recorded(project: Path) -> dict:
    return yaml.safe_load((project / ".copier-answers.yml").read_text())


def conflict_markers(project: Path) -> list[str]:
    return [name for name, data in tree_files(project).items() if MARKER.search(data)]


# --- the JSON merge -------------------------------------------------------------------------


def test_json_merge_keeps_both_sides_additions_and_sorts_dependencies():
    base = {
        "scripts": {"start": "node main.js", "build": "tsc"},
        "dependencies": {"a": "1", "c": "1"},
    }
    ours = {
        "scripts": {"start": "node main.js", "build": "tsc", "seed": "node seed.js"},
        "dependencies": {"a": "1", "b": "2", "c": "1"},
    }
    theirs = {
        "scripts": {"start": "node main.js", "build": "nest build", "lint": "eslint ."},
        "dependencies": {"a": "1", "b2": "1", "c": "2"},
    }

    merged = json3way.merge(base, ours, theirs)

    assert merged["dependencies"] == {"a": "1", "b": "2", "b2": "1", "c": "2"}
    assert list(merged["dependencies"]) == ["a", "b", "b2", "c"]
    assert merged["scripts"] == {
        "start": "node main.js",
        "build": "nest build",
        "seed": "node seed.js",
        "lint": "eslint .",
    }
    assert list(merged["scripts"]) == ["start", "build", "seed", "lint"]


def test_json_merge_applies_removals_from_either_side():
    base = {"dependencies": {"a": "1", "redis": "5", "mine": "1"}}
    ours = {"dependencies": {"a": "1", "redis": "5"}}  # the user dropped "mine"
    theirs = {"dependencies": {"a": "1", "mine": "1"}}  # the template dropped "redis"

    assert json3way.merge(base, ours, theirs) == {"dependencies": {"a": "1"}}


def test_json_merge_places_user_keys_after_the_key_they_followed():
    base = {"compilerOptions": {"strict": True, "target": "ES2022"}}
    ours = {"compilerOptions": {"strict": True, "paths": {"@/*": ["src/*"]}, "target": "ES2022"}}
    theirs = {"compilerOptions": {"strict": True, "target": "ES2023", "sourceMap": True}}

    merged = json3way.merge(base, ours, theirs)["compilerOptions"]

    assert list(merged) == ["strict", "paths", "target", "sourceMap"]
    assert merged["target"] == "ES2023"


def test_json_merge_treats_lists_of_names_as_sets():
    merged = json3way.merge(
        {"include": ["src", "test"]}, {"include": ["src", "test", "scripts"]}, {"include": ["src"]}
    )

    assert merged == {"include": ["src", "scripts"]}


def test_json_merge_reports_a_value_changed_differently_on_both_sides():
    with pytest.raises(json3way.JsonConflict) as caught:
        json3way.merge({"v": {"node": "20"}}, {"v": {"node": "22"}}, {"v": {"node": "24"}})

    assert caught.value.path == ("v", "node")


@pytest.mark.parametrize(
    "name",
    sorted({p.relative_to(REPO_ROOT).as_posix() for p in REPO_ROOT.glob("snapshots/*/**/*.json")}),
)
def test_merged_json_is_laid_out_exactly_like_the_template_writes_it(name):
    text = (REPO_ROOT / name).read_text(encoding="utf-8")

    assert json3way.dumps(json.loads(text), json3way.detect_layout(text)) == text
    assert json3way.merge_texts(text, text, text) == text


# --- the release list -----------------------------------------------------------------------


def test_every_release_is_a_commit_of_this_repository_oldest_first():
    repo = TemplateRepo(str(REPO_ROOT))
    releases = repo.releases

    assert releases, "releases.yml lists no release"
    assert len({r.version for r in releases}) == len(releases)
    for release in releases:
        assert (
            repo.resolve(release.commit) == release.commit
        ), f"{release.label}: commit not in this clone (a shallow clone? fetch full history)"
    for older, newer in zip(releases, releases[1:], strict=False):
        assert repo.is_ancestor(older.commit, newer.commit), f"{newer.version} is not newest-last"


def test_a_version_resolves_to_its_commit_and_back():
    repo = TemplateRepo(str(REPO_ROOT))
    newest = repo.releases[-1]

    assert repo.resolve(newest.version) == newest.commit
    assert repo.resolve(newest.commit[:7]) == newest.commit
    assert repo.label(newest.commit) == f"{newest.version} ({newest.commit[:7]})"


@pytest.mark.parametrize(
    ("text", "problem"),
    [("1.0: " + "a" * 40, "quote the version"), ("0.2.0: abc1234", "full 40-character")],
)
def test_malformed_release_lists_are_named(text, problem):
    with pytest.raises(ReleaseError, match=problem):
        parse_releases(text, "releases.yml")


# --- a tiny template: fast upgrades ---------------------------------------------------------

TINY_V1 = {
    "copier.yml": "_subdirectory: project\nname:\n  type: str\n  default: demo\n",
    "project/{{ _copier_conf.answers_file }}.jinja": (
        "# Changes here will be overwritten by Copier\n{{ _copier_answers|to_nice_yaml -}}\n"
    ),
    "project/README.md.jinja": "# {{ name }}\n\nGenerated by the tiny template.\n\nUsage.\n",
    "project/package.json.jinja": json.dumps(
        {
            "name": "{{ name }}",
            "scripts": {"build": "tsc"},
            "dependencies": {"a": "1.0.0", "c": "1.0.0"},
        },
        indent=2,
    )
    + "\n",
    "project/src/main.ts": "export const main = 1;\n",
    "project/src/legacy.ts": "export const legacy = 1;\n",
    "project/src/old.ts": "export const old = 1;\n",
}


class TinyTemplate:
    """A git repository holding a copier template; each commit is a release."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.releases: dict[str, str] = {}
        root.mkdir()
        git(root, "init", "--quiet", "--initial-branch=main")

    def release(self, version: str, files: dict[str, str | None]) -> str:
        for name, text in files.items():
            path = self.root / name
            if text is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        git(self.root, "add", "-A", "--", "copier.yml", "project")
        git(self.root, "commit", "--quiet", "-m", version)
        self.releases[version] = git(self.root, "rev-parse", "HEAD").strip()
        listed = "".join(f"{v}: {sha}\n" for v, sha in self.releases.items())
        (self.root / "releases.yml").write_text(listed, encoding="utf-8")
        return self.releases[version]

    def generate(self, destination: Path, version: str) -> Path:
        copier.run_copy(
            str(self.root),
            str(destination),
            defaults=True,
            vcs_ref=self.releases[version],
            quiet=True,
        )
        assert initial_commit(destination)
        return destination


@pytest.fixture
def tiny(tmp_path) -> TinyTemplate:
    template = TinyTemplate(tmp_path / "tpl")
    template.release("1.0.0", TINY_V1)
    return template


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_user_dependency(project: Path) -> None:
    manifest = json.loads((project / "package.json").read_text())
    manifest["scripts"]["seed"] = "node seed.js"
    manifest["dependencies"] = dict(sorted({**manifest["dependencies"], "b": "2.0.0"}.items()))
    (project / "package.json").write_text(json.dumps(manifest, indent=2) + "\n")


def test_upgrade_merges_package_json_per_key_where_copier_conflicts(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    add_user_dependency(project)
    commit_all(project)
    new_package = TINY_V1["project/package.json.jinja"].replace(
        '"c": "1.0.0"', '"b2": "1.0.0",\n    "c": "2.0.0"'
    )
    tiny.release("1.1.0", {"project/package.json.jinja": new_package})

    result = run_cli("upgrade", project)

    assert result.code == 0, result.err
    assert "from 1.0.0" in result.out and "to 1.1.0" in result.out
    assert "Merged per key (JSON): package.json" in result.out
    manifest = json.loads((project / "package.json").read_text())
    assert manifest["dependencies"] == {"a": "1.0.0", "b": "2.0.0", "b2": "1.0.0", "c": "2.0.0"}
    assert manifest["scripts"] == {"build": "tsc", "seed": "node seed.js"}
    assert conflict_markers(project) == []
    assert git(project, "diff", "--name-only", "--diff-filter=U") == ""


def test_the_lock_file_is_the_users_and_a_changed_package_json_asks_for_npm_install(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    lock = '{"name": "demo", "lockfileVersion": 3, "packages": {}}\n'
    (project / "package-lock.json").write_text(lock)
    commit_all(project, "npm install")
    tiny.release(
        "1.1.0",
        {
            "project/package.json.jinja": TINY_V1["project/package.json.jinja"].replace(
                '"c": "1.0.0"', '"c": "2.0.0"'
            ),
            "project/package-lock.json": '{"written": "by the template"}\n',
        },
    )

    result = run_cli("upgrade", project)

    assert result.code == 0, result.err
    assert (project / "package-lock.json").read_text() == lock
    assert "package.json changed: run `npm install`" in result.out


def test_an_upgrade_that_leaves_package_json_alone_asks_for_no_install(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    tiny.release("1.1.0", {"project/src/main.ts": "export const main = 2;\n"})

    result = run_cli("upgrade", project)

    assert result.code == 0, result.err
    assert "M src/main.ts" in result.out
    assert "npm install" not in result.out


def test_a_same_line_edit_conflicts_inline_and_is_listed_and_nothing_else_changes(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    edit(project / "README.md", "Generated by the tiny template.", "Our shop backend.")
    commit_all(project)
    before = tree_files(project)
    readme = TINY_V1["project/README.md.jinja"].replace("Generated by", "Made with")
    tiny.release("1.1.0", {"project/README.md.jinja": readme})

    result = run_cli("upgrade", project)

    assert result.code == 1
    assert "1 file(s) conflict" in result.out
    assert "README.md  see: git diff -- README.md" in result.out
    text = (project / "README.md").read_text()
    assert "<<<<<<< before updating\nOur shop backend.\n=======\nMade with" in text
    assert git(project, "diff", "--name-only", "--diff-filter=U").split() == ["README.md"]
    after = tree_files(project)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed == {"README.md", ".copier-answers.yml"}


def test_a_dirty_project_is_refused_naming_the_files(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    (project / "notes.txt").write_text("draft\n")
    edit(project / "src" / "main.ts", "1", "2")
    tiny.release("1.1.0", {"project/src/main.ts": "export const main = 3;\n"})
    before = tree_files(project)

    result = run_cli("upgrade", project)

    assert result.code == 2
    assert result.err.startswith("nestgen: error: the project has uncommitted changes")
    assert "notes.txt" in result.err and "src/main.ts" in result.err
    assert tree_files(project) == before


def test_a_file_the_user_edited_is_kept_when_the_new_version_drops_it(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    (project / "src" / "legacy.ts").write_text("export const legacy = 'mine';\n")
    commit_all(project)
    tiny.release("2.0.0", {"project/src/legacy.ts": None, "project/src/old.ts": None})

    result = run_cli("upgrade", project)

    assert result.code == 0, result.err
    assert (project / "src" / "legacy.ts").read_text() == "export const legacy = 'mine';\n"
    assert not (project / "src" / "old.ts").exists()
    assert "Kept src/legacy.ts" in result.out
    assert "src/legacy.ts" not in git(project, "status", "--porcelain")


def test_a_failure_halfway_leaves_the_project_exactly_as_before(tiny, tmp_path, monkeypatch):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    tiny.release(
        "2.0.0",
        {"project/src/main.ts": "export const main = 2;\n", "project/src/new.ts": "x\n"},
    )
    before = tree_files(project)

    def crash(*args, **kwargs):  # copier has rendered and merged by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(copier._main, "_remove_old_files", crash)
    result = run_cli("upgrade", project)

    assert result.code == 2
    assert "upgrade failed: disk full; the project is unchanged" in result.err
    assert "git reset --hard && git clean -fd" in result.err
    assert tree_files(project) == before
    assert git(project, "status", "--porcelain", "--untracked-files=all") == ""


def test_check_names_the_newer_release_and_the_files_it_changes(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")
    (project / "src" / "legacy.ts").write_text("export const legacy = 'mine';\n")
    commit_all(project)
    tiny.release(
        "2.0.0", {"project/src/main.ts": "export const main = 2;\n", "project/src/legacy.ts": None}
    )

    result = run_cli("check", project)

    assert result.code == 0, result.err
    assert f"This project:   nestgen 1.0.0 ({tiny.releases['1.0.0'][:7]})" in result.out
    assert "A newer nestgen is available." in result.out
    assert "  changed  src/main.ts\n" in result.out
    assert "  removed  src/legacy.ts  (you changed it too" in result.out
    assert git(project, "status", "--porcelain") == ""


def test_up_to_date_unknown_versions_and_downgrades(tiny, tmp_path):
    tiny.release("1.1.0", {"project/src/main.ts": "export const main = 2;\n"})
    project = tiny.generate(tmp_path / "app", "1.1.0")

    assert "nothing to do" in run_cli("upgrade", project).out
    assert "Up to date" in run_cli("check", project).out
    unknown = run_cli("upgrade", project, "--to", "9.9.9")
    assert unknown.code == 2
    assert "unknown version '9.9.9'; releases: 1.0.0, 1.1.0" in unknown.err
    downgrade = run_cli("upgrade", project, "--to", "1.0.0")
    assert downgrade.code == 2
    assert "downgrades are not supported" in downgrade.err


def test_add_and_remove_reject_bad_expert_ids_in_one_line(tiny, tmp_path):
    project = tiny.generate(tmp_path / "app", "1.0.0")

    unknown = run_cli("upgrade", project, "--add", "graphql")
    absent = run_cli("upgrade", project, "--remove", "suites-testing")

    assert unknown.code == absent.code == 2
    assert unknown.err.startswith("nestgen: error: unknown expert 'graphql'; valid experts:")
    assert "is not in this project" in absent.err
    assert len(unknown.err.splitlines()) == len(absent.err.splitlines()) == 1


def test_a_project_without_answers_file_is_not_upgradable(tmp_path):
    result = run_cli("upgrade", tmp_path)

    assert result.code == 2
    assert "has no .copier-answers.yml" in result.err


# --- the real template, frozen from this working tree ---------------------------------------


@pytest.fixture
def template(frozen_template) -> TemplateRepo:
    """The frozen clone every test renders from (tests/conftest.py), as a release list."""
    return TemplateRepo(str(frozen_template))


def scenario_answers(scenario: Path) -> dict:
    data = validate(load_file(scenario))
    data.setdefault("project_name", scenario.stem)
    return data


def previous_release(template: TemplateRepo, experts: list[str]) -> tuple[Release, list[str]]:
    """The newest release before the working tree offering a scenario's experts, and those
    experts; else the newest release and the experts it offers (the rest come with the upgrade).
    """

    def same_as_the_working_tree(commit: str) -> bool:
        # The frozen HEAD leaves out what copier never renders (snapshots/).
        excluded = [f":(exclude){path}" for path in NOT_RENDERED]
        diff = ["git", "diff", "--quiet", commit, "HEAD", "--", ".", *excluded]
        return subprocess.run(diff, cwd=template.source).returncode == 0

    # A release identical to the working tree is not "previous".
    candidates = [r for r in reversed(template.releases) if not same_as_the_working_tree(r.commit)]
    if not candidates:
        pytest.skip("releases.yml records no release before the working tree")
    for release in candidates:
        if set(experts) <= template.offered_experts(release.commit):
            return release, experts
    offered = template.offered_experts(candidates[0].commit)
    return candidates[0], [expert for expert in experts if expert in offered]


def generate_at(template: TemplateRepo, release: Release, answers: dict, destination: Path) -> Path:
    render_copy(template.source, release.commit, answers, destination)
    assert initial_commit(destination)
    return destination


# A fresh render of the working tree equals snapshots/ (test_snapshots.py checks that), so an
# upgraded project is compared with the snapshot instead of rendering the scenario once more.
STALE_HINT = "differs from snapshots/ (`nestgen snapshots --check` says whether they are stale)"


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda path: path.stem)
def test_upgrading_from_the_previous_release_equals_a_fresh_generation(
    scenario, template, tmp_path
):
    answers = scenario_answers(scenario)
    release, offered = previous_release(template, answers.get("experts", []))
    old_answers = {**answers, "experts": offered}
    project = generate_at(template, release, old_answers, tmp_path / "old" / scenario.stem)
    layout = answers.get("layout", "single")
    if recorded(project).get("layout", "single") != layout:
        # The layout is decided at creation (an upgrade refuses to change it).
        pytest.skip(f"{release.label} cannot create a {layout!r} project")
    # Experts and questions the previous release did not have yet come with the upgrade.
    new_answers = {k: v for k, v in answers.items() if recorded(project).get(k) != v}
    extra = tmp_path / "new-answers.yml"
    extra.write_text(yaml.safe_dump(new_answers))
    options = ["--answers", extra] if new_answers else []

    result = run_cli("upgrade", project, "--to", "HEAD", *options)

    assert result.code == 0, result.out + result.err
    assert conflict_markers(project) == []
    normalise(project)
    assert list(diff_trees(SNAPSHOTS / scenario.stem, project)) == [], STALE_HINT


USER_ROUTE = """
  @Get('version')
  version(): { version: string } {
    return { version: '1.2.3' };
  }
}
"""
USER_MODULE = """import { Module } from '@nestjs/common';

@Module({})
export class UsersModule {}
"""
USER_ENV = """

  /** Whether the users module serves requests */
  @IsString()
  USERS_MODE: string = 'on';"""
IMPORTS_FENCE = "// nestgen:imports — generated above; add your imports below this line\n"
MODULES_FENCE = "// nestgen:modules — generated above; add your modules below this line\n"


def apply_user_edits(project: Path) -> None:
    """What a user typically does to a generated project, all committed."""
    controller = project / "src" / "health" / "health.controller.ts"
    text = controller.read_text()
    controller.write_text(text[: text.rstrip().rindex("}")] + USER_ROUTE)
    (project / "src" / "users").mkdir()
    (project / "src" / "users" / "users.module.ts").write_text(USER_MODULE)
    module = project / "src" / "app.module.ts"
    users_import = "import { UsersModule } from './users/users.module';\n"
    edit(module, IMPORTS_FENCE, IMPORTS_FENCE + users_import)
    edit(module, MODULES_FENCE, MODULES_FENCE + "    UsersModule,\n")
    manifest = json.loads((project / "package.json").read_text())
    manifest["scripts"]["seed"] = "node dist/seed.js"
    dependencies = {**manifest["dependencies"], "lodash": "4.17.21"}
    manifest["dependencies"] = dict(sorted(dependencies.items()))
    (project / "package.json").write_text(json.dumps(manifest, indent=2) + "\n")
    with (project / ".env.example").open("a") as env:
        env.write("\n# Whether the users module serves requests\nUSERS_MODE=on\n")
    validation = project / "src" / "config" / "env.validation.ts"
    text = validation.read_text()
    end = text.index("\n}\n", text.index("export class EnvironmentVariables"))
    validation.write_text(text[:end] + USER_ENV + text[end:])
    commit_all(project)


def assert_user_edits_survived(project: Path) -> None:
    assert conflict_markers(project) == []
    assert git(project, "diff", "--name-only", "--diff-filter=U") == ""
    assert "@Get('version')" in (project / "src" / "health" / "health.controller.ts").read_text()
    assert (project / "src" / "users" / "users.module.ts").read_text() == USER_MODULE
    module = (project / "src" / "app.module.ts").read_text()
    assert "import { UsersModule } from './users/users.module';" in module
    assert "    UsersModule,\n" in module
    manifest = json.loads((project / "package.json").read_text())
    assert manifest["dependencies"]["lodash"] == "4.17.21"
    assert manifest["scripts"]["seed"] == "node dist/seed.js"
    assert list(manifest["dependencies"]) == sorted(manifest["dependencies"])
    assert "USERS_MODE=on" in (project / ".env.example").read_text()
    assert (
        "USERS_MODE: string = 'on';"
        in (project / "src" / "config" / "env.validation.ts").read_text()
    )


def test_user_edits_survive_an_upgrade_an_add_and_a_remove(template, tmp_path):
    answers = scenario_answers(SCENARIOS / "base.yml")
    release, _ = previous_release(template, [])
    project = generate_at(template, release, answers, tmp_path / "base-api")
    apply_user_edits(project)

    steps = [("--to", "HEAD"), ("--add", "suites-testing"), ("--remove", "suites-testing")]
    for step in steps:
        result = run_cli("upgrade", project, *step)
        assert result.code == 0, f"{step}: {result.out}{result.err}"
        assert "file(s) conflict" not in result.out
        assert_user_edits_survived(project)
        commit_all(project, f"upgrade {' '.join(step)}")
        if step[0] == "--add":
            assert recorded(project)["experts"] == ["suites-testing"]
            assert (project / "test" / "suites.d.ts").is_file()

    assert recorded(project)["experts"] == []
    assert not (project / "test" / "suites.d.ts").exists()
    normalise(project)
    user_touched = {
        "src/health/health.controller.ts",
        "src/users/users.module.ts",
        "src/app.module.ts",
        "package.json",
        ".env.example",
        "src/config/env.validation.ts",
    }
    mine, generated = tree_files(project), tree_files(SNAPSHOTS / "base")
    assert {k for k in mine.keys() | generated.keys() if mine.get(k) != generated.get(k)} == (
        user_touched
    )


def test_plain_copier_update_keeps_the_edits_too(template, tmp_path):
    answers = scenario_answers(SCENARIOS / "base.yml")
    release, _ = previous_release(template, [])
    project = generate_at(template, release, answers, tmp_path / "api")
    apply_user_edits(project)

    done = subprocess.run(
        [sys.executable, "-m", "copier", "update", "--defaults"],
        cwd=project,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stderr
    assert recorded(project)["_commit"] == template.resolve("HEAD")[:7]
    unmerged = git(project, "diff", "--name-only", "--diff-filter=U").split()
    # Without nestgen's JSON merge, package.json may conflict; every other edit merges.
    assert set(unmerged) <= {"package.json"}
    assert [name for name in conflict_markers(project) if name != "package.json"] == []
    assert "@Get('version')" in (project / "src" / "health" / "health.controller.ts").read_text()
    assert "    UsersModule,\n" in (project / "src" / "app.module.ts").read_text()
    assert (project / "src" / "users" / "users.module.ts").read_text() == USER_MODULE


@pytest.mark.node
def test_the_project_passes_its_checks_after_adding_an_expert(template, tmp_path):
    project = tmp_path / "base-api"
    created = run_cli("new", project, "--answers", SCENARIOS / "base.yml", "--ref", "HEAD")
    assert created.code == 0, created.err

    added = run_cli("upgrade", project, "--add", "suites-testing")

    assert added.code == 0, added.out + added.err
    assert recorded(project)["experts"] == ["suites-testing"]
    link_node_modules(project)
    for script in ci_checks(project):
        completed = npm(project, "run", script)
        output = (completed.stdout + completed.stderr)[-4000:]
        assert completed.returncode == 0, f"npm run {script} failed:\n{output}"


ANNOTATED_ANSWERS = """\
# Changes here will be overwritten by Copier; use `nestgen upgrade` or `copier update`.
_commit: 0d614a2
_src_path: /somewhere/nestgen
# Ours: keep the name, it is in the deploy scripts.
project_name: base-api
description: A NestJS backend on Fastify
auth: none
experts: []
http_port: 8080  # the port ops gave us
layout: single
request: ''
cache:
  default_ttl: 600  # ten minutes
"""
COPIER_REWRITE = """\
# Changes here will be overwritten by Copier; use `nestgen upgrade` or `copier update`.
_commit: 1234567
_src_path: /somewhere/nestgen
auth: none
coverage_threshold: 80
description: A NestJS backend on Fastify
experts:
- suites-testing
http_port: 8080
layout: single
project_name: base-api
request: ''
"""


def test_the_answers_file_keeps_the_users_comments_and_order_with_copiers_values():
    from generator.upgrade import keep_answers_layout

    merged = keep_answers_layout(ANNOTATED_ANSWERS, COPIER_REWRITE)

    assert yaml.safe_load(merged) == yaml.safe_load(COPIER_REWRITE)
    assert "# Ours: keep the name, it is in the deploy scripts.\nproject_name: base-api\n" in merged
    assert "http_port: 8080  # the port ops gave us\n" in merged
    keys = [line.split(":")[0] for line in merged.splitlines() if re.match(r"^\w", line)]
    # The user's order; the removed answer (cache) is gone, the new one (coverage) follows the
    # key copier wrote before it.
    assert keys == [
        "_commit", "_src_path", "project_name", "description", "auth", "coverage_threshold",
        "experts", "http_port", "layout", "request",
    ]  # fmt: skip
    assert "ten minutes" not in merged


def test_an_answers_file_in_copiers_order_stays_exactly_as_copier_writes_it():
    from generator.upgrade import keep_answers_layout

    assert keep_answers_layout(COPIER_REWRITE, COPIER_REWRITE) == COPIER_REWRITE
    before = COPIER_REWRITE.replace("coverage_threshold: 80\n", "")
    assert keep_answers_layout(before, COPIER_REWRITE) == COPIER_REWRITE


def test_an_answer_written_as_an_alias_takes_copiers_value():
    from generator.upgrade import keep_answers_layout

    before = "# mine\nhttp_port: &port 3000\nother_port: *port\n"

    merged = keep_answers_layout(before, "http_port: 3000\nother_port: 3000\n")

    assert merged == "# mine\nhttp_port: &port 3000\nother_port: 3000\n"


def test_upgrade_add_and_remove_keep_the_answers_file_comments_and_order(tmp_path):
    project = tmp_path / "base-api"
    assert run_cli("new", project, "--answers", SCENARIOS / "base.yml", "--ref", "HEAD").code == 0
    answers_file = project / ".copier-answers.yml"
    text = answers_file.read_text(encoding="utf-8")
    text = text.replace("http_port: 3000\n", "http_port: 3000  # the port ops gave us\n")
    text = text.replace("description:", "# What the service is for.\ndescription:")
    lines = text.splitlines(keepends=True)
    # The user moved project_name to the top of the answers.
    name = next(line for line in lines if line.startswith("project_name:"))
    lines.remove(name)
    lines.insert(3, name)
    answers_file.write_text("".join(lines), encoding="utf-8")
    commit_all(project, "annotate the answers")
    order_before = [line.split(":")[0] for line in lines if re.match(r"^\w", line)]

    for step in (("--add", "suites-testing"), ("--remove", "suites-testing")):
        result = run_cli("upgrade", project, "--to", "HEAD", *step)
        assert result.code == 0, result.out + result.err
        text = answers_file.read_text(encoding="utf-8")
        assert "http_port: 3000  # the port ops gave us\n" in text
        assert "# What the service is for.\ndescription:" in text
        order = [line.split(":")[0] for line in text.splitlines() if re.match(r"^\w", line)]
        # The user's keys keep their order; a key the new expert asks for follows the key
        # copier wrote before it (auth), not the end of the file.
        assert [key for key in order if key in order_before] == order_before
        if "coverage_threshold" in order:
            assert order[order.index("auth") + 1] == "coverage_threshold"
        commit_all(project, " ".join(step))

    assert recorded(project)["experts"] == []
    assert "coverage_threshold" not in recorded(project)  # its question went with the expert
