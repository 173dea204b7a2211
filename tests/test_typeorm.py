"""The typeorm expert: answers validation, the one-line form, rendering facts, and (node) the
migration check and a wide model through real builds."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from generator.answers import problems
from generator.catalog import REPO_ROOT
from generator.template import render
from tests.helpers import link_node_modules, npm, run_cli

SHOP = REPO_ROOT / "tests" / "scenarios" / "typeorm-shop.yml"
CLEAR_LINE = "\x15"  # Ctrl-U: drop the pre-filled default
ENTER = "\r"


def shop_entities() -> list[dict[str, Any]]:
    return yaml.safe_load(SHOP.read_text())["entities"]


def wide_entities(count: int = 30) -> list[dict[str, Any]]:
    """`count` entities using every field type and every relation kind."""
    entities = []
    for number in range(1, count + 1):
        fields = [
            {"name": "title", "type": "string", "unique": True, "length": 120},
            {"name": "body", "type": "text", "nullable": True},
            {"name": "rank", "type": "int", "default": 0, "index": True},
            {"name": "big", "type": "bigint", "nullable": True},
            {"name": "ratio", "type": "float", "nullable": True},
            {"name": "amount", "type": "decimal", "precision": 12, "scale": 2},
            {"name": "active", "type": "boolean", "default": True},
            {"name": "day", "type": "date", "nullable": True},
            {"name": "seenAt", "type": "datetime", "nullable": True},
            {"name": "ref", "type": "uuid", "nullable": True},
            {"name": "meta", "type": "json", "nullable": True},
            {"name": "kind", "type": "enum", "values": ["a", "b"], "default": "a"},
        ]
        entity: dict[str, Any] = {
            "name": f"Part{number:02d}",
            "soft_delete": number % 2 == 0,
            "fields": fields,
            "relations": [],
            "indexes": [{"columns": ["kind", "createdAt"]}],
        }
        entities.append(entity)
    for index, entity in enumerate(entities[1:], start=1):
        parent = entities[index - 1]
        entity["indexes"].append({"columns": ["amount", "parent"], "unique": True})
        entity["relations"].append(
            {"name": "parent", "type": "many-to-one", "target": parent["name"],
             "inverse": "children", "on_delete": "cascade"}
        )  # fmt: skip
        parent["relations"].append(
            {
                "name": "children",
                "type": "one-to-many",
                "target": entity["name"],
                "inverse": "parent",
            }
        )
        if index % 3 == 0:
            entity["relations"].append(
                {"name": "peers", "type": "many-to-many", "target": parent["name"], "owner": True}
            )
        if index % 5 == 0:
            entity["relations"].append(
                {"name": "twin", "type": "one-to-one", "target": parent["name"], "owner": True}
            )
    return entities


def jinja_env() -> SandboxedEnvironment:
    """The same Jinja features copier gives the templates (ansible filters, no extensions)."""
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(REPO_ROOT)),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def macro(name: str, *args: Any) -> str:
    source = f"{{% from 'blueprints/typeorm/model.jinja' import {name} %}}{{{{ {name}(*args) }}}}"
    return jinja_env().from_string(source).render(args=args)


def wizard_problem(line: str) -> str:
    """What entities_text's validator (questions.yml) shows for a line typed in the wizard."""
    source = (
        "{% from 'blueprints/validate.jinja' import question_problem %}"
        "{{ question_problem('entities_text', {'entities_text': line, 'auth': 'none'}) }}"
    )
    # The wizard breaks the reason into lines of 80 columns: read it as one.
    return " ".join(jinja_env().from_string(source).render(line=line).split())


def write_answers(path: Path, **answers: Any) -> Path:
    path.write_text(yaml.safe_dump({"project_name": "shop-api", **answers}))
    return path


# --- answers validation (the bad cases are files of tests/data/bad-answers/) -----------------


def test_the_issue_spec_is_valid():
    assert problems({"experts": ["typeorm"], "entities": shop_entities()}) == []


def test_a_wide_model_is_valid():
    assert problems({"experts": ["typeorm"], "entities": wide_entities()}) == []


# --- the one-line form (the wizard's) -----------------------------------------------------

LINE = (
    "User!soft(email:string(320)!unique, displayName:string?, role:enum[admin|member]=member) "
    "Profile(bio:text?) Order(total:decimal(12,2)) Product(sku:string!unique, price:decimal) "
    "User.orders 1:N Order.customer!cascade User.profile 1:1 Profile "
    "Order.products N:M Product.orders"
)


