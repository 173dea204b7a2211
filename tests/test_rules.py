"""Cross-expert rules (blueprints/rules.yml): each is listed as data, every coupling between two
experts that the blueprints declare is covered by a listed rule, and each rule has a test here
that renders a project and proves the rule holds."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest
import yaml

from generator import answers, catalog, matrix
from generator.template import render

RULES_FILE = catalog.BLUEPRINTS / "rules.yml"
RULES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["rules"]
EVERYTHING = matrix.Combination(matrix.matrix_experts(), "jwt")
# auth alone: typeorm (auth requires it), no Redis, no queues, no Suites.
AUTH_ALONE = matrix.Combination((), "jwt")


def _render(combination: matrix.Combination, root: Path) -> Path:
    destination = root / combination.slug
    data = answers.validate(matrix.answers_for(combination))
    render(destination, data, interactive=False, vcs_ref="HEAD")
    return destination


@pytest.fixture(scope="module")
def everything(tmp_path_factory, frozen_template) -> Path:
    """Every available expert with auth: every rule's experts meet."""
    return _render(EVERYTHING, tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="module")
def grpc_entities(tmp_path_factory, frozen_template) -> Path:
    """typeorm with gRPC and no auth: the entities are served over gRPC too."""
    combination = matrix.Combination(("typeorm", "microservices"), "none")
    return _render(combination, tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="module")
def grpc_with_auth(tmp_path_factory, frozen_template) -> Path:
    """typeorm with gRPC and auth, without cqrs (which would serve the entities itself)."""
    combination = matrix.Combination(("typeorm", "microservices"), "jwt")
    return _render(combination, tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="module")
def cqrs_alone(tmp_path_factory, frozen_template) -> Path:
    """cqrs without queues: typeorm comes with it, nothing else."""
    return _render(matrix.Combination(("cqrs",), "none"), tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="module")
def auth_alone(tmp_path_factory, frozen_template) -> Path:
    return _render(AUTH_ALONE, tmp_path_factory.mktemp("rules"))


def read(project: Path, path: str) -> str:
    return (project / path).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the list itself


def _pairs(experts: list[str]) -> set[frozenset[str]]:
    """The pairs a rule is about: its first expert with each of the others."""
    return {frozenset({experts[0], other}) for other in experts[1:]}


def _template_text(blueprint: str) -> str:
    files = catalog.BLUEPRINTS / blueprint / "files"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(files.rglob("*.jinja")))


def declared_couplings() -> dict[frozenset[str], list[str]]:
    """Every pair of blueprints the blueprints couple, with one reason: a declared file
    condition naming the other, a capability one provides and the other reads, an env variable
    or compose service both declare, a catalog `requires`/`contributes`."""
    found: dict[frozenset[str], list[str]] = {}
    for a, b, why in _file_conditions() + _capabilities() + _shared_names() + _catalog_links():
        found.setdefault(frozenset({a, b}), []).append(why)
    return found


Coupling = tuple[str, str, str]


def _file_conditions() -> list[Coupling]:
    return [
        (b, other, f"{b} files: with/without {other}")
        for b in catalog.blueprint_ids()
        for rule in catalog.file_rules(b)
        for other in [*(rule.get("with") or []), *(rule.get("without") or [])]
        if other != b
    ]


def _capabilities() -> list[Coupling]:
    provided = [
        (owner, capability)
        for owner in catalog.blueprint_ids()
        for capability in catalog.blueprint_data(owner).get("provides") or {}
    ]
    found = []
    for reader in catalog.blueprint_ids():
        text = _template_text(reader)
        for owner, cap in provided:
            if owner != reader and re.search(
                rf"capabilities\.{cap}\b|'{cap}' in capabilities", text
            ):
                found.append((reader, owner, f"{reader} reads {owner}'s {cap}"))
    return found


def _declared_names(blueprint: str, key: str) -> set[str]:
    value = catalog.blueprint_data(blueprint).get(key) or {}
    return {entry["name"] for entry in value} if key == "env" else set(value)


def _shared_names() -> list[Coupling]:
    return [
        (a, b, f"both declare {key} {name}")
        for a, b in itertools.combinations(catalog.blueprint_ids(), 2)
        for key in ("env", "compose_services", "ci_services")
        for name in sorted(_declared_names(a, key) & _declared_names(b, key))
    ]


