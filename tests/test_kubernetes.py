"""The Kubernetes manifests of the microservices blueprint (deploy/k8s/): each overlay, built
by kustomize (`kustomize build`, else `kubectl kustomize`), is valid against the Kubernetes
schemas offline (kubernetes-validate, strict: unknown fields fail) and says what the issue
asks: probes, resources, a non-root read-only container, a Service, an HPA and a PDB per app,
and exactly the variables each app validates at start, credentials in a Secret."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from generator.answers import validate
from generator.snapshots import SCENARIOS, render_scenario
from generator.template import render

KUBERNETES_VERSION = "1.33"

# Beside the scenarios that compose microservices: a hybrid single app (HTTP + gRPC) and a
# monorepo whose worker is a Deployment of its own.
INLINE = {
    "k8s-hybrid": {
        "experts": ["typeorm", "microservices"],
        "microservices": {"transports": ["grpc"]},
    },
    "k8s-worker": {
        "layout": "monorepo",
        "experts": ["bullmq-queue", "microservices"],
        "microservices": {"transports": ["grpc"]},
    },
}


def _composes_microservices(scenario: Path) -> bool:
    return "microservices" in (yaml.safe_load(scenario.read_text()).get("experts") or [])


SCENARIO_FILES = sorted(p for p in SCENARIOS.glob("*.yml") if _composes_microservices(p))
NAMES = [*INLINE, *(p.stem for p in SCENARIO_FILES)]


def renderer() -> list[str] | None:
    if found := shutil.which("kustomize"):
        return [found, "build"]
    if found := shutil.which("kubectl"):
        return [found, "kustomize"]
    return None


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("k8s")
    out = {}
    for name, answers in INLINE.items():
        render(
            root / name,
            validate({"project_name": name, **answers}),
            interactive=False,
            vcs_ref="HEAD",
        )
        out[name] = root / name
    for scenario in SCENARIO_FILES:
        render_scenario(scenario, root / scenario.stem)
        out[scenario.stem] = root / scenario.stem
    return out


def build(kustomization: Path) -> list[dict]:
    command = renderer()
    if command is None:
        pytest.skip("no kustomize renderer: install kubectl or kustomize (base files are checked)")
    built = subprocess.run(
        [*command, str(kustomization)], capture_output=True, text=True, check=False
    )
    assert built.returncode == 0, built.stderr
    return [doc for doc in yaml.safe_load_all(built.stdout) if doc]


def schema_problems(documents: list[dict]) -> list[str]:
    problems = []
    for doc in documents:
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            problems.append(f"{doc['kind']}/{doc['metadata']['name']}: {error.message}")
    return problems


def overlays(project: Path) -> list[Path]:
    k8s = project / "deploy/k8s"
    return sorted(k8s.glob("apps/*/overlays/*")) + sorted(k8s.glob("overlays/*"))


def of_kind(documents: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in documents if d["kind"] == kind}


def validated_variables(app_root: Path) -> set[str]:
    """The variables an app's src/config/env.validation.ts declares (its class fields)."""
    text = (app_root / "src/config/env.validation.ts").read_text()
    body = text[text.index("export class EnvironmentVariables") :]
    return set(re.findall(r"^  ([A-Z][A-Z0-9_]*)[?!]?:", body, re.MULTILINE))


def app_roots(project: Path) -> dict[str, Path]:
    """Deployment name → the app's folder (apps/<name>, or the root of a single app)."""
    apps = project / "apps"
    if apps.is_dir():
        return {p.name: p for p in apps.iterdir() if (p / "src").is_dir()}
    (only,) = (p.name for p in (project / "deploy/k8s/apps").iterdir())
    return {only: project}


@pytest.mark.parametrize("name", NAMES)
def test_every_overlay_builds_and_is_valid_against_the_kubernetes_schemas(name, projects):
    project = projects[name]
    assert overlays(project), "no deploy/k8s overlays"
    for overlay in overlays(project):
        documents = build(overlay)
        assert documents, overlay
        assert schema_problems(documents) == [], overlay


