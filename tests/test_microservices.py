"""Outside clients reach a started generated microservices app: proof that its wire formats
are the standard ones, not only Nest talking to Nest."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import grpc  # type: ignore[import-untyped]
import pytest
from google.protobuf.descriptor_pool import DescriptorPool
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from grpc_health.v1 import health_pb2, health_pb2_grpc  # type: ignore[import-untyped]
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (  # type: ignore[import-untyped]
    ProtoReflectionDescriptorDatabase,
)

from tests.helpers import npm
from tests.test_openapi import app_env, built, free_port, scratch_database, wait_until_live


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


@contextmanager
def started_grpc_app(project: Path, env: dict[str, str]) -> Iterator[grpc.Channel]:
    """`node dist/main.js` with HTTP and gRPC on free ports; yields a channel to its gRPC."""
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
            yield channel
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
    with started_grpc_app(project, {"NODE_ENV": "development", "LOG_LEVEL": "warn"}) as channel:
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
        with started_grpc_app(project, env) as channel:
            stub = proto.services.WarehouseServiceStub(channel)
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