def test_the_line_parses_to_the_issue_model():
    parsed = json.loads(macro("parse_text", LINE))

    user = parsed[0]
    assert user["soft_delete"] is True
    assert user["fields"][0] == {"name": "email", "type": "string", "length": 320, "unique": True}
    assert user["fields"][2] == {
        "name": "role", "type": "enum", "values": ["admin", "member"], "default": "member"
    }  # fmt: skip
    assert {"name": "orders", "type": "one-to-many", "target": "Order", "inverse": "customer"} in (
        user["relations"]
    )
    order = parsed[2]
    assert order["relations"][0]["on_delete"] == "cascade"
    assert order["relations"][1] == {
        "name": "products", "type": "many-to-many", "target": "Product", "inverse": "orders",
        "owner": True,
    }  # fmt: skip
    assert problems({"entities": parsed}) == []


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("User(age:integer)", "User.age: unknown type 'integer'"),
        ("User(a:string) User(b:string)", "declared twice"),
        ("User(role:enum)", "an enum needs values"),
        ("User(a:string) User 1:N Ghost", "unknown entity 'Ghost'"),
        ("User(a:string) ???", "cannot read"),
        ("CustomerLoyaltyEnrollment(a:string)", "longer than 20 characters"),
    ],
)
def test_the_wizard_validator_explains_a_bad_line(line, problem):
    assert problem in wizard_problem(line)


def test_the_wizard_validator_accepts_a_good_line():
    assert wizard_problem(LINE) == ""


@pytest.mark.parametrize("separator", [", ", "; ", " ,", ";"])
def test_entities_and_relations_may_be_separated_by_commas_or_semicolons(separator):
    items = [
        "User!soft(email:string(320)!unique, role:enum[admin|member]=member)",
        "Order(total:decimal(12,2))",
        "User.orders 1:N Order.customer!cascade",
    ]
    spaced, separated = " ".join(items), separator.join(items)

    assert macro("parse_text", separated) == macro("parse_text", spaced)
    assert wizard_problem(separated) == ""


def test_a_line_keeps_refusing_what_is_not_a_separator():
    assert "cannot read 'User 1:N Order'" in wizard_problem(
        "User(a:string), Order(b:int), User 1:N, Order"
    )


BOOKS = [
    {"name": "Author", "fields": [{"name": "name", "type": "string"}]},
    {"name": "Tag", "fields": [{"name": "label", "type": "string"}]},
    {
        "name": "Book",
        "relations": [
            {"name": "author", "type": "many-to-one", "target": "Author", "inverse": "books"},
            {"name": "tags", "type": "many-to-many", "target": "Tag", "inverse": "books"},
        ],
    },
]


def test_a_relation_declared_on_one_side_gets_its_inverse_side():
    assert problems({"experts": ["typeorm"], "entities": BOOKS}) == []
    author, tag, book = json.loads(macro("effective_entities", BOOKS, "", []))

    assert author["relations"] == [
        {"name": "books", "type": "one-to-many", "target": "Book", "inverse": "author"}
    ]
    assert tag["relations"] == [
        {
            "name": "books",
            "type": "many-to-many",
            "target": "Book",
            "inverse": "tags",
            "owner": False,
        }
    ]
    assert book["relations"][1]["owner"] is True  # the declared side keeps the join table
    assert BOOKS[0].get("relations") is None  # the answers themselves are left as given


def test_the_created_inverse_side_is_generated(tmp_path):
    destination = tmp_path / "books"

    render(destination, {"project_name": "books-api", "experts": ["typeorm"], "entities": BOOKS},
           interactive=False, vcs_ref="HEAD")  # fmt: skip

    author = (destination / "src/authors/entities/author.entity.ts").read_text()
    assert "@OneToMany(() => Book, (book) => book.author)" in author
    tag = (destination / "src/tags/entities/tag.entity.ts").read_text()
    assert "@ManyToMany(() => Book, (book) => book.tags)" in tag and "@JoinTable" not in tag
    assert "@JoinTable" in (destination / "src/books/entities/book.entity.ts").read_text()


def test_the_line_generates_the_same_resources_in_process(tmp_path):
    destination = tmp_path / "line"
    data = {"project_name": "line-api", "experts": ["typeorm"], "entities_text": LINE}

    render(destination, data, interactive=False, vcs_ref="HEAD")

    entity = (destination / "src/orders/entities/order.entity.ts").read_text()
    assert "@ManyToOne(() => User, (user) => user.orders, { onDelete: 'CASCADE' })" in entity
    assert "@JoinTable({" in entity and "name: 'orders_products'," in entity
    assert "@JoinTable" not in (destination / "src/products/entities/product.entity.ts").read_text()
    for folder in ("users", "profiles", "orders", "products"):
        assert (destination / f"src/{folder}/{folder}.controller.ts").is_file()
    assert not (destination / "src/tasks").exists()


