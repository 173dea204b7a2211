"""Answers of the typeorm expert: the entities, as a YAML list or as one line of text.

Both forms become the same list of entities (blueprints/typeorm/model.jinja parses the line the
same way for the wizard) and are checked here before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.errors import AnswersError

FIELD_TYPES = (
    "string", "text", "int", "bigint", "float", "decimal", "boolean", "date", "datetime",
    "uuid", "json", "enum",
)  # fmt: skip
RELATION_TYPES = ("one-to-one", "one-to-many", "many-to-one", "many-to-many")
INVERSE_TYPES = {
    "one-to-one": "one-to-one",
    "one-to-many": "many-to-one",
    "many-to-one": "one-to-many",
    "many-to-many": "many-to-many",
}
ON_DELETE = ("cascade", "set-null", "restrict", "no-action")
DEFAULT_TYPES = ("string", "text", "int", "boolean", "enum")

ENTITY_KEYS = frozenset({"name", "table", "soft_delete", "fields", "relations", "indexes"})
FIELD_KEYS = frozenset(
    {"name", "type", "nullable", "unique", "index", "length", "precision", "scale", "values",
     "default"}
)  # fmt: skip
RELATION_KEYS = frozenset({"name", "type", "target", "inverse", "owner", "on_delete", "nullable"})
INDEX_KEYS = frozenset({"columns", "unique"})

PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
CAMEL = re.compile(r"^[a-z][A-Za-z0-9]*$")
TABLE = re.compile(r"^[a-z][a-z0-9_]*$")
ENUM_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
MAX_IDENTIFIER = 63  # PostgreSQL truncates longer identifiers
# Longest names the generated code is laid out (and tested) for.
MAX_ENTITY_NAME = 20
MAX_MEMBER_NAME = 24

TS_RESERVED = frozenset(
    (
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "implements",
        "interface",
        "let",
        "package",
        "private",
        "protected",
        "public",
        "static",
        "yield",
        "await",
        "constructor",
        "prototype",
        "arguments",
        "eval",
        "undefined",
    )
)
SQL_RESERVED = frozenset(
    (
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "authorization",
        "binary",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "collation",
        "column",
        "concurrently",
        "constraint",
        "create",
        "cross",
        "current_catalog",
        "current_date",
        "current_role",
        "current_schema",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "freeze",
        "from",
        "full",
        "grant",
        "group",
        "having",
        "ilike",
        "in",
        "initially",
        "inner",
        "intersect",
        "into",
        "is",
        "isnull",
        "join",
        "lateral",
        "leading",
        "left",
        "like",
        "limit",
        "localtime",
        "localtimestamp",
        "natural",
        "not",
        "notnull",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "outer",
        "overlaps",
        "placing",
        "primary",
        "references",
        "returning",
        "right",
        "select",
        "session_user",
        "similar",
        "some",
        "symmetric",
        "system_user",
        "table",
        "tablesample",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "variadic",
        "verbose",
        "when",
        "where",
        "window",
        "with",
    )
)
# Names the generated code already uses for itself.
ENTITY_RESERVED = frozenset(
    (
        "App",
        "Common",
        "Config",
        "Database",
        "Health",
        "Page",
        "Entity",
        "Column",
        "Index",
        "Relation",
        "Repository",
        "DataSource",
        "Object",
        "Array",
        "Date",
        "String",
        "Number",
        "Boolean",
        "Promise",
        "Error",
        "Map",
        "Set",
        "JSON",
        "Record",
        "Symbol",
    )
)
SYSTEM_COLUMNS = ("id", "createdAt", "updatedAt", "deletedAt")
QUERY_PARAMETERS = ("page", "limit", "sort", "order")


def _fail(where: str, message: str) -> None:
    raise AnswersError(f"{where}: {message}")


def _words(name: str, sep: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", rf"\1{sep}\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", rf"\1{sep}\2", name).lower()


def pluralize(word: str) -> str:
    """The same English plural as model.jinja (last word only)."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def table_name(entity: Mapping[str, Any]) -> str:
    return entity.get("table") or _words(pluralize(entity["name"]), "_")


