"""A property-based fuzzer over answers: every input either generates a whole project or is
refused with the one-line error (exit code 2, nothing written) — never a traceback, never an
internal error, never a partial tree. The example counts are bounded so that the module runs
in well under a minute; the strategies lean on the names and values that broke before
(reserved words, names that collide after conversion, paths, NUL, out-of-range numbers)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import answers, catalog
from generator.errors import AnswersError
from tests.helpers import run_cli

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
)
ENTITY_NAMES = st.sampled_from(
    ["Customer", "Order", "User", "OrderItem", "Orderitem", "Box", "Boxe", "Queue", "Migration",
     "Log", "Page", "A", "class", "Select", "user", "Us\x00er", "../Evil", "C" * 30]
)  # fmt: skip
MEMBER_NAMES = st.sampled_from(
    ["title", "email", "displayName", "customerId", "id", "select", "class", "page", "a/b",
     "foo_bar", "x" * 40, "\x00"]
)  # fmt: skip
FIELD = st.fixed_dictionaries(
    {"name": MEMBER_NAMES, "type": st.sampled_from(["string", "int", "enum", "decimal", "x", 3])},
    optional={
        "nullable": st.sampled_from([True, False, "maybe"]),
        "unique": st.booleans(),
        "length": st.integers(-2, 400),
        "values": st.lists(st.sampled_from(["open", "paid", "open", "a b", "z" * 70]), max_size=3),
        "default": st.sampled_from(["open", 0, None, True]),
    },
)
RELATION = st.fixed_dictionaries(
    {
        "name": MEMBER_NAMES,
        "type": st.sampled_from(["many-to-one", "one-to-many", "one-to-one", "many-to-many", "x"]),
        "target": ENTITY_NAMES,
    },
    optional={"owner": st.booleans(), "on_delete": st.sampled_from(["cascade", "boom"])},
)
ENTITY = st.fixed_dictionaries(
    {"name": ENTITY_NAMES},
    optional={
        "fields": st.lists(FIELD, max_size=3) | JUNK,
        "relations": st.lists(RELATION, max_size=2),
        "soft_delete": st.sampled_from([True, False, "yes"]),
        "colums": JUNK,
    },
)
QUEUE = st.fixed_dictionaries(
    {"name": st.sampled_from(["email", "reports", "Email", "a-b1", "mail-dlq", "../q", "q" * 30])},
    optional={
        "jobs": st.lists(st.sampled_from(["send", "send-welcome", "constructor", "Bad"]), max_size=2),  # noqa: E501
        "attempts": st.integers(-1, 200),
        "concurrency": st.integers(-1, 2000),
        "backoff": st.fixed_dictionaries(
            {"type": st.sampled_from(["fixed", "exponential", "linear"]),
             "delay": st.integers(-10, 10**9)}
        ),
    },
)  # fmt: skip
EXPERT_IDS = [*catalog.selectable_expert_ids(), "redis", "auth", catalog.base_id()]

# Anything goes: most of these are refused, in every way there is to refuse them.
WILD = st.fixed_dictionaries(
    {},
    optional={
        "project_name": st.sampled_from(["fuzz-api", "Bad Name", "../evil", "/abs", "a\x00b"])
        | JUNK,
        "description": st.text(max_size=30) | JUNK,
        "experts": st.lists(st.sampled_from(EXPERT_IDS), max_size=4) | JUNK,
        "auth": st.sampled_from(["none", "jwt", "oauth"]) | JUNK,
        "http_port": st.integers(-5, 70000) | JUNK,
        "layout": st.sampled_from(["single", "monorepo", "micro"]),
        "entities": st.lists(ENTITY, max_size=3) | JUNK,
        "entities_text": st.sampled_from(["Customer(name:string)", "User(age:integer)", "???"])
        | st.text(max_size=30),
        "queues": st.lists(QUEUE, max_size=2) | JUNK,
        "cache": st.fixed_dictionaries(
            {}, optional={"default_ttl": st.integers(-1, 10**8), "key_prefix": st.text(max_size=8)}
        )
        | JUNK,
        "coverage_threshold": st.integers(-10, 150) | JUNK,
        "colour": JUNK,
    },
)
# Mostly good answers with one part drawn wild: these reach the render often.
TAME = st.fixed_dictionaries(
    {
        "project_name": st.just("fuzz-api"),
        "experts": st.lists(st.sampled_from(catalog.selectable_expert_ids()), max_size=3),
        "auth": st.sampled_from(["none", "jwt"]),
    },
    optional={
        "entities": st.lists(
            st.fixed_dictionaries(
                {"name": ENTITY_NAMES, "fields": st.lists(FIELD, min_size=1, max_size=2)}
            ),
            max_size=2,
        ),
        "queues": st.lists(QUEUE, max_size=1),
        "description": st.text(max_size=20),
        "http_port": st.integers(0, 70000),
    },
)


def _dump(data: dict[str, Any], folder: Path) -> Path:
    path = folder / "answers.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _assert_one_line_refusal(err: str) -> None:
    assert err.startswith("nestgen: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "internal error" not in err and "Traceback" not in err, err
    assert err[:-1].isprintable(), repr(err)


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(WILD | TAME)
def test_the_checks_answer_every_input_with_a_list_of_one_line_problems(data):
    found = answers.problems(data)

    assert isinstance(found, list)
    for problem in found:
        assert isinstance(problem["path"], str) and problem["message"], problem
        assert "\n" not in problem["message"] and "\x00" not in problem["message"], problem


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=80) | st.binary(max_size=40).map(lambda b: b.decode("latin-1")))
def test_any_answers_file_text_is_read_or_refused_with_a_position(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answers.yml"
        path.write_text(text, encoding="utf-8")
        try:
            answers.load_file(path)
        except AnswersError as error:
            assert error.message.startswith(str(path)), error.message


def _assert_generated_or_refused(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        destination = Path(folder) / "out"
        result = run_cli(
            "new", destination, "--answers", _dump(data, Path(folder)), "--ref", "HEAD"
        )
        if result.code == 0:
            # A whole project: the files every project has, and the answers recorded last.
            for path in ("package.json", "src/main.ts", "tsconfig.json", ".copier-answers.yml"):
                assert (destination / path).is_file(), path
        else:
            assert result.code == 2, result.err
            _assert_one_line_refusal(result.err)
            assert not destination.exists()


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(TAME)
def test_mostly_good_answers_generate_a_whole_project_or_are_refused_cleanly(data):
    _assert_generated_or_refused(data)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(WILD)
def test_wild_answers_generate_a_whole_project_or_are_refused_cleanly(data):
    _assert_generated_or_refused(data)