def test_without_entities_the_example_entity_is_generated(tmp_path):
    destination = tmp_path / "example"

    render(destination, {"project_name": "ex", "experts": ["typeorm"]}, interactive=False,
           vcs_ref="HEAD")  # fmt: skip

    assert (destination / "src/tasks/entities/task.entity.ts").is_file()
    assert "TasksModule" in (destination / "src/app.module.ts").read_text()


# --- rendering facts ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("shop") / "shop"
    data = {**yaml.safe_load(SHOP.read_text())}
    render(destination, data, interactive=False, vcs_ref="HEAD")
    return destination


def typeorm_name(prefix: str, key: str, size: int) -> str:
    """DefaultNamingStrategy, independently: prefix + sha1(key)[:size]."""
    return prefix + hashlib.sha1(key.encode()).hexdigest()[:size]


def test_the_migration_uses_typeorm_constraint_names(shop):
    migration = (shop / "src/database/migrations/1735689600000-initial-schema.ts").read_text()

    expected = [
        typeorm_name("PK_", "users_id", 27),
        typeorm_name("UQ_", "users_email", 27),
        typeorm_name("REL_", "users_profileId", 26),
        typeorm_name("IDX_", "users_createdAt_email", 26),
        typeorm_name("FK_", "orders_customerId", 27),
        typeorm_name("PK_", "orders_products_orderId_productId", 27),
    ]
    for name in expected:
        assert f'"{name}"' in migration
    assert "CREATE TYPE \"public\".\"users_role_enum\" AS ENUM('admin', 'member')" in migration
    assert 'REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION' in migration
    assert "synchronize: false" in (shop / "src/database/database.options.ts").read_text()


def test_dtos_carry_rules_derived_from_the_fields(shop):
    create = (shop / "src/users/dto/create-user.dto.ts").read_text()
    update = (shop / "src/users/dto/update-user.dto.ts").read_text()

    assert "@MaxLength(320)\n  email: string;" in create
    assert (
        "@IsOptional()\n  @IsString()\n  @MaxLength(255)\n  displayName?: string | null;" in create
    )
    assert "@IsIn(USER_ROLE_VALUES)\n  role?: UserRole;" in create
    assert "@IsUUID()\n  profileId?: string | null;" in create
    assert "email?: string;" in update
    order = (shop / "src/orders/dto/create-order.dto.ts").read_text()
    assert "@Matches(/^-?\\d{1,10}(\\.\\d{1,2})?$/" in order
    assert "productIds?: string[];" in order


def test_responses_expose_relations_only_in_the_detail(shop):
    response = (shop / "src/users/dto/user-response.dto.ts").read_text()
    start = response.index("export class UserResponse")
    plain = response[start : response.index("export class UserDetailResponse")]

    assert "orders" not in plain and "profile:" not in plain and "profileId: string | null" in plain
    assert "orders: OrderResponse[];" in response


def test_services_read_through_the_entity_cache_bound_to_a_no_op(shop):
    service = (shop / "src/users/users.service.ts").read_text()
    module = (shop / "src/database/database.module.ts").read_text()

    assert "this.cache.getOrLoad(key, DETAIL_TAGS" in service
    assert service.count("await this.cache.invalidate([CACHE_TAG]);") == 5
    assert "useClass: NoopEntityCache" in module


def test_a_cache_capability_replaces_the_no_op_binding(shop):
    template = jinja_env().get_template(
        "blueprints/typeorm/files/src/database/database.module.ts.jinja"
    )
    capability = {"class": "RedisEntityCache", "from": "cache/redis-entity-cache"}

    module = template.render(capabilities={"entity_cache": capability})

    assert "import { RedisEntityCache } from '../cache/redis-entity-cache';" in module
    assert "{ provide: ENTITY_CACHE, useClass: RedisEntityCache }" in module
    assert "NoopEntityCache" not in module


def test_the_project_wires_postgres_for_health_compose_and_ci(shop):
    assert (
        "this.database.pingCheck('database')"
        in (shop / "src/health/health.controller.ts").read_text()
    )
    compose = yaml.safe_load((shop / "docker-compose.yml").read_text())
    assert compose["services"]["postgres"]["healthcheck"]["test"][0] == "CMD-SHELL"
    workflow = yaml.safe_load((shop / ".github/workflows/ci.yml").read_text())
    assert "postgres" in workflow["jobs"]["check"]["services"]
    assert "await setupDatabase();" in (shop / "test/global-setup.ts").read_text()


