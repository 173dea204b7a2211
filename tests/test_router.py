"""The request router: routing cases, matching rules, scoring, plan, data, and wizard agreement."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from generator import catalog
from generator.router import NO_MATCH, REPO_ROOT, environment, format_route, route, routing_table

DATA = Path(__file__).parent / "data"
BLUEPRINTS = REPO_ROOT / "blueprints"
EXPERTS = ("typeorm", "redis-cache", "bullmq-queue", "cqrs", "microservices", "suites-testing")
ORCHESTRATOR = "nestjs-fastify"

# The copier.yml question defaults, exactly as the wizard renders them.
# The wizard preselects the routed experts that can be built (macros.jinja routed_available).
EXPERTS_DEFAULT = (
    "{% from 'blueprints/macros.jinja' import routed_available %}{{ routed_available(request) }}"
)
AUTH_DEFAULT = "{% from 'blueprints/router.jinja' import routed_auth %}{{ routed_auth(request) }}"


def _cases(name: str) -> list[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


LISTED = _cases("router-cases.yaml")
EXTRA = _cases("router-extra.yaml")
ALL_TEXTS = [case["text"] for case in LISTED + EXTRA]


def _assert_case(case: dict) -> None:
    plan = route(case["text"])
    ids = set(plan.expert_ids)
    if "experts" in case:
        assert ids == set(case["experts"]), plan.to_json()
    if "top" in case:
        assert plan.experts and plan.experts[0].id == case["top"], plan.to_json()
    if "orchestrator" in case:
        assert plan.orchestrator is case["orchestrator"], plan.to_json()
    if "auth" in case:
        assert plan.auth == case["auth"], plan.to_json()


# --------------------------------------------------------------------------- cases


@pytest.mark.parametrize("case", LISTED, ids=[case["text"] for case in LISTED])
def test_every_listed_case_routes_as_specified(case: dict) -> None:
    _assert_case(case)


@pytest.mark.parametrize("case", EXTRA, ids=[case["text"] or "<empty>" for case in EXTRA])
def test_every_extra_case_routes_as_specified(case: dict) -> None:
    _assert_case(case)


def test_the_extra_cases_are_many_and_in_both_languages() -> None:
    hangul = [case for case in EXTRA if re.search("[가-힣]", case["text"])]
    assert len(EXTRA) >= 80
    assert len(hangul) >= 40
    assert len(EXTRA) - len(hangul) >= 40


# ------------------------------------------------------------------ matching rules


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("caches", "redis-cache"),
        ("cached pages", "redis-cache"),
        ("caching", "redis-cache"),
        ("queues", "bullmq-queue"),
        ("queued", "bullmq-queue"),
        ("queuing emails", "bullmq-queue"),
        ("queueing emails", "bullmq-queue"),
        ("tests", "suites-testing"),
        ("tested", "suites-testing"),
        ("testing", "suites-testing"),
        ("retries with backoff", "bullmq-queue"),
        ("retried jobs", "bullmq-queue"),
        ("entities", "typeorm"),
        ("indexed columns", "typeorm"),
        ("rate-limited endpoints", "redis-cache"),
        ("ratelimiting", "redis-cache"),
        ("mocking", "suites-testing"),
        ("sagas", "cqrs"),
    ],
)
def test_english_keywords_match_their_inflections(text: str, expert: str) -> None:
    assert expert in route(text).expert_ids


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("predis setup", "redis-cache"),
        ("bullet points", "bullmq-queue"),
        ("the latest contest", "suites-testing"),
        ("protocol design", "microservices"),
        ("attestation", "suites-testing"),
    ],
)
def test_english_keywords_match_whole_words_only(text: str, expert: str) -> None:
    assert expert not in route(text).expert_ids


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("캐시와", "redis-cache"),
        ("큐를", "bullmq-queue"),
        ("레디스로", "redis-cache"),
        ("엔티티를", "typeorm"),
        ("테스트가", "suites-testing"),
        ("Redis로", "redis-cache"),
        ("TypeORM으로", "typeorm"),
        ("gRPC로", "microservices"),
        ("사가를", "cqrs"),
        ("단위테스트", "suites-testing"),
        ("분산락", "redis-cache"),
    ],
)
def test_korean_keywords_match_with_particles_attached(text: str, expert: str) -> None:
    assert expert in route(text).expert_ids


@pytest.mark.parametrize("text", ["시큐리티 설정", "복잡한 로직", "구조 잡아줘", "바비큐 파티"])
def test_a_one_syllable_korean_keyword_must_begin_a_word(text: str) -> None:
    assert "bullmq-queue" not in route(text).expert_ids


def test_matching_ignores_case_and_normalises_unicode() -> None:
    plain = route("Redis 캐시와 BullMQ 큐 함께 설정")
    for variant in (
        "REDIS 캐시와 BULLMQ 큐 함께 설정",
        "Ｒｅｄｉｓ 캐시와 ＢｕｌｌＭＱ 큐 함께 설정",
    ):
        assert route(variant).to_json() | {"request": plain.request} == plain.to_json()


def test_a_keyword_counts_once_however_often_it_appears() -> None:
    once = route("redis cache")
    repeated = route("redis cache, caches, caching and cached")
    assert once.experts[0].score == repeated.experts[0].score


def test_synonyms_count_once_and_report_their_first_term() -> None:
    both = route("Redis(레디스)")
    assert both.experts[0].matched == ("redis",)
    assert both.experts[0].score == route("Redis").experts[0].score


# -------------------------------------------------------------- context rules


def test_a_database_migration_is_typeorm() -> None:
    plan = route("Write a database migration for the orders table")
    assert plan.expert_ids == ("typeorm",)
    assert "migration" in plan.experts[0].matched
    assert not plan.orchestrator


def test_an_express_to_nestjs_migration_is_the_orchestrators() -> None:
    plan = route("Express 앱을 NestJS로 마이그레이션")
    assert plan.expert_ids == ()
    assert plan.orchestrator


@pytest.mark.parametrize("text", ["Redis pub/sub for chat", "레디스 pub/sub 으로 알림"])
def test_redis_pub_sub_is_redis_cache(text: str) -> None:
    assert route(text).expert_ids == ("redis-cache",)


@pytest.mark.parametrize(
    "text", ["NATS pub/sub for orders", "Kafka pub/sub 으로 이벤트", "pub/sub over RabbitMQ"]
)
def test_broker_pub_sub_is_microservices(text: str) -> None:
    plan = route(text)
    assert plan.expert_ids == ("microservices",)
    assert "pub/sub" in plan.experts[0].matched


def test_a_brokers_queue_is_not_a_bullmq_queue() -> None:
    assert route("RabbitMQ queue for payments").expert_ids == ("microservices",)
    assert route("BullMQ queue for payments").expert_ids == ("bullmq-queue",)


def test_a_snapshot_test_is_not_an_event_snapshot() -> None:
    assert route("Jest snapshot tests").expert_ids == ("suites-testing",)
    assert "snapshot" in route("aggregate snapshot every 50 events").experts[0].matched


def test_a_compensating_transaction_is_not_a_database_transaction() -> None:
    assert route("보상 트랜잭션으로 주문 취소").expert_ids == ("cqrs",)
    assert route("주문 저장을 트랜잭션으로 묶기").expert_ids == ("typeorm",)


# ---------------------------------------------------------------- negation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Redis는 빼고 BullMQ 큐만 설정해줘", ("bullmq-queue",)),
        ("캐시 없이 TypeORM 엔티티만", ("typeorm",)),
        ("no redis please, just postgres entities", ("typeorm",)),
        ("TypeORM entities without caching", ("typeorm",)),
        ("BullMQ queue, except Redis", ("bullmq-queue",)),
        ("Redis 말고 BullMQ 큐", ("bullmq-queue",)),
        ("Redis 제외, TypeORM 엔티티", ("typeorm",)),
        ("Redis를 제외하고 큐만", ("bullmq-queue",)),
        ("I don't need a queue, just TypeORM entities", ("typeorm",)),
        ("no queue, just redis cache", ("redis-cache",)),
    ],
)
def test_a_negated_expert_is_not_selected(text: str, expected: tuple[str, ...]) -> None:
    plan = route(text)
    assert plan.expert_ids == expected, plan.to_json()
    assert plan.negations, plan.to_json()


def test_the_negation_is_reported_with_its_scope_and_what_it_excluded() -> None:
    plan = route("Redis는 빼고 BullMQ 큐만 설정해줘")
    assert [n.negation for n in plan.negations] == ["빼고"]
    assert plan.negations[0].scope == "redis는"
    assert plan.negations[0].keywords == ("redis",)
    assert plan.negations[0].excluded == ("redis-cache",)
    document = plan.to_json()["negations"]
    assert document == [
        {"negation": "빼고", "scope": "redis는", "keywords": ["redis"], "excluded": ["redis-cache"]}
    ]
    assert '"빼고" negates "redis는" (redis): excludes redis-cache' in format_route(plan)


def test_an_english_negation_reaches_the_nearest_keyword_over_gap_words() -> None:
    negation = route("we don't need any kind of queue here").negations[0]
    assert (negation.negation, negation.scope, negation.excluded) == (
        "don't",
        "need any kind of queue",
        ("bullmq-queue",),
    )


def test_a_negation_ends_at_a_comma_and_does_not_reach_past_other_words() -> None:
    assert route("no cache, TypeORM entities").expert_ids == ("typeorm",)
    assert route("no cache for the entities").expert_ids == ("typeorm",)
    assert route("캐시는 빼고, 엔티티만").expert_ids == ("typeorm",)


def test_a_negation_carries_over_joined_keywords() -> None:
    plan = route("no redis or queues, just TypeORM entities")
    assert plan.expert_ids == ("typeorm",)
    assert set(plan.negations[0].excluded) == {"redis-cache", "bullmq-queue"}
    assert route("캐시와 큐는 둘 다 빼고 엔티티만").expert_ids == ("typeorm",)


def test_a_negated_feature_keyword_does_not_count() -> None:
    assert route("queue with no retries").experts[0].matched == ("queue",)
    assert route("BullMQ queue without retries").expert_ids == ("bullmq-queue",)
    assert route("TTL만, 캐시 무효화 없이 Redis").expert_ids == ("redis-cache",)


def test_a_negated_expert_named_again_outside_the_negation_stays() -> None:
    assert route("no caching, but Redis sessions").expert_ids == ("redis-cache",)
    assert route("unit tests, but no e2e").expert_ids == ("suites-testing",)
    assert route("Cache product pages in Redis but don't cache errors").expert_ids == (
        "redis-cache",
    )


def test_a_negated_expert_is_excluded_whatever_else_points_to_it() -> None:
    # The session keyword alone selects redis-cache; the request said no Redis.
    assert route("Redis는 빼고 세션은 TypeORM으로").expert_ids == ("typeorm",)


def test_a_negated_problem_asks_for_its_fix() -> None:
    assert route("Make sure there are no N+1 queries when loading orders").expert_ids == (
        "typeorm",
    )
    assert route("느린 쿼리 없이 주문 조회").expert_ids == ("typeorm",)


@pytest.mark.parametrize(
    "text",
    ["not only caching but also queues", "Redis caching, not just queues", "no more than 3 jobs"],
)
def test_phrases_that_only_look_negative_negate_nothing(text: str) -> None:
    assert route(text).negations == ()


def test_a_negated_feature_is_off_and_reported() -> None:
    plan = route("without login, a product CRUD on TypeORM")
    assert plan.auth == "none"
    assert plan.negations[0].excluded == ("auth",)


# ---------------------------------------------------- names and look-alike words


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("Bull MQ queue for emails", "bullmq-queue"),
        ("bull-mq worker", "bullmq-queue"),
        ("BULL_MQ jobs", "bullmq-queue"),
        ("TYPE ORM entities", "typeorm"),
        ("Type-ORM repository", "typeorm"),
        ("post gres tables", "typeorm"),
        ("Postgre SQL database", "typeorm"),
        ("Key DB cache", "redis-cache"),
        ("Rabbit MQ transport", "microservices"),
        ("Test Containers integration tests", "suites-testing"),
    ],
)
def test_a_product_name_written_apart_selects_its_expert_alone(text: str, expert: str) -> None:
    assert route(text).expert_ids == (expert,), route(text).to_json()


def test_nest_js_written_apart_is_nestjs() -> None:
    assert route("Express 앱을 Nest JS로 전환").orchestrator
    assert route("Nest JS").expert_ids == ()


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("the cache-control header of the CDN", "redis-cache"),
        ("Set Cache-Control: no-cache on static files", "redis-cache"),
        ("browser caching of images", "redis-cache"),
        ("queueing theory for the checkout lines", "bullmq-queue"),
        ("the event loop's microtask queue", "bullmq-queue"),
        ("add a block list for spam accounts", "redis-cache"),
        ("update the package-lock file", "redis-cache"),
        ("session replay of the analytics tool", "redis-cache"),
        ("session replay of the analytics tool", "cqrs"),
        ("a job board with job postings", "bullmq-queue"),
        ("background image of the profile page", "bullmq-queue"),
        ("export everything from index.ts", "typeorm"),
        ("회사가 커지면서 구조 개선", "cqrs"),
        ("스포츠 디비전 순위표", "typeorm"),
        ("캐시 충전과 캐시백 이벤트 페이지", "redis-cache"),
        ("코딩 콘테스트 안내", "suites-testing"),
        ("잡화 쇼핑몰 상품 목록", "bullmq-queue"),
    ],
)
def test_a_look_alike_word_does_not_select_the_expert(text: str, expert: str) -> None:
    assert expert not in route(text).expert_ids, route(text).to_json()


# ----------------------------------------------------------------- scoring


def _scores(text: str) -> dict[str, int]:
    return {match.id: match.score for match in route(text).experts}


@pytest.mark.parametrize(
    "word", ["함께", "같이", "동시에", "그리고", "및", "together", "as well as"]
)
def test_a_combination_word_adds_the_bonus_to_each_expert(word: str) -> None:
    plain = _scores("Redis cache, BullMQ queue")
    combined = _scores(f"Redis cache, BullMQ queue {word}")
    assert combined == {expert: score + 2 for expert, score in plain.items()}


def test_the_bonus_can_lift_an_expert_over_the_threshold() -> None:
    assert route("캐시와 작업").expert_ids == ("redis-cache",)
    assert set(route("캐시와 작업 함께").expert_ids) == {"redis-cache", "bullmq-queue"}


def test_a_combination_word_alone_is_no_bonus() -> None:
    assert _scores("Redis cache together") == _scores("Redis cache")


def test_three_experts_named_are_a_combination() -> None:
    plan = route("TypeORM entities, Redis cache, BullMQ queue")
    assert set(plan.expert_ids) == {"typeorm", "redis-cache", "bullmq-queue"}
    assert _scores("TypeORM entities")["typeorm"] + 2 == _scores(plan.request)["typeorm"]
    assert plan.orchestrator


def test_two_experts_without_a_combination_word_need_no_orchestrator() -> None:
    plan = route("TypeORM entity with an event-sourced aggregate")
    assert set(plan.expert_ids) == {"typeorm", "cqrs"}
    assert not plan.orchestrator


def test_experts_are_sorted_by_score_then_id() -> None:
    for text in ALL_TEXTS:
        experts = route(text).experts
        keys = [(-match.score, match.id) for match in experts]
        assert keys == sorted(keys), text


def test_the_top_expert_is_primary_and_the_others_secondary() -> None:
    for text in ALL_TEXTS:
        roles = [match.role for match in route(text).experts]
        assert roles == ["primary", "secondary", "secondary", "secondary"][: len(roles)], text


def test_ties_are_broken_by_id() -> None:
    plan = route("캐시와 큐 함께 설정")
    assert [match.score for match in plan.experts] == [5, 5]
    assert plan.expert_ids == ("bullmq-queue", "redis-cache")


def test_a_contextual_keyword_alone_selects_nothing() -> None:
    assert route("작업").expert_ids == ()
    assert route("작업 큐").expert_ids == ("bullmq-queue",)


# ------------------------------------------------------------------- output


def test_the_json_document_has_the_documented_shape() -> None:
    document = route("Redis 캐시와 BullMQ 큐 함께 설정").to_json()
    assert list(document) == ["request", "experts", "orchestrator", "auth", "plan", "negations"]
    assert document["request"] == "Redis 캐시와 BullMQ 큐 함께 설정"
    assert isinstance(document["orchestrator"], bool)
    assert document["auth"] in {"jwt", "none"}
    for expert in document["experts"]:
        assert list(expert) == ["id", "score", "role", "matched"]
        assert isinstance(expert["score"], int)
        assert all(isinstance(term, str) for term in expert["matched"])
    assert all(isinstance(phase, list) for phase in document["plan"])
    assert document["negations"] == []
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


def test_the_routed_experts_are_the_six_non_base_experts_only() -> None:
    for text in ALL_TEXTS:
        assert set(route(text).expert_ids) <= set(EXPERTS), text


def test_nothing_matched_is_said_plainly() -> None:
    plan = route("hello world")
    assert plan.to_json() == {
        "request": "hello world",
        "experts": [],
        "orchestrator": False,
        "auth": "none",
        "plan": [],
        "negations": [],
    }
    assert NO_MATCH in format_route(plan)


def test_the_readable_report_has_a_table_and_the_plan() -> None:
    text = format_route(
        route("사용자 인증 시스템 구축해줘. Redis 세션, TypeORM 유저, 이메일 발송 큐")
    )
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("expert"))
    assert header.split() == ["expert", "role", "score", "matched", "keywords"]
    assert any(line.startswith("redis-cache") and "primary" in line for line in lines)
    assert "Orchestrator: nestjs-fastify coordinates" in text
    assert "auth = jwt" in text
    assert "1. typeorm, redis-cache, bullmq-queue (in parallel)" in text
    assert "2. nestjs-fastify (integration)" in text
    assert NO_MATCH not in text


# ------------------------------------------------------------------- auth


@pytest.mark.parametrize(
    "text",
    [
        "JWT 인증 추가",
        "로그인 기능",
        "회원가입 API",
        "Add authentication",
        "users can log in and sign up",
        "Sign-in with refresh tokens",
        "Authenticate requests with Passport",
    ],
)
def test_an_authentication_request_sets_auth_jwt(text: str) -> None:
    plan = route(text)
    assert plan.auth == "jwt"
    assert plan.expert_ids == ()


@pytest.mark.parametrize(
    "text",
    ["Redis 캐시 설정", "SSL 인증서 교체", "author list endpoint", "Rename the author field", ""],
)
def test_other_requests_set_auth_none(text: str) -> None:
    assert route(text).auth == "none"


# ------------------------------------------------------------------- plan


def _phase_of(plan: tuple[tuple[str, ...], ...], expert: str) -> int:
    return next(number for number, phase in enumerate(plan) if expert in phase)


def test_independent_experts_share_one_parallel_phase() -> None:
    plan = route("Redis 캐시, BullMQ 큐, TypeORM 엔티티").plan
    assert plan == (("typeorm", "redis-cache", "bullmq-queue"), (ORCHESTRATOR,))


def test_cqrs_comes_after_typeorm_and_tests_after_the_code_they_test() -> None:
    plan = route("TypeORM entities, CQRS and e2e tests together").plan
    assert _phase_of(plan, "typeorm") < _phase_of(plan, "cqrs") < _phase_of(plan, "suites-testing")
    assert plan[-1] == (ORCHESTRATOR,)


def test_the_orchestrator_integrates_last_only_when_it_coordinates() -> None:
    assert route("TypeORM 엔티티 설계").plan == (("typeorm",),)
    assert route("백엔드 구조 설계").plan == ((ORCHESTRATOR,),)
    assert route("hello").plan == ()


def test_every_routed_expert_is_planned_exactly_once() -> None:
    for text in ALL_TEXTS:
        plan = route(text)
        planned = [expert for phase in plan.plan for expert in phase if expert != ORCHESTRATOR]
        assert sorted(planned) == sorted(plan.expert_ids), text
        integrates = bool(plan.plan) and plan.plan[-1] == (ORCHESTRATOR,)
        assert integrates is plan.orchestrator, text


# -------------------------------------------------- the wizard agrees with the CLI


def _copier_environment() -> SandboxedEnvironment:
    """Like copier's: the template root as loader, the ansible filters, copier.yml's envops."""
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(REPO_ROOT)),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


COPIER_ENV = _copier_environment()


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[text or "<empty>" for text in ALL_TEXTS])
def test_the_wizard_defaults_agree_with_route(text: str) -> None:
    experts = COPIER_ENV.from_string(EXPERTS_DEFAULT).render(request=text)
    auth = COPIER_ENV.from_string(AUTH_DEFAULT).render(request=text)
    plan = route(text)
    buildable = set(EXPERTS) - set(catalog.unavailable_expert_ids())
    assert yaml.safe_load(experts) == [
        e for e in EXPERTS if e in plan.expert_ids and e in buildable
    ]
    assert auth == plan.auth


class _CopierYamlLoader(yaml.SafeLoader):
    """Reads copier.yml's own documents; `!include` documents are left out."""


_CopierYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _copier_questions() -> dict:
    text = (REPO_ROOT / "copier.yml").read_text(encoding="utf-8")
    questions: dict = {}
    for document in yaml.load_all(text, Loader=_CopierYamlLoader):
        questions.update(document or {})
    return questions


def test_copier_yml_uses_exactly_these_default_expressions() -> None:
    questions = _copier_questions()
    assert questions["experts"]["default"] == EXPERTS_DEFAULT
    if "auth" in questions:
        assert questions["auth"]["default"] == AUTH_DEFAULT


def _wizard_choice_ids() -> list[str]:
    choices = _copier_questions()["experts"]["choices"]
    if isinstance(choices, str):
        choices = yaml.safe_load(COPIER_ENV.from_string(choices).render())
    return list(choices.values()) if isinstance(choices, dict) else list(choices)


def test_the_routed_experts_are_the_wizards_choices_in_order() -> None:
    routed = [expert["id"] for expert in routing_table()["experts"] if not expert["orchestrator"]]
    assert routed == _wizard_choice_ids() == list(EXPERTS)


def test_a_real_copier_run_takes_the_routers_default(tmp_path: Path) -> None:
    import copier

    text = "Suites unit test 작성하고 coverage 기준 추가"
    copier.run_copy(
        str(REPO_ROOT),
        tmp_path / "out",
        data={"request": text, "project_name": "routed"},
        defaults=True,
        vcs_ref="HEAD",
        quiet=True,
        skip_tasks=True,
    )
    answers = yaml.safe_load((tmp_path / "out" / ".copier-answers.yml").read_text())
    assert answers["experts"] == [e for e in EXPERTS if e in route(text).expert_ids]


