"""The bullmq-queue expert: its `queues` answer, the names it derives, and what it renders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jinja2 import FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

from generator.answers import problems
from tests.helpers import REPO_ROOT, run_cli

# The filters copier gives templates, and its loader rooted at the repository.
JINJA = SandboxedEnvironment(
    loader=FileSystemLoader(str(REPO_ROOT)),
    extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
)
MODEL = JINJA.get_template("blueprints/bullmq-queue/model.jinja").module

ISSUE_QUEUES = [
    {
        "name": "email",
        "concurrency": 5,
        "attempts": 5,
        "backoff": {"type": "exponential", "delay": 1000},
        "jobs": ["send-welcome", "send-password-reset"],
    },
    {
        "name": "reports",
        "jobs": ["nightly-report"],
        "repeat": {"job": "nightly-report", "pattern": "0 0 * * *"},
    },
]


def queue(**fields: Any) -> dict[str, Any]:
    return {"name": "email", "jobs": ["send-welcome"], **fields}


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        ISSUE_QUEUES,
        [queue(backoff={"type": "fixed"}, repeat=[{"job": "send-welcome", "every": 60_000}])],
        [queue(name="a" * 24, jobs=["b" * 32, "c-d"], concurrency=1000, attempts=100)],
        [queue(repeat={"job": "send-welcome", "pattern": "*/5 * * * * *"})],
    ],
)
def test_valid_queues_pass(value):
    assert problems({"queues": value}) == []


# Through nestgen and plain copier alike: tests/data/bad-answers/queue*.yml. Here, the checks
# themselves (blueprints/bullmq-queue/validate.jinja), in-process.
BAD_QUEUES: list[tuple[Any, str]] = [
    ("email", "queues: must be a list of queues"),
    (["email"], "queues[0]: must be a mapping"),
    ([queue(retries=3)], "queues[0].retries: unknown key 'retries'; known keys: name, concurrency"),
    ([{"jobs": ["a"]}], "queues[0]: needs a name: kebab-case"),
    ([queue(name="Email")], "queues[0].name: 'Email' is not a valid name"),
    ([queue(name="email_queue")], "queues[0].name: 'email_queue' is not a valid name"),
    ([queue(name="a" * 25)], "at most 24 characters"),
    ([queue(name="email-dlq")], "names ending in '-dlq' are kept for dead-letter queues"),
    ([queue(), queue()], "queues[1].name: queue 'email' is listed twice"),
    ([queue(name="a-b1"), queue(name="a-b-1")], "give the same class name AB1"),
    ([queue(concurrency=0)], "queues[0].concurrency: must be an integer from 1 to 1000"),
    ([queue(concurrency=True)], "queues[0].concurrency: must be an integer"),
    ([queue(attempts=101)], "queues[0].attempts: must be an integer from 1 to 100"),
    ([queue(backoff="exponential")], "queues[0].backoff: must be a mapping"),
    ([queue(backoff={"type": "linear"})], "backoff.type: must be one of exponential, fixed"),
    ([queue(backoff={"delay": -1})], "backoff.delay: must be an integer from 0"),
    ([queue(backoff={"factor": 2})], "backoff.factor: unknown key 'factor'"),
    ([{"name": "email"}], "queues[0]: jobs must list at least one job name"),
    ([queue(jobs=[])], "queues[0].jobs: jobs must list at least one job name"),
    ([queue(jobs=["send", "send"])], "queues[0].jobs[1]: job 'send' is listed twice"),
    ([queue(jobs=["Send"])], "queues[0].jobs[0]: 'Send' is not a valid name"),
    ([queue(jobs=["a" * 33])], "at most 32 characters"),
    ([queue(jobs=["constructor"])], "job name 'constructor' is reserved"),
    ([queue(repeat={"job": "other", "every": 5000})], "repeat.job: job must be one of the queue's"),
    ([queue(repeat={"job": "send-welcome"})], "needs either pattern (cron) or every"),
    (
        [queue(repeat={"job": "send-welcome", "every": 5000, "pattern": "* * * * *"})],
        "needs either pattern (cron) or every",
    ),
    ([queue(repeat={"job": "send-welcome", "pattern": "daily"})], "cron expression of 5 or 6"),
    ([queue(repeat={"job": "send-welcome", "every": 10})], "every: must be an integer from 1000"),
    (
        [queue(repeat=[{"job": "send-welcome", "every": 5000}] * 2)],
        "repeat[1].job: job 'send-welcome' is repeated twice",
    ),
]


@pytest.mark.parametrize(("value", "message"), BAD_QUEUES)
def test_a_bad_queues_answer_names_the_problem(value, message):
    found = problems({"queues": value})

    assert found, "refused"
    assert message in f"{found[0]['path']}: {found[0]['message']}"


def model(queues: list[dict[str, Any]]) -> dict[str, Any]:
    return json.loads(MODEL.queue_model(queues))


def test_the_model_derives_every_name_from_the_answer():
    email, reports = model(ISSUE_QUEUES)["queues"]

    assert email["pascal"] == "Email"
    assert email["constant"] == "EMAIL"
    assert email["concurrency"] == 5
    assert email["backoff"] == {"type": "exponential", "delay": 1000}
    assert [job["camel"] for job in email["jobs"]] == ["sendWelcome", "sendPasswordReset"]
    assert email["jobs"][1]["dto"] == "SendPasswordResetJobDto"
    assert email["schedules"] == []
    assert reports["concurrency"] == 1
    assert reports["attempts"] == 3
    assert reports["schedules"] == [
        {"job": "nightly-report", "dto": "NightlyReportJobDto", "pattern": "0 0 * * *"}
    ]


def test_the_model_flattens_jobs_for_the_per_job_files():
    jobs = model(ISSUE_QUEUES)["jobs"]

    assert [(job["queue"], job["file"]) for job in jobs] == [
        ("email", "send-welcome-job.dto"),
        ("email", "send-password-reset-job.dto"),
        ("reports", "nightly-report-job.dto"),
    ]


def test_no_queues_give_one_example_queue():
    (example,) = model([])["queues"]

    assert example["name"] == "notifications"
    assert example["schedules"], "the example shows a repeatable job"
    assert problems({"queues": json.loads(MODEL.example_queues())}) == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (ISSUE_QUEUES, ""),
        ([], ""),
        ("email", "must be a list of queues"),
        ([{"jobs": ["a"]}], "[0]: needs a name"),
        ([queue(), queue()], "[1].name: queue 'email' is listed twice"),
        ([queue(name="mail-dlq")], "[0].name: 'mail-dlq': names ending in '-dlq'"),
        ([{"name": "email"}], "[0]: jobs must list at least one job name"),
        ([queue(jobs=["Send_Mail"])], "[0].jobs[0]: 'Send_Mail' is not a valid name"),
    ],
)
def test_the_wizard_validator_re_asks_for_a_bad_answer(value, problem):
    source = (
        "{% from 'blueprints/validate.jinja' import question_problem %}"
        "{{ question_problem('queues', {'queues': value}) }}"
    )
    # Copier names the question; the reason, broken into lines of 80 columns, read as one.
    found = " ".join(JINJA.from_string(source).render(value=value).split())

    assert found.startswith(problem) if problem else found == ""


@pytest.fixture(scope="module")
def issue_project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bullmq")
    answers = root / "answers.yml"
    answers.write_text(
        yaml.safe_dump({"experts": ["bullmq-queue", "suites-testing"], "queues": ISSUE_QUEUES})
    )
    project = root / "queues-api"
    result = run_cli("new", project, "--answers", answers, "--ref", "HEAD")
    assert result.code == 0, result.err
    return project


def test_each_queue_gets_its_folder_and_each_job_its_dto(issue_project):
    for name in ("email", "reports"):
        folder = issue_project / "src" / "queues" / name
        for role in ("constants", "producer", "processor", "handlers", "events"):
            assert (folder / f"{name}.{role}.ts").is_file(), f"{name}.{role}.ts"
        assert (folder / f"{name}-queue.module.ts").is_file()
        assert (folder / f"{name}.processor.spec.ts").is_file(), "Suites spec"
    dtos = sorted(path.name for path in (issue_project / "src/queues").glob("*/dto/*.dto.ts"))
    assert dtos == [
        "nightly-report-job.dto.ts",
        "send-password-reset-job.dto.ts",
        "send-welcome-job.dto.ts",
    ]


def test_the_answers_land_in_the_queue_constants(issue_project):
    email = (issue_project / "src/queues/email/email.constants.ts").read_text()
    reports = (issue_project / "src/queues/reports/reports.constants.ts").read_text()

    assert "export const EMAIL_QUEUE = 'email';" in email
    assert "export const EMAIL_DLQ = 'email-dlq';" in email
    assert "export const EMAIL_CONCURRENCY = 5;" in email
    assert "attempts: 5," in email
    assert "backoff: { type: 'exponential', delay: 1000 }," in email
    assert "export const EMAIL_SCHEDULES: Schedules = [];" in email
    assert "name: 'nightly-report',\n    repeat: { pattern: '0 0 * * *' }," in reports


def test_the_processor_dispatches_every_job_by_name(issue_project):
    processor = (issue_project / "src/queues/email/email.processor.ts").read_text()

    assert "@Processor(EMAIL_QUEUE, {\n  concurrency: EMAIL_CONCURRENCY,\n})" in processor
    assert "case 'send-welcome':\n        return this.handlers.sendWelcome(job.data);" in processor
    assert "return this.handlers.sendPasswordReset(job.data);" in processor


def test_the_app_registers_one_module_and_checks_the_queues_in_health(issue_project):
    app_module = (issue_project / "src/app.module.ts").read_text()
    health = (issue_project / "src/health/health.controller.ts").read_text()
    queues_module = (issue_project / "src/queues/queues.module.ts").read_text()

    assert "    QueuesModule,\n" in app_module
    assert "() => this.queues.isHealthy('queues')" in health
    assert "EmailQueueModule,\n    ReportsQueueModule," in queues_module


def test_each_e2e_run_gets_a_bullmq_prefix_of_its_own(issue_project):
    setup = (issue_project / "test/global-setup.ts").read_text()
    teardown = (issue_project / "test/global-teardown.ts").read_text()
    hook = (issue_project / "test/setup/bullmq.ts").read_text()

    assert "await setupBullmq();" in setup
    assert "await teardownBullmq();" in teardown
    assert "process.env.BULLMQ_PREFIX = `${E2E_PREFIX}${process.env.E2E_RUN_ID}`" in hook
    assert "redis.unlink(...keys)" in hook


def test_bullmq_and_redis_cache_share_one_redis(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text("experts: [redis-cache, bullmq-queue]\n")
    project = tmp_path / "both-api"

    assert run_cli("new", project, "--answers", answers, "--ref", "HEAD").code == 0

    env_example = (project / ".env.example").read_text()
    compose = yaml.safe_load((project / "docker-compose.yml").read_text())
    workflow = yaml.safe_load((project / ".github/workflows/ci.yml").read_text())
    assert env_example.count("REDIS_URL=") == 1
    assert "BULLMQ_PREFIX=bull" in env_example
    assert sorted(compose["services"]) == ["app", "redis"]
    assert compose["services"]["app"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    assert list(workflow["jobs"]["check"]["services"]) == ["redis"]