# --- real builds (node) ------------------------------------------------------------------


def psql(sql: str, database: str = "postgres") -> None:
    subprocess.run(
        ["psql", f"postgres://postgres@127.0.0.1:5432/{database}", "-qAtc", sql],
        check=True,
        capture_output=True,
    )


@pytest.mark.node
def test_migration_generate_finds_nothing_after_migration_run(tmp_path):
    project = tmp_path / "shop"
    assert run_cli("new", project, "--answers", SHOP, "--ref", "HEAD").code == 0
    link_node_modules(project)
    database = f"nestgen_migcheck_{uuid.uuid4().hex[:12]}"
    env = {"DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}"}
    psql(f'CREATE DATABASE "{database}"')
    try:
        ran = npm(project, "run", "migration:run", env=env)
        assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-2000:]
        check = npm(project, "run", "migration:check", env=env)
        assert check.returncode == 0, check.stdout[-2000:]
        assert "No changes in database schema were found" in check.stdout

        psql('ALTER TABLE "users" DROP COLUMN "displayName"', database)
        drift = npm(project, "run", "migration:check", env=env)
        assert drift.returncode != 0
        assert "displayName" in drift.stdout + drift.stderr
    finally:
        psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.mark.node
def test_a_thirty_entity_model_generates_and_typechecks(tmp_path):
    answers = write_answers(
        tmp_path / "wide.yml", experts=["typeorm", "suites-testing"], entities=wide_entities()
    )
    project = tmp_path / "wide"

    result = run_cli("new", project, "--answers", answers, "--ref", "HEAD")

    assert result.code == 0, result.err
    assert len(list((project / "src").glob("part*/entities/*.entity.ts"))) == 30
    link_node_modules(project)
    typecheck = npm(project, "run", "typecheck")
    assert typecheck.returncode == 0, typecheck.stdout[-4000:]


def test_the_wizard_takes_entities_as_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    destination = tmp_path / "wizard-shop"
    keys = [
        ENTER,  # request: none
        CLEAR_LINE + "wizard-shop" + ENTER,  # project_name
        ENTER,  # description
        " " + ENTER,  # experts: typeorm (the first choice)
        ENTER,  # auth: none
        ENTER,  # http_port
        ENTER,  # layout: single
        "User(email:string(320)!unique) Order(total:decimal(12,2)) User 1:N Order" + ENTER,
    ]
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("".join(keys))
        pipe.close()  # past the last key the wizard meets end of input, not a hang
        result = run_cli("new", destination, "--ref", "HEAD")

    assert result.code == 0, result.err
    order = (destination / "src/orders/entities/order.entity.ts").read_text()
    assert "@ManyToOne(() => User, (user) => user.orders)" in order
    assert "customerId" not in order and "userId: string | null;" in order
    answers = yaml.safe_load((destination / ".copier-answers.yml").read_text())
    assert answers["entities_text"].startswith("User(email:string(320)!unique)")


# Names at the length limits (20 for entities, 24 for fields and relations): the generated code
# must still be laid out as prettier prints it.
LONG_NAMES = (
    "WarehouseShipmentLog!soft(trackingReferenceCodeAbc:string(64)!unique, "
    "declaredValueAmount:decimal(14,4), deliveryStatus:enum[pending|delivered]=pending, "
    "receivedAt:datetime?) StorageWarehouseSite(siteNameForTheWarehouseX:string!unique) "
    "WarehouseShipmentLog.destinationWarehouseSite N:1 "
    "StorageWarehouseSite.incomingShipmentLogsList!restrict "
    "WarehouseShipmentLog.handlingWarehousesListAb N:M "
    "StorageWarehouseSite.handledShipmentLogsListA "
    "WarehouseShipmentLog.outboundShipmentLogEntry 1:1 StorageWarehouseSite.originOfShipmentLog"
)


@pytest.mark.node
def test_names_at_the_length_limits_come_out_formatted_and_lint_clean(tmp_path):
    answers = write_answers(
        tmp_path / "long.yml", experts=["typeorm", "suites-testing"], entities_text=LONG_NAMES
    )
    project = tmp_path / "long"
    assert run_cli("new", project, "--answers", answers, "--ref", "HEAD").code == 0
    link_node_modules(project)

    for script in ("format:check", "lint", "typecheck"):
        completed = npm(project, "run", script)
        assert completed.returncode == 0, f"{script}:\n{completed.stdout[-3000:]}"
