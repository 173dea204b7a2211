"""The app layout, rendered only: `layout: monorepo` gives a Nest CLI monorepo (apps/api,
apps/worker) while `single` keeps one app at the root; experts attach transports to the
HTTP app through main.ts's bootstrap hook. Building and testing the monorepo for real is
tests/test_generated_projects.py's monorepo scenario."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.snapshots import SCENARIOS, render_scenario
from tests.helpers import run_cli, tree_files
from tests.test_composition import commit, generate, nestgen, template  # noqa: F401

HYBRID_BLUEPRINT = """\
id: hybrid
bootstrap:
  - from: ./transport/tcp.transport
    names: [connectTcpTransport]
    call: connectTcpTransport(app, config)
readme: "**hybrid**: a TCP transport beside HTTP."
"""


@pytest.fixture(scope="module")
def monorepo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("layout") / "monorepo"
    render_scenario(SCENARIOS / "monorepo.yml", project)
    return project


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("layout") / "single"
    render_scenario(SCENARIOS / "redis-cache-suites.yml", project)
    return project


def test_a_monorepo_has_an_http_app_and_a_worker_app_under_apps(monorepo: Path) -> None:
    assert not (monorepo / "src").exists()
    assert not (monorepo / "test").exists()
    for app in ("api", "worker"):
        for name in ("src/main.ts", "src/config/env.validation.ts", "tsconfig.app.json"):
            assert (monorepo / "apps" / app / name).is_file(), f"apps/{app}/{name}"
        assert (monorepo / "apps" / app / "Dockerfile").is_file()
    assert (monorepo / "apps/api/src/app.module.ts").is_file()
    assert (monorepo / "apps/api/src/redis/redis.module.ts").is_file()
    assert (monorepo / "apps/worker/src/worker.module.ts").is_file()
    assert not (monorepo / "apps/worker/src/redis").exists()
    for name in ("package.json", "tsconfig.json", "jest.config.js", "docker-compose.yml"):
        assert (monorepo / name).is_file()
    assert not (monorepo / "tsconfig.build.json").exists()


def test_nest_cli_json_declares_the_monorepo_and_a_project_per_app(monorepo: Path) -> None:
    cli = json.loads((monorepo / "nest-cli.json").read_text())

    assert cli["monorepo"] is True
    assert cli["root"] == "apps/api"
    assert sorted(cli["projects"]) == ["api", "worker"]
    worker = cli["projects"]["worker"]
    assert worker["type"] == "application"
    assert worker["sourceRoot"] == "apps/worker/src"
    assert worker["compilerOptions"]["tsConfigPath"] == "apps/worker/tsconfig.app.json"


def test_each_app_is_built_and_deployed_on_its_own(monorepo: Path) -> None:
    scripts = json.loads((monorepo / "package.json").read_text())["scripts"]
    workflow = (monorepo / ".github/workflows/ci.yml").read_text()
    compose = (monorepo / "docker-compose.yml").read_text()

    for app in ("api", "worker"):
        assert scripts[f"build:{app}"] == f"nest build {app}"
        assert f"- run: npm run build:{app}\n" in workflow
        assert f"dockerfile: apps/{app}/Dockerfile" in compose
        dockerfile = (monorepo / "apps" / app / "Dockerfile").read_text()
        assert f'CMD ["node", "dist/apps/{app}/main.js"]' in dockerfile
        assert "USER 1000:1000" in dockerfile  # the node user, by id (runAsNonRoot can check it)
    assert "EXPOSE" not in (monorepo / "apps/worker/Dockerfile").read_text()


def test_each_app_validates_only_its_own_environment(monorepo: Path) -> None:
    api = (monorepo / "apps/api/src/config/env.validation.ts").read_text()
    worker = (monorepo / "apps/worker/src/config/env.validation.ts").read_text()

    assert "  PORT: number" in api and "REDIS_URL" in api
    assert "HEARTBEAT_FILE" not in api
    assert "  HEARTBEAT_FILE: string" in worker and "LOG_LEVEL" in worker
    # The worker serves no HTTP and uses no expert's service here.
    assert "PORT" not in worker and "REDIS_URL" not in worker


def test_the_worker_is_an_application_context_with_shutdown_hooks(monorepo: Path) -> None:
    main = (monorepo / "apps/worker/src/main.ts").read_text()

    assert "NestFactory.createApplicationContext(WorkerModule" in main
    assert "app.enableShutdownHooks();" in main
    assert "listen(" not in main


def test_a_single_layout_keeps_one_app_at_the_root(single: Path) -> None:
    cli = json.loads((single / "nest-cli.json").read_text())

    assert "monorepo" not in cli
    assert not (single / "apps").exists()
    assert (single / "src/main.ts").is_file()
    assert (single / "tsconfig.build.json").is_file()
    assert "startAllMicroservices" not in (single / "src/main.ts").read_text()


def add_hybrid_expert(template: Path) -> None:  # noqa: F811
    folder = template / "blueprints" / "hybrid"
    transport = folder / "files" / "src" / "transport" / "tcp.transport.ts.jinja"
    transport.parent.mkdir(parents=True)
    transport.write_text("export function connectTcpTransport(): void {}\n")
    (folder / "blueprint.yml").write_text(HYBRID_BLUEPRINT)
    catalog_file = template / "blueprints" / "catalog.yml"
    entry = "  - id: hybrid\n    summary: Hybrid — a TCP transport beside HTTP, for tests\n"
    marker = "  - id: suites-testing\n"
    catalog_file.write_text(catalog_file.read_text().replace(marker, entry + marker))
    assert nestgen(template, "index").returncode == 0
    commit(template)


@pytest.mark.parametrize("layout, main", [("single", "src"), ("monorepo", "apps/api/src")])
def test_an_expert_attaches_a_transport_to_the_http_app_through_the_bootstrap_hook(
    template: Path, tmp_path: Path, layout: str, main: str  # noqa: F811
) -> None:
    add_hybrid_expert(template)
    project = tmp_path / "hybrid-api"

    generate(template, project, "hybrid", layout=layout)

    text = (project / main / "main.ts").read_text()
    assert "import { connectTcpTransport } from './transport/tcp.transport';\n" in text
    assert (project / main / "transport/tcp.transport.ts").is_file()
    hook = text.index("  connectTcpTransport(app, config);\n")
    fence = text.index("  // nestgen:bootstrap")
    start = text.index("  await app.startAllMicroservices();\n")
    assert hook < fence < start < text.index("  await app.listen(")


def test_an_upgrade_refuses_to_switch_the_layout(tmp_path: Path) -> None:
    project = tmp_path / "single-api"
    assert run_cli("new", project, "--defaults", "--ref", "HEAD").code == 0
    answers = tmp_path / "monorepo.yml"
    answers.write_text("layout: monorepo\n")
    before = tree_files(project)

    result = run_cli("upgrade", project, "--answers", answers)

    assert result.code == 2
    assert result.err == (
        "nestgen: error: layout is decided at creation: this project is 'single', "
        "an upgrade cannot make it 'monorepo'\n"
    )
    assert tree_files(project) == before


def test_database_scripts_build_and_run_the_http_app(monorepo: Path) -> None:
    scripts = json.loads((monorepo / "package.json").read_text())["scripts"]

    data_source = "dist/apps/api/database/data-source.js"
    assert scripts["migration:run"] == f"nest build api && typeorm migration:run -d {data_source}"
    assert scripts["migration:check"].endswith(
        f"{data_source} apps/api/src/database/migrations/Pending"
    )
    assert scripts["seed"] == "nest build api && node dist/apps/api/database/seed.js"
    assert (monorepo / "apps/api/src/database/data-source.ts").is_file()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("layout") / "gateway"
    render_scenario(SCENARIOS / "microservices-gateway.yml", project)
    return project


def _validated(app: Path) -> dict[str, str]:
    """Variable → default, from an app's src/config/env.validation.ts."""
    text = (app / "src/config/env.validation.ts").read_text()
    return dict(re.findall(r"^  ([A-Z][A-Z0-9_]*)[?!]?: [^=;]+(?:= ([^;]+))?;", text, re.M))