# ------------------------------------------------------------------- data


def _raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


SHARED = _raw(BLUEPRINTS / "routing.yml")
ROUTED = catalog.registry()["routed"]
EXPERT_FILES = {expert: _raw(BLUEPRINTS / expert / "routing.yml") for expert in ROUTED}


def _terms(data: dict) -> list[tuple[str, object]]:
    """(tier, term) for every keyword and context term of one expert's routing.yml."""
    found = []
    for tier, entries in data.get("keywords", {}).items():
        for entry in entries:
            found += [(tier, term) for term in (entry if isinstance(entry, list) else [entry])]
    for rule in data.get("context", []):
        for key in ("terms", "when", "unless"):
            found += [(rule["tier"], term) for term in rule.get(key, [])]
    return found


def test_every_blueprint_with_a_routing_file_is_routed_in_catalog_order() -> None:
    on_disk = {path.parent.name for path in BLUEPRINTS.glob("*/routing.yml")}
    assert set(ROUTED) == on_disk == set(EXPERTS) | {ORCHESTRATOR}
    assert [expert["id"] for expert in routing_table()["experts"]] == ROUTED
    assert [expert for expert in catalog.blueprint_ids() if expert in on_disk] == ROUTED


@pytest.mark.parametrize("expert", ROUTED)
def test_every_term_is_a_string_of_a_known_tier(expert: str) -> None:
    data = EXPERT_FILES[expert]
    assert set(data) <= {"after", "keywords", "context", "orchestrator", "threshold"}
    for tier, term in _terms(data):
        assert tier in SHARED["weights"]
        # YAML reads 1:1 as 61 and yes as true; a one-letter term would defeat the matcher.
        assert isinstance(term, str), f"{expert}: {term!r} must be quoted"
        assert len(term.strip()) >= 2 or re.fullmatch("[가-힣]", term), f"{expert}: {term!r}"
    for rule in data.get("context", []):
        assert set(rule) <= {"label", "tier", "terms", "when", "unless"}
        assert rule["label"] and rule["terms"]