@pytest.mark.parametrize("name", NAMES)
def test_the_base_resources_are_valid_without_kustomize(name, projects):
    for base in sorted((projects[name] / "deploy/k8s/apps").glob("*/base")):
        documents = [
            yaml.safe_load(path.read_text())
            for path in sorted(base.glob("*.yaml"))
            if path.name != "kustomization.yaml"
        ]
        assert {d["kind"] for d in documents} >= {
            "Deployment",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
        }
        assert schema_problems(documents) == [], base


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("environment", ["dev", "prod"])
def test_each_app_runs_non_root_read_only_with_probes_resources_hpa_and_pdb(
    name, environment, projects
):
    documents = build(projects[name] / "deploy/k8s/overlays" / environment)
    deployments = of_kind(documents, "Deployment")
    hpas, pdbs = of_kind(documents, "HorizontalPodAutoscaler"), of_kind(
        documents, "PodDisruptionBudget"
    )
    services = of_kind(documents, "Service")
    assert set(deployments) == set(app_roots(projects[name]))
    for app, deployment in deployments.items():
        pod = deployment["spec"]["template"]
        labels = pod["metadata"]["labels"]
        assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
        assert pod["spec"]["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        (container,) = pod["spec"]["containers"]
        security = container["securityContext"]
        assert security["readOnlyRootFilesystem"] is True
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"] == {"drop": ["ALL"]}
        assert {"cpu", "memory"} <= set(container["resources"]["requests"])
        assert "memory" in container["resources"]["limits"]
        ports = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
        _assert_probes(container, ports)
        assert hpas[app]["spec"]["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": app,
        }
        assert hpas[app]["spec"]["minReplicas"] <= hpas[app]["spec"]["maxReplicas"]
        assert _selects(pdbs[app]["spec"]["selector"]["matchLabels"], labels)
        if ports:
            service = services[app]
            assert _selects(service["spec"]["selector"], labels)
            assert {p["targetPort"] for p in service["spec"]["ports"]} == set(ports)
        else:
            assert app not in services
    if environment == "prod":
        assert all(h["spec"]["minReplicas"] >= 2 for h in hpas.values())


def _selects(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def _assert_probes(container: dict, ports: dict[str, int]) -> None:
    live, ready = container["livenessProbe"], container.get("readinessProbe")
    if "http" in ports:
        assert live["httpGet"] == {"path": "/health/live", "port": "http"}
        assert ready["httpGet"] == {"path": "/health/ready", "port": "http"}
    elif "grpc" in ports:
        # A gRPC-only app answers the standard grpc.health.v1 service.
        assert live["grpc"]["port"] == ports["grpc"] and ready["grpc"]["port"] == ports["grpc"]
    else:
        # A worker: no port, alive while it touches its heartbeat file.
        assert "HEARTBEAT_FILE" in " ".join(live["exec"]["command"]) and ready is None
    assert (
        container["startupProbe"]["failureThreshold"] * container["startupProbe"]["periodSeconds"]
        >= 30
    )


@pytest.mark.parametrize("name", NAMES)
def test_each_app_gets_exactly_the_variables_it_validates_credentials_in_a_secret(name, projects):
    documents = build(projects[name] / "deploy/k8s/overlays/dev")
    configs = {d["metadata"]["name"]: d for d in documents if d["kind"] == "ConfigMap"}
    secrets = {d["metadata"]["name"]: d for d in documents if d["kind"] == "Secret"}
    for app, root in app_roots(projects[name]).items():
        (container,) = of_kind(documents, "Deployment")[app]["spec"]["template"]["spec"][
            "containers"
        ]
        refs = [
            source.get("configMapRef") or source["secretRef"] for source in container["envFrom"]
        ]
        config = {k for r in refs if r["name"] in configs for k in configs[r["name"]]["data"]}
        secret = {k for r in refs if r["name"] in secrets for k in secrets[r["name"]]["data"]}
        assert all(r["name"] in configs or r["name"] in secrets for r in refs), refs
        assert config | secret == validated_variables(root), app
        assert not config & secret
        values = {
            k: v
            for r in refs
            if r["name"] in configs
            for k, v in configs[r["name"]]["data"].items()
        }
        leaked = {
            k for k, v in values.items() if re.search("SECRET|PASSWORD|_KEYS?$", k) or "://" in v
        }
        assert not leaked, f"credentials in {app}'s ConfigMap: {leaked}"


@pytest.mark.parametrize("name", NAMES)
def test_production_commits_no_credentials_but_reads_the_secret_it_names(name, projects):
    documents = build(projects[name] / "deploy/k8s/overlays/prod")
    assert not of_kind(documents, "Secret")
    for deployment in of_kind(documents, "Deployment").values():
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        names = [s["secretRef"]["name"] for s in container["envFrom"] if "secretRef" in s]
        assert all(not re.search(r"-[a-z0-9]{10}$", n) for n in names), names
        config = next(
            s["configMapRef"]["name"] for s in container["envFrom"] if "configMapRef" in s
        )
        data = of_kind(documents, "ConfigMap")[config]["data"]
        assert data["NODE_ENV"] == "production"
        assert data.get("DOCS_ENABLED", "false") == "false"


def test_the_schema_check_does_report_an_invalid_deployment():
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "bad"},
        "spec": {
            "selector": {"matchLabels": {"app": "bad"}},
            "template": {
                "metadata": {"labels": {"app": "bad"}},
                "spec": {
                    "containers": [
                        {
                            "name": "bad",
                            "image": "x",
                            "livenessProbe": {"httpGet": {"path": "/"}},
                            "securityContext": {"readOnlyRootFilesystem": "yes"},
                        }
                    ]
                },
            },
        },
    }

    problems = schema_problems([deployment])

    assert len(problems) == 1 and "bad" in problems[0]


@pytest.mark.parametrize("name", [n for n in NAMES if "gateway" in n])
def test_the_gateway_reaches_the_services_through_their_service(name, projects):
    documents = build(projects[name] / "deploy/k8s/overlays/prod")
    config = next(
        d["data"]
        for d in of_kind(documents, "ConfigMap").values()
        if d["metadata"]["name"].startswith("gateway-config")
    )
    host, port = config["GRPC_URL"].split(":")
    ports = {p["name"]: p["port"] for p in of_kind(documents, "Service")[host]["spec"]["ports"]}
    assert ports["grpc"] == int(port)
    assert (
        of_kind(documents, "Deployment")["gateway"]["spec"]["template"]["spec"]["containers"][0][
            "readinessProbe"
        ]["httpGet"]["path"]
        == "/health/ready"
    )