def test_the_gateway_makes_a_monorepo_with_a_gateway_a_service_and_a_worker(gateway: Path) -> None:
    """The scenario does not say `layout`: the gateway implies a monorepo."""
    assert "layout: monorepo" in (gateway / ".copier-answers.yml").read_text()
    cli = json.loads((gateway / "nest-cli.json").read_text())
    assert set(cli["projects"]) == {"gateway", "service", "worker"}
    for app in ("gateway", "service", "worker"):
        assert (gateway / "apps" / app / "Dockerfile").is_file()
    assert (gateway / "apps/gateway/src/gateway.module.ts").is_file()
    assert (gateway / "apps/gateway/src/health/health.controller.ts").is_file()
    assert not (gateway / "apps/gateway/src/database").exists()
    assert (gateway / "apps/service/src/database").is_dir()


def test_each_app_validates_only_what_it_uses_on_a_port_of_its_own(gateway: Path) -> None:
    gw, service = _validated(gateway / "apps/gateway"), _validated(gateway / "apps/service")

    assert gw["PORT"] == "3000" and service["PORT"] == "3001"
    assert {"GRPC_URL", "GRPC_DEADLINE_MS", "GATEWAY_API_KEYS", "THROTTLE_LIMIT"} <= set(gw)
    assert not {"GRPC_PORT", "DATABASE_URL"} & set(gw)
    assert {"GRPC_PORT", "DATABASE_URL"} <= set(service) and "GATEWAY_API_KEYS" not in service
    assert "# PORT=" in (gateway / ".env.example").read_text()