def _catalog_links() -> list[Coupling]:
    return [
        (entry["id"], other, f"{entry['id']} requires or contributes to {other}")
        for entry in catalog._catalog()["experts"]
        for other in [*(entry.get("requires") or []), *(entry.get("contributes") or {})]
    ]


def test_every_coupling_between_two_experts_is_a_listed_rule():
    listed = set().union(*(_pairs(rule["experts"]) for rule in RULES))

    unlisted = {pair: why for pair, why in declared_couplings().items() if pair not in listed}

    assert not unlisted, "add a rule to blueprints/rules.yml for: " + "; ".join(
        f"{' + '.join(sorted(pair))} ({', '.join(why)})"
        for pair, why in sorted(unlisted.items(), key=str)
    )


def test_each_rule_names_known_experts_and_has_a_test():
    module = sys.modules[__name__]
    unavailable = set(catalog.unavailable_expert_ids())
    for rule in RULES:
        assert set(rule["experts"]) <= set(catalog.blueprint_ids()), rule["id"]
        assert rule["says"] and "where" in rule, rule["id"]
        waiting = set(rule["experts"]) & unavailable
        if "pending" in rule:
            # When its experts land, the rule must get its test (and lose `pending`).
            assert waiting, f"{rule['id']}: its experts are available; write {rule['test']}"
        else:
            assert not waiting, f"{rule['id']}: {sorted(waiting)} not available; mark it pending"
            assert callable(getattr(module, rule["test"], None)), f"{rule['id']}: no {rule['test']}"


def test_the_coupling_finder_sees_each_kind_of_coupling():
    couplings = declared_couplings()

    def reasons(*pair: str) -> str:
        return " | ".join(couplings[frozenset(pair)])

    assert "auth files: with/without redis-cache" in reasons("auth", "redis-cache")
    assert "typeorm reads redis-cache's entity_cache" in reasons("typeorm", "redis-cache")
    assert "both declare env REDIS_URL" in reasons("redis-cache", "bullmq-queue")
    assert "both declare compose_services redis" in reasons("redis-cache", "bullmq-queue")
    assert "auth requires or contributes to typeorm" in reasons("auth", "typeorm")


# ---------------------------------------------------------------- one test per rule


def test_one_redis_for_cache_and_queues(everything):
    env_example = read(everything, ".env.example")
    validation = read(everything, "src/config/env.validation.ts")
    compose = yaml.safe_load(read(everything, "docker-compose.yml"))
    ci = yaml.safe_load(read(everything, ".github/workflows/ci.yml"))

    assert len(re.findall(r"^REDIS_URL=", env_example, re.MULTILINE)) == 1
    assert len(re.findall(r"^\s+REDIS_URL[?!]?:", validation, re.MULTILINE)) == 1
    # Both experts read the one variable: the cache's client and BullMQ's connection.
    assert "config.get('REDIS_URL'" in read(everything, "src/redis/redis.options.ts")
    assert "config.get('REDIS_URL'" in read(everything, "src/queues/queues.module.ts")
    redis_services = [
        name for name, spec in compose["services"].items() if "redis" in spec.get("image", "")
    ]
    assert redis_services == ["redis"]
    assert [name for name in next(iter(ci["jobs"].values()))["services"] if "redis" in name] == [
        "redis"
    ]
    # One server, two key spaces.
    assert re.search(r"^REDIS_KEY_PREFIX=", env_example, re.MULTILINE)
    assert re.search(r"^BULLMQ_PREFIX=", env_example, re.MULTILINE)


def test_the_redis_transport_shares_the_one_redis(everything):
    env_example = read(everything, ".env.example")
    compose = yaml.safe_load(read(everything, "docker-compose.yml"))

    assert "redis" in read(everything, "src/messaging/brokers.ts")
    assert "config.get('REDIS_URL'" in read(
        everything, "src/messaging/transports/redis.transport.ts"
    )
    assert len(re.findall(r"^REDIS_URL=", env_example, re.MULTILINE)) == 1
    assert [name for name in compose["services"] if "redis" in name] == ["redis"]


def test_the_cqrs_store_lives_in_typeorms_database(everything, grpc_entities):
    migrations = read(everything, "src/database/migrations/index.ts")
    cqrs_migrations = list((everything / "src" / "database" / "migrations").glob("*cqrs*"))

    assert cqrs_migrations, "cqrs writes no migration"
    assert all(m.stem in migrations for m in cqrs_migrations)
    assert "cqrs" not in read(grpc_entities, "src/database/migrations/index.ts").lower()