def test_shared_lists_are_strings() -> None:
    lists = [SHARED["combination"]["words"], SHARED["ignore"], SHARED["names"]]
    lists += [SHARED["word_start"], SHARED["negation"]["problems"]]
    languages = {key: value for key, value in SHARED["negation"].items() if key != "problems"}
    assert set(languages) == {"en", "ko"}
    for rules in languages.values():
        assert set(rules) <= {"before", "after", "between", "join"}
        # YAML reads a bare `no` as false: every negation word must stay a string.
        assert all(isinstance(word, str) for words in rules.values() for word in words), rules
        lists += [rules.get("before", []), rules.get("after", [])]
    lists += [feature["keywords"] for feature in SHARED["features"].values()]
    for term in (term for terms in lists for term in terms):
        assert isinstance(term, str)
        assert len(term) >= 2 or re.fullmatch("[가-힣]", term), term


def test_after_names_known_experts_without_cycles() -> None:
    after = {expert: EXPERT_FILES[expert].get("after", []) for expert in EXPERTS}
    assert all(set(deps) <= set(EXPERTS) for deps in after.values())
    everything = " ".join(EXPERTS) + " together"
    plan = route(everything).plan
    assert sorted(e for phase in plan[:-1] for e in phase) == sorted(EXPERTS)
    for expert, deps in after.items():
        assert all(_phase_of(plan, dep) < _phase_of(plan, expert) for dep in deps)


def _term_regexes(expert: str) -> list[tuple[str, int, str, re.Pattern[str]]]:
    """(keyword, weight, term, the term's regex) for every keyword term of one expert."""
    module = environment().get_template("blueprints/router.jinja").module
    result = []
    for tier, entries in EXPERT_FILES[expert].get("keywords", {}).items():
        for number, entry in enumerate(entries):
            for term in entry if isinstance(entry, list) else [entry]:
                regex = re.compile(str(module.term_regex(term)))
                result.append((f"{tier}[{number}]", SHARED["weights"][tier], term.lower(), regex))
    return result


@pytest.mark.parametrize("expert", ROUTED)
def test_no_weaker_phrase_hides_a_stronger_keyword(expert: str) -> None:
    """Longest terms match first, so a contextual phrase must not swallow a primary keyword."""
    terms = _term_regexes(expert)
    hidden = [
        f"{term!r} ({key}) hides {other_term!r} ({other_key})"
        for key, weight, term, _ in terms
        for other_key, other_weight, other_term, other_regex in terms
        if other_key != key and weight < other_weight and other_regex.search(term)
    ]
    assert not hidden, f"{expert}: " + "; ".join(hidden)
