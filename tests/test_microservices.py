"""Outside clients reach a started generated microservices app: proof that its wire formats
are the standard ones, not only Nest talking to Nest."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import grpc  # type: ignore[import-untyped]
import nats
import pika  # type: ignore[import-untyped]
import pytest
import yaml
from google.protobuf.descriptor_pool import DescriptorPool  # type: ignore[import-untyped]
from google.protobuf.message import Message  # type: ignore[import-untyped]
from google.protobuf.message_factory import GetMessageClass  # type: ignore[import-untyped]
from grpc_health.v1 import health_pb2, health_pb2_grpc  # type: ignore[import-untyped]
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (  # type: ignore[import-untyped]
    ProtoReflectionDescriptorDatabase,
)
from nats.aio.msg import Msg

from tests.helpers import npm
from tests.test_openapi import (
    app_env,
    built,
    free_port,
    member_token,
    scratch_database,
    wait_until_live,
)

SCENARIOS = Path(__file__).parent / "scenarios"
NATS_URL = "nats://127.0.0.1:4222"
RABBITMQ_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"

# ---- Broker transports: outside clients (nats-py, pika) speak Nest's wire format ----
#
# Nest's broker transports carry JSON: a request is {pattern, data, id}, its reply
# {response, err, isDisposed} (with the id on NATS; RabbitMQ's names the request by its
# correlation id), an event {pattern, data}. On NATS the subject is the pattern; on RabbitMQ
# the app consumes one queue, and replies go to the request's reply_to.


@dataclass
class BrokerApp:
    """A started generated app serving NATS and RabbitMQ beside HTTP, and its log lines."""

    base_url: str
    namespace: str
    queue: str
    logs: list[str]

    def subject(self, name: str) -> str:
        return f"{self.namespace}.{name}"

    def logged(self, text: str, timeout: float = 10) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in list(self.logs)):
                return True
            time.sleep(0.1)
        return False


def plural(kebab: str) -> str:
    """typeorm's resource path for an entity (order-line → order-lines, category → categories)."""
    if re.search(r"[^aeiou]y$", kebab):
        return kebab[:-1] + "ies"
    return kebab + ("es" if re.search(r"(s|x|z|ch|sh)$", kebab) else "s")


def entity_body(scenario: Path) -> tuple[str, dict[str, object]]:
    """The kebab name and a valid POST body of the scenario's first entity without references."""
    answers = yaml.safe_load(scenario.read_text())
    fresh = uuid.uuid4().hex[:12]  # unique columns take it too
    samples = {
        "string": fresh,
        "text": fresh,
        "int": 1,
        "bigint": "1",
        "float": 1.5,
        "decimal": "1.50",
        "boolean": True,
        "date": "2024-01-01",
        "uuid": str(uuid.uuid4()),
        "datetime": "2024-01-01T00:00:00.000Z",
        "json": {"a": 1},
    }
    for entity in answers["entities"]:
        if entity.get("relations"):
            continue
        body = {}
        for field in entity["fields"]:
            if field.get("nullable") or "default" in field:
                continue
            body[field["name"]] = (
                field["values"][0] if field["type"] == "enum" else samples[field["type"]]
            )
        kebab = re.sub(r"(?<!^)(?=[A-Z])", "-", entity["name"]).lower()
        return kebab, body
    raise AssertionError(f"{scenario.name}: no entity without references to create")