def test_cqrs_serves_the_entities_routes_through_the_buses(everything, grpc_entities):
    controller = read(everything, "src/customers/customers.controller.ts")
    module = read(everything, "src/customers/customers.module.ts")
    handler = read(everything, "src/customers/commands/create-customer.handler.ts")

    assert "this.commandBus.execute(" in controller and "this.queryBus.execute(" in controller
    assert "CustomersService" not in controller and "@Access(" in controller
    assert "CreateCustomerHandler" in module and "ListCustomersHandler" in module
    assert "this.transaction.run(" in handler and "'CustomerCreated'" in handler
    assert "this.transaction.current()" in read(everything, "src/customers/customer.repository.ts")
    plain = read(grpc_entities, "src/customers/customers.controller.ts")
    assert "Bus" not in plain and "this.customersService.create(" in plain
    assert not (grpc_entities / "src" / "customers" / "commands").exists()


def test_cqrs_hands_slow_work_to_a_queue(everything, cqrs_alone):
    handlers = list((everything / "src").glob("*/events/*.handler.ts"))

    assert handlers, "no cqrs event handler hands work to a queue"
    text = handlers[0].read_text(encoding="utf-8")
    assert "Producer" in text and ".addOnce(" in text and "event.stored.id" in text
    assert not list((cqrs_alone / "src").glob("*/events/*.handler.ts"))


def test_cqrs_events_reach_the_brokers(everything, grpc_entities, tmp_path_factory):
    forwarder = read(everything, "src/messaging/cqrs-events.forwarder.ts")
    served = _render(
        matrix.Combination(("cqrs", "microservices"), "none"), tmp_path_factory.mktemp("rules")
    )
    proto = "\n".join(p.read_text(encoding="utf-8") for p in (served / "proto").glob("*.proto"))

    # An entity cqrs serves changes only through its commands: no gRPC CRUD, no direct events.
    assert "service CustomerService" in "\n".join(
        p.read_text(encoding="utf-8") for p in (grpc_entities / "proto").glob("*.proto")
    )
    assert "service CustomerService" not in proto
    assert "IntegrationEventPublisher" not in read(served, "src/customers/customers.service.ts")

    assert "@EventsHandler(" in forwarder and "emit" in forwarder
    assert "CqrsEventsForwarder" in read(everything, "src/messaging/messaging.module.ts")
    assert not (grpc_entities / "src" / "messaging" / "cqrs-events.forwarder.ts").exists()


def test_the_image_carries_the_proto_files(everything):
    dockerfile = read(everything, "Dockerfile")

    assert list((everything / "proto").glob("*.proto"))
    assert "COPY --from=build /app/proto ./proto" in dockerfile


def test_grpc_serves_crud_for_every_entity(grpc_entities, grpc_with_auth):
    proto = "\n".join(
        p.read_text(encoding="utf-8") for p in (grpc_entities / "proto").glob("*.proto")
    )

    for entity in ("Customer", "Order"):
        service = re.search(rf"service {entity}Service {{(.*?)}}", proto, re.DOTALL)
        assert service, f"no {entity}Service in the .proto"
        methods = set(re.findall(r"rpc (\w+)\(", service.group(1)))
        assert methods == {"Create", "Get", "List", "Update", "Delete"}
    # The gRPC controller calls the HTTP routes' service (one validation, one cache path).
    assert "CustomersService" in read(grpc_entities, "src/customers/customer.grpc-controller.ts")
    # With auth the entities are served too, behind the HTTP access rules; auth's User is not.
    served = read(grpc_with_auth, "src/grpc/grpc.types.ts")
    assert "CUSTOMER_SERVICE" in served
    assert "USER_SERVICE" not in served


def test_with_auth_only_its_user_is_an_entity_and_grpc_serves_none(tmp_path):
    # auth brings typeorm with only its User: no entity is served over gRPC, and the broker
    # tests have no entity to write (this combination once failed to render).
    project = tmp_path / "auth-grpc"
    answers_data = {"project_name": "auth-grpc", "experts": ["microservices"], "auth": "jwt"}
    answers_data["microservices"] = {"transports": ["grpc", "nats"]}
    render(project, answers.validate(answers_data), interactive=False, vcs_ref="HEAD")

    assert "service UserService" not in "".join(
        p.read_text(encoding="utf-8") for p in (project / "proto").glob("*.proto")
    )
    assert (project / "src" / "users").is_dir()


