"""The generation-speed cuts (generator/_worker.py and the modules it composes) change how fast
nestgen renders, never what: each is checked against copier's own behaviour."""

from __future__ import annotations

import subprocess
from pathlib import Path

import copier
import jinja2
import pytest
import yaml
from copier._jinja_ext import YieldExtension, get_yield_context

from generator import _worker
from generator._fast_yaml import fast_answers_yaml, safe_load
from generator._git_filemode import file_mode_ignored
from generator._jinja_cache import cache_compiled
from generator._template_checkout import cached_checkout
from generator.answers import load_file, validate
from generator.snapshots import SCENARIOS
from tests.helpers import GIT_IDENTITY, tree_files


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def test_nestgen_renders_exactly_what_plain_copier_renders(frozen_template, tmp_path):
    data = validate(load_file(SCENARIOS / "full-stack.yml"))
    options = {
        "data": data,
        "defaults": True,
        "vcs_ref": "HEAD",
        "quiet": True,
        "skip_tasks": True,
        "unsafe": False,
    }

    copier.run_copy(str(frozen_template), str(tmp_path / "plain" / "api"), **options)
    _worker.run_copy(str(frozen_template), tmp_path / "fast" / "api", **options)
    _worker.run_copy(str(frozen_template), tmp_path / "again" / "api", **options)  # caches warm

    plain = tree_files(tmp_path / "plain" / "api")
    assert len(plain) > 100
    assert tree_files(tmp_path / "fast" / "api") == plain
    assert tree_files(tmp_path / "again" / "api") == plain


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("NESTGEN_CACHE_DIR", str(tmp_path / "cache"))
    cached_checkout.cache_clear()
    root = tmp_path / "template"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")
    (root / "copier.yml").write_text("name: {type: str}\n")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "first")
    yield root
    cached_checkout.cache_clear()


def test_a_template_commit_is_checked_out_once_and_reused(repo):
    commit = git(repo, "rev-parse", "HEAD")

    first = cached_checkout(str(repo), commit)
    cached_checkout.cache_clear()  # as a new process would
    second = cached_checkout(str(repo), "HEAD")

    assert first is not None and first == second
    assert git(first, "rev-parse", "HEAD") == commit
    assert git(first, "describe", "--tags", "--always") == git(
        repo, "describe", "--tags", "--always"
    )


def test_a_new_tag_gives_a_new_checkout_so_the_recorded_commit_stays_copiers(repo):
    before = cached_checkout(str(repo), "HEAD")
    git(repo, "tag", "v1.0.0")
    cached_checkout.cache_clear()

    after = cached_checkout(str(repo), "HEAD")

    assert after is not None and after != before
    assert git(after, "describe", "--tags", "--always") == "v1.0.0"


def test_uncommitted_changes_and_unknown_refs_are_left_to_copier(repo, monkeypatch):
    assert cached_checkout(str(repo), "no-such-branch") is None
    (repo / "copier.yml").write_text("name: {type: str, default: x}\n")
    cached_checkout.cache_clear()
    assert cached_checkout(str(repo), "HEAD") is None  # copier commits the edit in its clone
    monkeypatch.setenv("NESTGEN_NO_CACHE", "1")
    cached_checkout.cache_clear()
    assert cached_checkout(str(repo), git(repo, "rev-parse", "HEAD")) is None


def test_file_mode_is_read_as_copier_reads_it(repo):
    assert file_mode_ignored(repo) is False
    git(repo, "config", "core.fileMode", "false")
    assert file_mode_ignored(repo) is True


def _yield_env() -> jinja2.Environment:
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(extensions=[YieldExtension], keep_trailing_newline=True)


def test_a_cached_template_resets_the_yield_state_as_compiling_does(tmp_path, monkeypatch):
    monkeypatch.setenv("NESTGEN_CACHE_DIR", str(tmp_path))
    plain, cached = _yield_env(), cache_compiled(_yield_env())
    looped = "{% yield item from items %}{{ item }}{% endyield %}.ts"
    for env in (plain, cached):
        env.from_string(looped).render(items=["a", "b"])
        assert get_yield_context(env).yield_name == "item"
        assert env.from_string("plain.ts").render() == "plain.ts"
        assert get_yield_context(env).yield_name is None
    fresh = cache_compiled(_yield_env())  # a new process: compiled code comes from disk
    assert fresh.from_string(looped).render(items=["a"]) == plain.from_string(looped).render(
        items=["a"]
    )
    assert get_yield_context(fresh).yield_name == "item"


def test_libyaml_reads_the_same_values_and_errors_keep_copiers_words():
    text = (SCENARIOS / "full-stack.yml").read_text()
    assert safe_load(text) == yaml.safe_load(text)
    from copier import _user_data

    with pytest.raises(ValueError) as plain:
        _user_data.parse_yaml_string("a: [1, 2")
    with fast_answers_yaml(), pytest.raises(ValueError) as fast:
        _user_data.CAST_STR_TO_NATIVE["yaml"]("a: [1, 2")
    assert str(fast.value) == str(plain.value)