@contextmanager
def started_broker_app(project: Path, env: dict[str, str]) -> Iterator[BrokerApp]:
    """`node dist/main.js` under a namespace and queue of its own, logging at debug."""
    run = uuid.uuid4().hex[:10]
    port = free_port()
    app_env = {
        **os.environ,
        **env,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "debug",
        "MESSAGING_NAMESPACE": f"outside-{run}",
        "RABBITMQ_QUEUE": f"outside-{run}",
        "NATS_QUEUE": f"outside-{run}",
        "GRPC_PORT": str(free_port()),
    }
    app = subprocess.Popen(
        ["node", "dist/main.js"],
        cwd=project,
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    logs: list[str] = []

    def pump() -> None:
        for line in app.stdout or []:
            logs.append(line)

    threading.Thread(target=pump, daemon=True).start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_live(base_url, app)
        yield BrokerApp(base_url, app_env["MESSAGING_NAMESPACE"], app_env["RABBITMQ_QUEUE"], logs)
    finally:
        app.terminate()
        app.wait(timeout=30)
        with pika.BlockingConnection(pika.URLParameters(RABBITMQ_URL)) as connection:
            channel = connection.channel()
            for queue in (app_env["RABBITMQ_QUEUE"], f"{app_env['RABBITMQ_QUEUE']}.dead-letter"):
                channel.queue_delete(queue)
            channel.exchange_delete(f"{app_env['RABBITMQ_QUEUE']}.dlx")


def post_json(url: str, body: dict[str, object]) -> dict[str, object]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (127.0.0.1)
        assert response.status == 201
        return dict(json.load(response))


async def nats_round_trip(app: BrokerApp, route: str, body: dict[str, object]) -> None:
    nc = await nats.connect(NATS_URL)
    try:
        # A request: Nest answers on the reply subject with {response, isDisposed, id}.
        request_id = str(uuid.uuid4())
        message = {"pattern": app.subject("ping"), "data": {}, "id": request_id}
        reply = await nc.request(app.subject("ping"), json.dumps(message).encode(), timeout=10)
        answer = json.loads(reply.data)
        assert answer["id"] == request_id
        assert answer["isDisposed"] is True
        assert set(answer["response"]) == {"service", "at"}

        # Entity writes come out as events on <namespace>.<entity>.created.
        created: asyncio.Queue[bytes] = asyncio.Queue()
        subject = app.subject(f"{route}.created")

        async def on_created(msg: Msg) -> None:
            await created.put(msg.data)

        sub = await nc.subscribe(subject, cb=on_created)
        await nc.flush()
        row = await asyncio.to_thread(post_json, f"{app.base_url}/{plural(route)}", body)
        event = json.loads(await asyncio.wait_for(created.get(), timeout=10))
        assert event == {"pattern": subject, "data": row}
        await sub.unsubscribe()

        # An event published from outside reaches the app's @EventPattern handler.
        deleted = app.subject(f"{route}.deleted")
        event = {"pattern": deleted, "data": {"id": request_id}}
        await nc.publish(deleted, json.dumps(event).encode())
        await nc.flush()
    finally:
        await nc.close()
    assert app.logged(f"{route}.deleted {request_id}"), "".join(app.logs[-40:])


def rabbitmq_round_trip(app: BrokerApp, route: str) -> None:
    with pika.BlockingConnection(pika.URLParameters(RABBITMQ_URL)) as connection:
        channel = connection.channel()
        # A request on the app's queue; the reply comes to the direct reply-to queue.
        replies: list[tuple[str, bytes]] = []
        channel.basic_consume(
            "amq.rabbitmq.reply-to",
            lambda ch, method, props, body: replies.append((props.correlation_id, body)),
            auto_ack=True,
        )
        request_id = str(uuid.uuid4())
        channel.basic_publish(
            "",
            app.queue,
            json.dumps({"pattern": app.subject("ping"), "data": {}, "id": request_id}).encode(),
            pika.BasicProperties(reply_to="amq.rabbitmq.reply-to", correlation_id=request_id),
        )
        deadline = time.monotonic() + 10
        while not replies and time.monotonic() < deadline:
            connection.process_data_events(time_limit=0.2)
        assert replies, "no reply over RabbitMQ"
        # The reply names its request by the AMQP correlation id, not in the body.
        correlation_id, reply = replies[0]
        assert correlation_id == request_id
        answer = json.loads(reply)
        assert answer["isDisposed"] is True
        assert set(answer["response"]) == {"service", "at"}

        # An event the app handles is acknowledged; one it does not is dead-lettered.
        handled = {"pattern": app.subject(f"{route}.updated"), "data": {"id": request_id}}
        unknown = {"pattern": app.subject("nobody.listens"), "data": {"id": request_id}}
        for event in (handled, unknown):
            channel.basic_publish("", app.queue, json.dumps(event).encode())
        assert app.logged(f"{route}.updated {request_id}"), "".join(app.logs[-40:])
        dead = None
        deadline = time.monotonic() + 10
        while dead is None and time.monotonic() < deadline:
            _, _, dead = channel.basic_get(f"{app.queue}.dead-letter", auto_ack=True)
            time.sleep(0.1)
        assert dead is not None and json.loads(dead) == unknown
        assert channel.basic_get(f"{app.queue}.dead-letter", auto_ack=True)[2] is None


@pytest.mark.node
def test_nats_and_rabbitmq_clients_speak_to_a_started_app(tmp_path):
    scenario = SCENARIOS / "microservices-typeorm.yml"
    project = built(tmp_path, scenario.stem)
    route, body = entity_body(scenario)
    with scratch_database() as database_url:
        env = app_env(database_url)
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_broker_app(project, env) as app:
            asyncio.run(nats_round_trip(app, route, body))
            rabbitmq_round_trip(app, route)


# ---- gRPC: Python grpcio calls the app through the project's .proto, compiled here ----
#
# grpcio-tools compiles proto/*.proto of the generated project; the stubs call the started
# hybrid app on GRPC_PORT. The standard health service (grpcio-health-checking) and server
# reflection (grpcio-reflection: the app describes itself, no .proto needed) are checked too.


@dataclass
class CompiledProto:
    """The modules grpcio-tools generates for a .proto: messages and service stubs."""

    package: str
    messages: ModuleType
    services: ModuleType


def compiled_proto(project: Path, out: Path) -> CompiledProto:
    (proto,) = sorted((project / "proto").glob("*.proto"))
    out.mkdir()
    compiled = subprocess.run(
        [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"-I{proto.parent}",
            f"--python_out={out}",
            f"--grpc_python_out={out}",
            proto.name,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    # The generated stubs import their messages module by its bare name.
    sys.path.insert(0, str(out))
    try:
        messages = importlib.import_module(f"{proto.stem}_pb2")
        services = importlib.import_module(f"{proto.stem}_pb2_grpc")
    finally:
        sys.path.remove(str(out))
    return CompiledProto(messages.DESCRIPTOR.package, messages, services)


@dataclass
class GrpcApp:
    """A started generated app: a channel to its gRPC server, and its HTTP base URL."""

    channel: grpc.Channel
    base_url: str


@contextmanager
def started_grpc_app(project: Path, env: dict[str, str]) -> Iterator[GrpcApp]:
    """`node dist/main.js` with HTTP and gRPC on free ports."""
    port, grpc_port = free_port(), free_port()
    app = subprocess.Popen(
        ["node", "dist/main.js"],
        cwd=project,
        env={
            **os.environ,
            **env,
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "GRPC_PORT": str(grpc_port),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # The app listens on HTTP after it started every microservice (main.ts).
        wait_until_live(f"http://127.0.0.1:{port}", app)
        with grpc.insecure_channel(f"127.0.0.1:{grpc_port}") as channel:
            grpc.channel_ready_future(channel).result(timeout=10)
            yield GrpcApp(channel, f"http://127.0.0.1:{port}")
    finally:
        app.terminate()
        app.communicate(timeout=30)


def call_by_reflection(channel: grpc.Channel, method_name: str, **fields: object) -> Message:
    """Calls a unary method knowing only its full name: the types come from reflection."""
    pool = DescriptorPool(ProtoReflectionDescriptorDatabase(channel))
    method = pool.FindMethodByName(method_name)
    request_type = GetMessageClass(method.input_type)
    response_type = GetMessageClass(method.output_type)
    service, name = method_name.rsplit(".", 1)
    call = channel.unary_unary(
        f"/{service}/{name}",
        request_serializer=request_type.SerializeToString,
        response_deserializer=response_type.FromString,
    )
    return call(request_type(**fields), timeout=5)


def health_of(channel: grpc.Channel, service: str) -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return int(stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status)


@pytest.mark.node
def test_python_grpc_client_calls_the_inventory_service(tmp_path):
    project = built(tmp_path, "microservices-grpc")
    proto = compiled_proto(project, tmp_path / "stubs")
    inventory = f"{proto.package}.Inventory"
    with started_grpc_app(project, {"NODE_ENV": "development", "LOG_LEVEL": "warn"}) as app:
        channel = app.channel
        stub = proto.services.InventoryStub(channel)
        stock = stub.GetStock(proto.messages.GetStockRequest(sku="SKU-1"), timeout=5)
        with pytest.raises(grpc.RpcError) as reserve:
            stub.Reserve(proto.messages.ReserveRequest(sku="SKU-1", quantity=2), timeout=5)
        health = {name: health_of(channel, name) for name in ("", inventory)}
        with pytest.raises(grpc.RpcError) as unknown:
            health_of(channel, "no.such.Service")
        listed = ProtoReflectionDescriptorDatabase(channel).get_services()
        reflected = call_by_reflection(channel, f"{inventory}.GetStock", sku="SKU-2")

    assert (stock.sku, stock.quantity) == ("SKU-1", 0)
    # A method nobody wrote yet says so with the standard status.
    assert reserve.value.code() == grpc.StatusCode.UNIMPLEMENTED
    assert health == {name: health_pb2.HealthCheckResponse.SERVING for name in health}
    assert unknown.value.code() == grpc.StatusCode.NOT_FOUND
    assert inventory in listed
    assert reflected.sku == "SKU-2"


@pytest.mark.node
def test_python_grpc_client_runs_crud_on_an_entity_service(tmp_path):
    project = built(tmp_path, "microservices-typeorm")
    proto = compiled_proto(project, tmp_path / "stubs")
    with scratch_database() as database_url:
        env = app_env(database_url)
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_grpc_app(project, env) as app:
            stub = proto.services.WarehouseServiceStub(app.channel)
            code = f"W-{uuid.uuid4().hex[:8]}"
            created = stub.Create(
                proto.messages.CreateWarehouseRequest(code=code, city="Busan"), timeout=5
            )
            read = stub.Get(proto.messages.GetWarehouseRequest(id=created.id), timeout=5)
            with pytest.raises(grpc.RpcError) as duplicate:
                stub.Create(proto.messages.CreateWarehouseRequest(code=code, city="Seoul"))
            with pytest.raises(grpc.RpcError) as invalid:
                stub.Create(proto.messages.CreateWarehouseRequest(code="x" * 21, city="Ulsan"))
            stub.Delete(proto.messages.DeleteWarehouseRequest(id=created.id), timeout=5)
            with pytest.raises(grpc.RpcError) as gone:
                stub.Get(proto.messages.GetWarehouseRequest(id=created.id), timeout=5)

    assert (read.id, read.code, read.city) == (created.id, code, "Busan")
    # Timestamps travel as ISO 8601 text, as in the HTTP API.
    assert read.created_at.endswith("Z")
    assert duplicate.value.code() == grpc.StatusCode.ALREADY_EXISTS
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert gone.value.code() == grpc.StatusCode.NOT_FOUND


@pytest.mark.node
def test_python_grpc_client_calls_with_the_callers_token(tmp_path):
    project = built(tmp_path, "microservices-auth")
    proto = compiled_proto(project, tmp_path / "stubs")
    messages = proto.messages
    with scratch_database() as database_url:
        env = {
            **app_env(database_url),
            "JWT_ACCESS_SECRET": f"grpc-access-secret-{uuid.uuid4().hex}",
            "EMAIL_TOKEN_SECRET": f"grpc-email-secret-{uuid.uuid4().hex}",
        }
        migrated = npm(project, "run", "migration:run", env=env)
        assert migrated.returncode == 0, migrated.stdout[-4000:] + migrated.stderr[-4000:]
        with started_grpc_app(project, env) as app:

            def bearer(role: str) -> list[tuple[str, str]]:
                token = member_token(project, app.base_url, database_url, role)
                return [("authorization", f"Bearer {token}")]

            owner, other, admin = bearer("member"), bearer("member"), bearer("admin")
            notes = proto.services.NoteServiceStub(app.channel)
            with pytest.raises(grpc.RpcError) as anonymous:
                notes.List(messages.ListNotesRequest(), timeout=5)
            forged_token = [("authorization", "Bearer x.y.z")]
            with pytest.raises(grpc.RpcError) as forged:
                notes.List(messages.ListNotesRequest(), metadata=forged_token, timeout=5)
            note = notes.Create(messages.CreateNoteRequest(body="mine"), metadata=owner, timeout=5)
            get = messages.GetNoteRequest(id=note.id)
            with pytest.raises(grpc.RpcError) as hidden:
                notes.Get(get, metadata=other, timeout=5)
            listed = notes.List(messages.ListNotesRequest(), metadata=other, timeout=5)
            by_admin = notes.Get(get, metadata=admin, timeout=5)
            # Health and reflection answer without a token: probes carry none.
            health = health_of(app.channel, "")
            listed_services = ProtoReflectionDescriptorDatabase(app.channel).get_services()

    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert forged.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert note.body == "mine" and note.author_id
    # Another member's note does not exist for a member; an admin sees every row.
    assert hidden.value.code() == grpc.StatusCode.NOT_FOUND
    assert note.id not in {row.id for row in listed.items}
    assert (by_admin.id, by_admin.author_id) == (note.id, note.author_id)
    assert health == health_pb2.HealthCheckResponse.SERVING
    assert f"{proto.package}.NoteService" in listed_services
