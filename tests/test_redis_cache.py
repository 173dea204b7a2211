"""The redis-cache expert: its `cache` answer, and what the render wires for it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from jinja2 import FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

from generator import catalog
from generator.answers import problems
from tests.helpers import REPO_ROOT, link_node_modules, npm, run_cli

QUESTIONS = yaml.safe_load((REPO_ROOT / "blueprints" / "redis-cache" / "questions.yml").read_text())
# The filters copier gives templates (copier.yml has no _jinja_extensions of its own), and its
# loader rooted at the template (the validator imports blueprints/validate.jinja).
JINJA = SandboxedEnvironment(
    loader=FileSystemLoader(str(REPO_ROOT)),
    extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
)

# Through nestgen and plain copier alike: tests/data/bad-answers/cache*.yml. Here, the check
# itself (blueprints/redis-cache/validate.jinja), in-process.
BAD_ANSWERS = [
    (3600, "cache: must be a mapping"),
    ({"ttl": 60}, "cache.ttl: unknown cache key 'ttl'"),
    ({"default_ttl": 0}, "cache.default_ttl: must be a whole number from 1"),
    ({"default_ttl": 1.5}, "cache.default_ttl: must be a whole number"),
    ({"l1_max_entries": -1}, "cache.l1_max_entries: must be a whole number from 0"),
    ({"l1_max_entries": True}, "cache.l1_max_entries: must be a whole number"),
    ({"key_prefix": "shop:v2"}, "cache.key_prefix: must start with a letter or digit"),
    ({"key_prefix": ""}, "cache.key_prefix: must start with a letter or digit"),
]


def generate(tmp_path: Path, answers: str, name: str = "cache-api") -> Path:
    answers_file = tmp_path / f"{name}.yml"
    answers_file.write_text(answers)
    project = tmp_path / name
    result = run_cli("new", project, "--answers", answers_file, "--ref", "HEAD")
    assert result.code == 0, result.err
    return project


def env_example(project: Path) -> dict[str, str]:
    lines = (project / ".env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def jinja_validator_error(cache: Any) -> str:
    return JINJA.from_string(QUESTIONS["cache"]["validator"]).render(cache=cache).strip()


@pytest.mark.parametrize(("cache", "message"), BAD_ANSWERS)
def test_a_bad_cache_answer_names_the_problem(cache, message):
    found = problems({"cache": cache})

    assert found, "refused"
    assert message in f"{found[0]['path']}: {found[0]['message']}"


@pytest.mark.parametrize(
    "cache",
    [
        {},
        {"default_ttl": 1, "l1_max_entries": 0, "key_prefix": "a"},
        {"default_ttl": 31_536_000, "l1_max_entries": 1_000_000, "key_prefix": "shop.v2_x-1"},
        3600,
        {"ttl": 60},
        {"default_ttl": 0},
        {"default_ttl": True},
        {"l1_max_entries": 1_000_001},
        {"key_prefix": "-shop"},
        {"key_prefix": "x" * 65},
    ],
)
def test_the_wizard_validator_agrees_with_nestgen(cache):
    assert (jinja_validator_error(cache) == "") == (problems({"cache": cache}) == [])


def test_missing_settings_take_their_defaults_and_the_prefix_follows_the_project(tmp_path):
    project = generate(
        tmp_path,
        'project_name: "@acme/shop-api"\nexperts: [redis-cache]\ncache: {default_ttl: 60}\n',
    )

    env = env_example(project)
    assert env["REDIS_URL"] == "redis://127.0.0.1:6379/0"
    assert env["REDIS_KEY_PREFIX"] == "acme-shop-api"
    assert env["CACHE_TTL_SECONDS"] == "60"
    assert env["CACHE_L1_MAX_ENTRIES"] == "1000"
    setup = (project / "test" / "setup" / "redis.ts").read_text()
    assert "process.env.REDIS_KEY_PREFIX ?? 'acme-shop-api'" in setup


def test_the_answers_land_in_the_environment(tmp_path):
    project = generate(
        tmp_path,
        "experts: [redis-cache]\n"
        "cache: {default_ttl: 600, l1_max_entries: 0, key_prefix: shop}\n",
    )

    env = env_example(project)
    assert (env["CACHE_TTL_SECONDS"], env["CACHE_L1_MAX_ENTRIES"]) == ("600", "0")
    assert env["REDIS_KEY_PREFIX"] == "shop"
    recorded = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert recorded["cache"] == {"default_ttl": 600, "l1_max_entries": 0, "key_prefix": "shop"}


def test_the_app_wires_redis_once_and_counts_rate_limits_in_it(tmp_path):
    project = generate(tmp_path, "experts: [redis-cache]\n")

    module = (project / "src" / "app.module.ts").read_text()
    assert module.count("RedisModule,") == 1
    assert "{ provide: ThrottlerStorage, useExisting: RedisThrottlerStorage }," in module
    health = (project / "src" / "health" / "health.controller.ts").read_text()
    assert "() => this.redis.isHealthy('redis')" in health
    setup = (project / "test" / "global-setup.ts").read_text()
    teardown = (project / "test" / "global-teardown.ts").read_text()
    assert setup.startswith("import { setupRedis } from './setup/redis';\n")
    assert "  await setupRedis();\n" in setup
    assert "  await teardownRedis();\n" in teardown
    assert "ioredis" in (project / "package.json").read_text()


def test_one_redis_service_when_bullmq_queue_shares_it(tmp_path):
    alone = generate(tmp_path, "experts: [redis-cache]\n", name="alone")
    both = generate(tmp_path, "experts: [redis-cache, bullmq-queue]\n", name="both")

    compose = yaml.safe_load((both / "docker-compose.yml").read_text())
    assert (
        compose["services"]["redis"]
        == yaml.safe_load((alone / "docker-compose.yml").read_text())["services"]["redis"]
    )
    assert compose["services"]["redis"]["image"] == "redis:7-alpine"
    assert compose["services"]["app"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    ci = yaml.safe_load((both / ".github" / "workflows" / "ci.yml").read_text())
    assert list(ci["jobs"]["check"]["services"]) == ["redis"]
    assert (both / ".env.example").read_text().count("\nREDIS_URL=") == 1


@pytest.mark.skipif(
    "typeorm" in catalog.unavailable_expert_ids(), reason="typeorm is not available yet"
)
def test_typeorm_reads_entities_through_the_redis_cache(tmp_path):
    project = generate(tmp_path, "experts: [typeorm, redis-cache]\n")

    database = (project / "src" / "database" / "database.module.ts").read_text()
    assert "import { RedisEntityCache } from '../redis/redis-entity-cache';" in database
    assert "useClass: RedisEntityCache" in database
    assert (project / "test" / "redis-entity-cache.e2e-spec.ts").is_file()


@pytest.mark.node
@pytest.mark.skipif(shutil.which("redis-cli") is None, reason="needs redis-cli")
def test_two_e2e_runs_at_once_pass_and_leave_no_keys_behind(tmp_path):
    projects = [
        generate(tmp_path, "experts: [redis-cache]\ncache: {key_prefix: twin}\n", name=name)
        for name in ("first-api", "second-api")
    ]
    for project in projects:
        link_node_modules(project)

    runs = [
        subprocess.Popen(
            ["npm", "run", "test:e2e"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for project in projects
    ]
    outputs = [run.communicate(timeout=600)[0] for run in runs]

    for run, output in zip(runs, outputs, strict=True):
        assert run.returncode == 0, output[-4000:]
    left = subprocess.run(
        ["redis-cli", "--scan", "--pattern", "twin:*"], capture_output=True, text=True, check=True
    )
    assert left.stdout.strip() == ""


@pytest.mark.node
def test_a_cache_that_ignores_other_instances_fails_the_e2e_tests(tmp_path):
    project = generate(tmp_path, "experts: [redis-cache]\n", name="mutant-api")
    link_node_modules(project)
    service = project / "src" / "redis" / "cache.service.ts"
    source = service.read_text()
    mutated = source.replace("message.keys.forEach((key) => this.drop(key));", "")
    assert mutated != source
    service.write_text(mutated)

    completed = npm(project, "run", "test:e2e")

    assert completed.returncode != 0
    assert "evicts the in-process entry of the other" in completed.stdout + completed.stderr