def _check_name(
    where: str, name: Any, pattern: re.Pattern[str], form: str, longest: int = MAX_MEMBER_NAME
) -> str:
    if not isinstance(name, str) or not name:
        _fail(where, "a name is required")
    if any(sep in name for sep in ("/", "\\", ".")):
        _fail(where, f"{name!r} must not contain '/', '\\' or '.'")
    if not pattern.match(name):
        _fail(where, f"{name!r} is not a valid identifier ({form})")
    if len(name) > longest:
        _fail(where, f"{name!r} is longer than {longest} characters")
    return name


def _check_not_reserved(where: str, word: str, *, sql: bool = True) -> None:
    if word in TS_RESERVED:
        _fail(where, f"{word!r} is a reserved word in TypeScript")
    if sql and word.lower() in SQL_RESERVED:
        _fail(where, f"{word!r} is a reserved word in SQL")


def _check_keys(where: str, item: Any, allowed: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(item, Mapping):
        _fail(where, "must be a mapping")
    unknown = sorted(set(item) - allowed)
    if unknown:
        _fail(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")
    return item


def _check_bools(where: str, item: Mapping[str, Any], keys: Iterable[str]) -> None:
    for key in keys:
        if key in item and not isinstance(item[key], bool):
            _fail(where, f"{key} must be true or false")


def _check_list(where: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        _fail(where, "must be a list")
    return value


def _positive_int(where: str, key: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        _fail(where, f"{key} must be an integer from {low} to {high}")


def _check_sizes(where: str, field: Mapping[str, Any]) -> None:
    kind = field["type"]
    if "length" in field:
        if kind != "string":
            _fail(where, "length applies to string fields only")
        _positive_int(where, "length", field["length"], 1, 10485760)
    for key in ("precision", "scale"):
        if key in field and kind != "decimal":
            _fail(where, f"{key} applies to decimal fields only")
    if kind == "decimal":
        precision, scale = field.get("precision", 10), field.get("scale", 2)
        _positive_int(where, "precision", precision, 1, 1000)
        _positive_int(where, "scale", scale, 0, 1000)
        if scale >= precision:
            _fail(where, f"scale ({scale}) must be smaller than precision ({precision})")


def _check_enum(where: str, field: Mapping[str, Any], table: str) -> None:
    values = field.get("values")
    if field["type"] != "enum":
        if "values" in field:
            _fail(where, "values apply to enum fields only")
        return
    if not isinstance(values, list) or not values:
        _fail(where, "an enum needs values (a non-empty list)")
    for value in values:
        if not isinstance(value, str) or not ENUM_VALUE.match(value):
            _fail(where, f"enum value {value!r} must be letters, digits, '_' or '-'")
    if len(set(values)) != len(values):
        _fail(where, "enum values must be distinct")
    if len(f"{table}_{field['name']}_enum") > MAX_IDENTIFIER:
        _fail(where, f"the enum type name is longer than {MAX_IDENTIFIER} characters")


def _default_problem(field: Mapping[str, Any]) -> str | None:
    kind, value = field["type"], field["default"]
    if kind not in DEFAULT_TYPES:
        return f"a default is supported on {', '.join(DEFAULT_TYPES)} fields"
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) else "must be an int"
    if kind == "boolean":
        return None if isinstance(value, bool) else "must be true or false"
    if not isinstance(value, str):
        return "must be a string"
    if "'" in value or "\\" in value:
        return "must not contain quotes or backslashes"
    if kind == "enum" and value not in field.get("values", []):
        return f"{value!r} is not one of the enum values"
    if kind == "string" and len(value) > field.get("length", 255):
        return "is longer than the field's length"
    return None


def _check_field(where: str, field: Any, table: str) -> str:
    field = _check_keys(where, field, FIELD_KEYS)
    name = _check_name(where, field.get("name"), CAMEL, "camelCase: email, displayName")
    where = f"{where} ({name})"
    _check_not_reserved(where, name)
    if name in SYSTEM_COLUMNS:
        _fail(where, f"{name!r} is generated for every entity")
    if name in QUERY_PARAMETERS:
        _fail(where, f"{name!r} is a query parameter of the list endpoint")
    if field.get("type") not in FIELD_TYPES:
        _fail(where, f"unknown type {field.get('type')!r} (one of {', '.join(FIELD_TYPES)})")
    _check_bools(where, field, ("nullable", "unique", "index"))
    _check_sizes(where, field)
    _check_enum(where, field, table)
    if field.get("default") is not None:
        problem = _default_problem(field)
        if problem:
            _fail(where, f"default {problem}")
    return name


def _check_relation_shape(where: str, relation: Mapping[str, Any], names: set[str]) -> None:
    kind = relation.get("type")
    if kind not in RELATION_TYPES:
        _fail(where, f"unknown relation type {kind!r} (one of {', '.join(RELATION_TYPES)})")
    if relation.get("target") not in names:
        _fail(where, f"target {relation.get('target')!r} is not an entity")
    _check_bools(where, relation, ("owner", "nullable"))
    if "owner" in relation and kind not in ("one-to-one", "many-to-many"):
        _fail(where, "owner applies to one-to-one and many-to-many relations")
    inverse = relation.get("inverse")
    if inverse is not None and not (isinstance(inverse, str) and CAMEL.match(inverse)):
        _fail(where, f"inverse {inverse!r} is not a relation name")
    if kind == "one-to-many" and not inverse:
        _fail(where, "a one-to-many relation needs its inverse (the many-to-one on the target)")


def _owns_key(relation: Mapping[str, Any], inverse: Mapping[str, Any] | None) -> bool:
    kind = relation["type"]
    if kind == "many-to-one":
        return True
    if kind == "one-to-one":
        return bool(relation.get("owner", inverse is None))
    return False


def _check_foreign_key_options(
    where: str, relation: Mapping[str, Any], inverse: Mapping[str, Any] | None
) -> None:
    owns = _owns_key(relation, inverse)
    for key in ("on_delete", "nullable"):
        if key in relation and not owns:
            _fail(where, f"{key} applies to the side that holds the foreign key")
    on_delete = relation.get("on_delete")
    if on_delete is not None and on_delete not in ON_DELETE:
        _fail(where, f"on_delete {on_delete!r} is not one of {', '.join(ON_DELETE)}")
    if on_delete == "set-null" and relation.get("nullable") is False:
        _fail(where, "on_delete set-null needs a nullable relation")


def _find_inverse(
    where: str, entity: str, relation: Mapping[str, Any], by_name: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    inverse_name = relation.get("inverse")
    if not inverse_name:
        return None
    target = by_name[relation["target"]]
    matches = [r for r in target.get("relations") or [] if r.get("name") == inverse_name]
    if not matches:
        _fail(where, f"inverse {inverse_name!r} is not a relation of {target['name']}")
    inverse = matches[0]
    if inverse.get("target") != entity:
        _fail(where, f"{target['name']}.{inverse_name} does not point back to {entity}")
    if inverse.get("inverse") not in (None, relation["name"]):
        _fail(where, f"{target['name']}.{inverse_name} names another inverse side")
    if inverse.get("type") != INVERSE_TYPES[relation["type"]]:
        expected = INVERSE_TYPES[relation["type"]]
        _fail(
            where, f"{target['name']}.{inverse_name} must be {expected} to match {relation['type']}"
        )
    return inverse


def _check_ownership(
    where: str, relation: Mapping[str, Any], inverse: Mapping[str, Any] | None
) -> None:
    if relation["type"] not in ("one-to-one", "many-to-many"):
        return
    if inverse is None:
        if relation.get("owner") is False:
            _fail(where, "a relation without an inverse side must own it (owner: true)")
        return
    if bool(relation.get("owner")) == bool(inverse.get("owner")):
        _fail(where, f"exactly one side of {relation['type']} must have owner: true")


def _check_relation(
    where: str, entity: Mapping[str, Any], relation: Any, by_name: Mapping[str, Any]
) -> list[str]:
    """The names the relation takes in the entity (its own, and its foreign key column)."""
    relation = _check_keys(where, relation, RELATION_KEYS)
    name = _check_name(where, relation.get("name"), CAMEL, "camelCase: orders, customer")
    where = f"{where} ({name})"
    _check_not_reserved(where, name, sql=False)  # its column, if any, is <name>Id
    if name in SYSTEM_COLUMNS or name in QUERY_PARAMETERS:
        _fail(where, f"{name!r} is already used by the generated code")
    _check_relation_shape(where, relation, set(by_name))
    inverse = _find_inverse(where, entity["name"], relation, by_name)
    _check_ownership(where, relation, inverse)
    _check_foreign_key_options(where, relation, inverse)
    return [name, f"{name}Id"] if _owns_key(relation, inverse) else [name]


def _check_unique(where: str, names: list[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            _fail(where, f"{what} {name!r} is declared twice")
        seen.add(name)


def _check_indexes(where: str, entity: Mapping[str, Any], columns: set[str]) -> None:
    for position, index in enumerate(_check_list(f"{where}.indexes", entity.get("indexes"))):
        here = f"{where}.indexes[{position}]"
        index = _check_keys(here, index, INDEX_KEYS)
        names = index.get("columns")
        if not isinstance(names, list) or not names:
            _fail(here, "columns must be a non-empty list")
        _check_unique(here, names, "column")
        for column in names:
            if column not in columns:
                _fail(here, f"{column!r} is not a column of {entity['name']}")
        _check_bools(here, index, ("unique",))


def _entity_columns(entity: Mapping[str, Any], fields: list[str], keys: list[str]) -> set[str]:
    """What an index may name: columns, and owning relations (by their foreign key)."""
    system = ["id", "createdAt", "updatedAt"] + (["deletedAt"] if entity.get("soft_delete") else [])
    owning = {key[:-2] for key in keys if key.endswith("Id") and key[:-2] in keys}
    return set(system) | set(fields) | owning | {f"{name}Id" for name in owning}


def _check_entity_names(where: str, entity: Mapping[str, Any]) -> tuple[str, str]:
    name = _check_name(
        where, entity.get("name"), PASCAL, "PascalCase singular: User, OrderItem", MAX_ENTITY_NAME
    )
    if name in ENTITY_RESERVED:
        _fail(where, f"{name!r} is a name the generated code already uses")
    camel = name[0].lower() + name[1:]
    for word in (camel, camel and pluralize(camel)):
        _check_not_reserved(where, word, sql=False)
    table = entity.get("table")
    if table is not None:
        _check_name(f"{where}.table", table, TABLE, "snake_case: order_items", MAX_IDENTIFIER)
    table = table_name(entity)
    _check_not_reserved(f"{where}.table", table)
    if len(table) > MAX_IDENTIFIER:
        _fail(where, f"table name {table!r} is longer than {MAX_IDENTIFIER} characters")
    return name, table


def _check_entity(entity: Mapping[str, Any], by_name: Mapping[str, Any]) -> None:
    where = f"entities.{entity['name']}"
    _check_bools(where, entity, ("soft_delete",))
    table = table_name(entity)
    fields = [
        _check_field(f"{where}.fields[{i}]", field, table)
        for i, field in enumerate(_check_list(f"{where}.fields", entity.get("fields")))
    ]
    keys: list[str] = []
    for i, relation in enumerate(_check_list(f"{where}.relations", entity.get("relations"))):
        keys.extend(_check_relation(f"{where}.relations[{i}]", entity, relation, by_name))
    _check_unique(where, fields + keys, "field or relation")
    _check_indexes(where, entity, _entity_columns(entity, fields, keys))


def _check_tables(entities: list[Mapping[str, Any]]) -> None:
    tables = [table_name(entity) for entity in entities]
    routes = [_words(pluralize(entity["name"]), "-") for entity in entities]
    _check_unique("entities", tables, "table")
    _check_unique("entities", routes, "resource")
    for entity in entities:
        for relation in entity.get("relations") or []:
            if relation["type"] == "many-to-many" and relation.get("owner", True):
                join = f"{table_name(entity)}_{_words(relation['name'], '_')}"
                if join in tables:
                    _fail(f"entities.{entity['name']}", f"join table {join!r} is also a table")


def check_entities(value: Any, key: str = "entities") -> list[dict[str, Any]]:
    """The entities list, checked whole; raises AnswersError naming the first problem."""
    try:
        entities = _check_list("entities", value)
        by_name: dict[str, Any] = {}
        for position, entity in enumerate(entities):
            where = f"entities[{position}]"
            entity = _check_keys(where, entity, ENTITY_KEYS)
            name, _table = _check_entity_names(where, entity)
            if name in by_name:
                _fail("entities", f"entity {name!r} is declared twice")
            by_name[name] = entity
        for entity in entities:
            _check_entity(entity, by_name)
        _check_tables(entities)
    except AnswersError as error:
        if key == "entities":
            raise
        raise AnswersError(f"{key}: {error}") from error
    return entities


# The one-line form; the same expressions as blueprints/typeorm/model.jinja.
ENTITY_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:![A-Za-z_-]+)*)\s*\(((?:[^()]|\([^()]*\))*)\)")
FIELD_RE = re.compile(
    r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?"
    r"\s*(?:\[([^\]]*)\])?((?:\s*(?:\?|![A-Za-z]+))*)\s*(?:=\s*([^,]*?))?\s*(?:,|$)"
)
RELATION_RE = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s+(1:1|1:N|N:1|N:M|M:N)\s+"
    r"([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?((?:![a-z-]+)?)"
)
_SIDES = {
    "1:1": ("one-to-one", "one-to-one"),
    "1:N": ("one-to-many", "many-to-one"),
    "N:1": ("many-to-one", "one-to-many"),
    "N:M": ("many-to-many", "many-to-many"),
    "M:N": ("many-to-many", "many-to-many"),
}


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def _parse_field(match: tuple[str, ...]) -> dict[str, Any]:
    name, kind, first, second, values, modifiers, default = match
    field: dict[str, Any] = {"name": name, "type": kind}
    if first and kind == "decimal":
        field["precision"] = int(first)
        if second:
            field["scale"] = int(second)
    elif first:
        field["length"] = int(first)
    if values:
        field["values"] = [value.strip() for value in values.split("|")]
    for flag, key in (("?", "nullable"), ("!unique", "unique"), ("!index", "index")):
        if flag in modifiers:
            field[key] = True
    if default != "":
        if kind == "int" and re.match(r"^-?[0-9]+$", default):
            field["default"] = int(default)
        elif kind == "boolean" and default in ("true", "false"):
            field["default"] = default == "true"
        else:
            field["default"] = default
    return field


def _relation_sides(match: tuple[str, ...]) -> tuple[str, dict[str, Any], str, dict[str, Any]]:
    left, left_name, kind, right, right_name, suffix = match
    a_type, b_type = _SIDES[kind]
    a_many, b_many = kind in ("N:1", "N:M", "M:N"), kind in ("1:N", "N:M", "M:N")
    a_name = left_name or _lower_first(pluralize(right) if b_many else right)
    b_name = right_name or _lower_first(pluralize(left) if a_many else left)
    a = {"name": a_name, "type": a_type, "target": right, "inverse": b_name}
    b = {"name": b_name, "type": b_type, "target": left, "inverse": a_name}
    if kind in ("1:1", "N:M", "M:N"):
        a["owner"] = True
    if suffix:
        (b if b_type == "many-to-one" else a)["on_delete"] = suffix[1:]
    return left, a, right, b


def parse_entities_text(text: str) -> list[dict[str, Any]]:
    """Entities from the one-line form: `User(email:string!unique) Order(..) User 1:N Order`."""
    leftover = RELATION_RE.sub(" ", ENTITY_RE.sub(" ", text)).strip()
    if leftover:
        raise AnswersError(
            f"entities_text: cannot read {leftover[:40]!r}: "
            "expected Name(field:type, ...) or A 1:N B"
        )
    entities: dict[str, dict[str, Any]] = {}
    for name, modifiers, body in ENTITY_RE.findall(text):
        unread = FIELD_RE.sub("", body).strip()
        if unread:
            raise AnswersError(f"entities_text: {name}: cannot read {unread[:40]!r}")
        entity: dict[str, Any] = {"name": name, "fields": [], "relations": []}
        entity["fields"] = [_parse_field(match) for match in FIELD_RE.findall(body)]
        if "!soft" in modifiers:
            entity["soft_delete"] = True
        if name in entities:
            raise AnswersError(f"entities_text: entity {name!r} is declared twice")
        entities[name] = entity
    for match in RELATION_RE.findall(ENTITY_RE.sub(" ", text)):
        left, a, right, b = _relation_sides(match)
        for side, relation in ((left, a), (right, b)):
            if side not in entities:
                raise AnswersError(
                    f"entities_text: relation names {side!r}, which is not an entity"
                )
            entities[side]["relations"].append(relation)
    return list(entities.values())


def check_entities_text(value: Any) -> str:
    if not isinstance(value, str):
        raise AnswersError("entities_text must be a string")
    if value.strip():
        check_entities(parse_entities_text(value), key="entities_text")
    return value


VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "entities": check_entities,
    "entities_text": check_entities_text,
}
