"""The cqrs model (blueprints/cqrs/model.jinja): an aggregate's `fields` and which of them
each command carries, from the YAML list and from the wizard's one line alike."""

from __future__ import annotations

import json
from typing import Any

from generator.router import environment

FIELDS = [
    {"name": "customer", "type": "string", "length": 120},
    {"name": "total", "type": "decimal", "precision": 12, "scale": 2},
    {"name": "note", "type": "text", "nullable": True},
]


def model_macros() -> Any:
    return environment().get_template("blueprints/cqrs/model.jinja").module


def build(aggregates: list[dict[str, Any]], sagas: list[dict[str, Any]] | None = None) -> Any:
    return json.loads(str(model_macros().build_model(aggregates, sagas or [], 50)))


def carried(command: dict[str, Any]) -> list[tuple[str, bool]]:
    """(field, required) of each field a command carries."""
    return [(plan["field"]["name"], plan["required"]) for plan in command["fields"]]


def test_the_line_form_gives_the_fields_of_the_yaml_form() -> None:
    line = "Order!es(customer:string(120), total:decimal(12,2), note:text?), Invoice"

    parsed = json.loads(str(model_macros().parse_text(line)))

    assert parsed == [
        {"name": "Order", "event_sourced": True, "fields": FIELDS},
        {"name": "Invoice", "event_sourced": False},
    ]
    assert build(parsed) == build(
        [{"name": "Order", "event_sourced": True, "fields": FIELDS}, {"name": "Invoice"}]
    )


def test_by_default_creating_requires_deleting_carries_nothing_and_changing_is_optional() -> None:
    order = build([{"name": "Order", "fields": FIELDS}])["aggregates"][0]
    create, update, delete = order["commands"]

    assert carried(create) == [("customer", True), ("total", True), ("note", False)]
    assert carried(update) == [("customer", False), ("total", False), ("note", False)]
    assert carried(delete) == []
    assert [e["payload_type"] for e in order["events"]] == [
        "OrderCreatedPayload",
        "OrderUpdatedPayload",
        None,
    ]


def test_command_fields_choose_what_a_command_carries_and_bang_requires() -> None:
    aggregate = {
        "name": "Order",
        "commands": ["PlaceOrder", "ShipOrder"],
        "events": ["OrderPlaced", "OrderShipped"],
        "fields": FIELDS + [{"name": "trackingCode", "type": "string", "nullable": False}],
        "command_fields": {"PlaceOrder": ["customer", "note"], "ShipOrder": ["trackingCode!"]},
    }

    order = build([aggregate])["aggregates"][0]

    assert carried(order["commands"][0]) == [("customer", True), ("note", False)]
    assert carried(order["commands"][1]) == [("trackingCode", True)]
    # The read model always holds what the creating command requires, nothing else surely.
    assert {f["name"]: f["required"] for f in order["data_fields"]} == {
        "customer": True,
        "total": False,
        "note": False,
        "trackingCode": False,
    }


def test_without_fields_an_aggregate_stays_free_form() -> None:
    order = build([{"name": "Order"}])["aggregates"][0]

    assert not order["typed"]
    assert all(command["fields"] == [] for command in order["commands"])
    assert all(event["payload_type"] is None for event in order["events"])