def test_typeorm_writes_invalidate_the_redis_entity_cache(everything, auth_alone):
    module = read(everything, "src/database/database.module.ts")
    service = read(everything, "src/customers/customers.service.ts")

    assert "{ provide: ENTITY_CACHE, useClass: RedisEntityCache }" in module
    assert (everything / "test/redis-entity-cache.e2e-spec.ts").is_file()
    for write in ("async create", "async update", "async remove"):
        body = service.split(write, 1)[1].split("\n  }\n", 1)[0]
        assert "this.cache.invalidate(" in body, write
    assert "this.cache.getOrLoad(" in service
    # Without redis-cache the same service runs on the no-op cache.
    assert "useClass: NoopEntityCache" in read(auth_alone, "src/database/database.module.ts")
    assert not (auth_alone / "src/redis").exists()


def test_auth_users_live_in_typeorm_and_entity_routes_declare_access(auth_alone):
    assert matrix.composed_experts(matrix.answers_for(AUTH_ALONE)) == ("typeorm",)
    assert "@Entity(" in read(auth_alone, "src/users/entities/user.entity.ts")
    for controller in ("src/users/users.controller.ts", "src/customers/customers.controller.ts"):
        assert not _routes_without_access(read(auth_alone, controller)), controller


def test_auth_sessions_and_login_attempts_follow_redis_cache(everything, auth_alone):
    with_redis = {p.name for p in (everything / "src/auth").rglob("*.ts")}
    without = {p.name for p in (auth_alone / "src/auth").rglob("*.ts")}

    assert {"redis-session.store.ts", "redis-login-attempts.ts"} <= with_redis
    assert not {"database-session.store.ts", "memory-login-attempts.ts"} & with_redis
    assert {"database-session.store.ts", "memory-login-attempts.ts"} <= without
    assert not {"redis-session.store.ts", "redis-login-attempts.ts"} & without
    assert "RedisSessionStore" in read(everything, "src/auth/sessions/session-store.provider.ts")
    assert "DatabaseSessionStore" in read(auth_alone, "src/auth/sessions/session-store.provider.ts")


def test_auth_emails_are_queued_with_bullmq(everything, auth_alone):
    providers = read(everything, "src/auth/mail/auth-mailer.providers.ts")

    assert (everything / "src/auth/mail/auth-email.queue.ts").is_file()
    assert not (everything / "src/auth/mail/direct-auth-mailer.ts").exists()
    assert "BullModule" in providers or "registerQueue" in providers
    assert (auth_alone / "src/auth/mail/direct-auth-mailer.ts").is_file()
    assert not (auth_alone / "src/auth/mail/auth-email.queue.ts").exists()


_ROUTE = re.compile(r"^  @(Get|Post|Put|Patch|Delete)\(", re.MULTILINE)
_TRANSPORT_HANDLER = re.compile(r"^  @(GrpcMethod|MessagePattern|EventPattern)\(", re.MULTILINE)


_GRPC_METHOD = re.compile(r"^  @GrpcMethod\(", re.MULTILINE)


def _handlers_without_access(controller: str, handler: re.Pattern[str]) -> list[str]:
    """The handlers (`handler` marks them) of a controller that do not say who may call them
    (@Access on the handler, or @Public on the class)."""
    head, _, body = controller.partition("@Controller(")
    if "@Public()" in head.rsplit("\n\n", 1)[-1]:
        return []
    return [
        found.group(0).strip() + found.string[found.end() :].split("\n", 1)[0]
        for block in body.split("\n\n")
        if (found := handler.search(block)) and "@Access(" not in block
    ]


def _routes_without_access(controller: str) -> list[str]:
    """The HTTP routes of a controller that do not say who may call them."""
    return _handlers_without_access(controller, _ROUTE)


def test_every_route_says_who_may_call_it(everything):
    controllers = sorted((everything / "src").rglob("*.controller.ts"))

    assert {p.name for p in controllers} >= {"queues-admin.controller.ts", "health.controller.ts"}
    for controller in controllers:
        text = controller.read_text(encoding="utf-8")
        if _TRANSPORT_HANDLER.search(text):
            assert not _ROUTE.search(text), controller
            # gRPC methods carry the caller's token (rule grpc-caller-identity); broker
            # messages are service-to-service, behind the broker's own accounts.
            assert not _handlers_without_access(text, _GRPC_METHOD), controller
            continue
        assert _ROUTE.search(text), controller
        assert not _routes_without_access(text), controller
    assert "@Access('admin')" in read(everything, "src/queues/queues-admin.controller.ts")


def test_the_route_check_finds_a_route_without_access():
    controller = (
        "@Controller('x')\nexport class X {\n  @Access('member')\n  @Get()\n  a() {}\n\n"
        "  @Get(':id')\n  b() {}\n}\n"
    )

    assert _routes_without_access(controller) == ["@Get(':id')"]
    assert (
        _routes_without_access("@Public()\n@Controller('h')\nclass H {\n  @Get()\n  a() {}\n}")
        == []
    )


def test_the_grpc_method_check_finds_a_method_without_access():
    controller = (
        "@Controller()\nexport class X {\n  @Access('member')\n  @GrpcMethod('S', 'A')\n"
        "  a() {}\n\n  @GrpcMethod('S', 'B')\n  b() {}\n}\n"
    )

    assert _handlers_without_access(controller, _GRPC_METHOD) == ["@GrpcMethod('S', 'B')"]


# Each broker transport's production refusal (its own accounts are the boundary).
BROKER_REFUSALS = {
    "nats": ("connectNats", "refuseAnonymousNatsInProduction"),
    "rabbitmq": ("connectRabbitmq", "refuseGuestInProduction"),
    "redis": ("connectRedisTransport", "refusePasswordlessRedisInProduction"),
    "kafka": ("connectKafka", "refuseAnonymousKafkaInProduction"),
}


def test_grpc_calls_carry_the_callers_token(everything, auth_alone, grpc_entities, grpc_with_auth):
    callers = read(everything, "src/auth/callers.ts")
    # auth's guards read the token of a gRPC call from its metadata, and check it as HTTP's.
    assert "metadata.get('authorization')" in callers
    guard = read(everything, "src/auth/guards/jwt-auth.guard.ts")
    assert "authorizationOf(context)" in guard and "this.sessions.find(claims.sid)" in guard
    assert "callerOf(context)" in read(everything, "src/auth/guards/roles.guard.ts")
    # Without gRPC there is no metadata to read (and no @grpc/grpc-js to import).
    assert "@grpc/grpc-js" not in read(auth_alone, "src/auth/callers.ts")
    # Entity services take the HTTP routes' levels; without auth they declare nothing.
    served = read(grpc_with_auth, "src/customers/customer.grpc-controller.ts")
    assert served.count("@Access(") == 5
    assert "@Access(" not in read(grpc_entities, "src/customers/customer.grpc-controller.ts")
    # The e2e specs call as anonymous, member, another member and admin.
    spec = read(grpc_with_auth, "test/grpc/grpc-entities.e2e-spec.ts")
    assert "status.UNAUTHENTICATED" in spec and "signIn(app, 'member')" in spec
    # Broker messages carry no user: before serving, each transport refuses in production a
    # broker anyone could reach, and an e2e spec proves every refusal.
    production = read(everything, "test/messaging/production.e2e-spec.ts")
    for transport, (connect, refusal) in BROKER_REFUSALS.items():
        source = read(everything, f"src/messaging/transports/{transport}.transport.ts")
        assert f"{refusal}(" in source.split(f"function {connect}(")[1], transport
        assert f"serves({connect}, " in production, transport


def test_each_expert_writes_its_unit_specs_only_with_suites_testing(everything, auth_alone):
    def suites_specs(project: Path) -> set[str]:
        """The top folders under src/ of the specs written with Suites (@suites/unit)."""
        return {
            p.relative_to(project / "src").parts[0]
            for p in (project / "src").rglob("*.spec.ts")
            if "@suites/unit" in p.read_text(encoding="utf-8")
        }

    # One folder at least per expert: base (health), typeorm (entities), redis, queues, auth,
    # cqrs (the handlers of its default aggregates, the entities), microservices (grpc,
    # messaging).
    assert {"health", "customers", "redis", "queues", "auth", "grpc", "messaging"} <= (
        suites_specs(everything)
    )
    assert "@suites/unit" in read(everything, "src/customers/customers.handlers.spec.ts")
    assert suites_specs(auth_alone) == set()
    assert "@suites/" not in read(auth_alone, "package.json")
