"""What `nestgen new` composed, read back from the generated project, and what to run next.

Everything comes from the project itself (its recorded answers, package.json,
docker-compose.yml and source files), so the summary describes what was written, not what
was asked for.
"""

from __future__ import annotations

import json
import re
import shlex
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_CONTROLLER = re.compile(r"@Controller\('([^']*)'\)")
_ROUTE = re.compile(r"^\s*@(Get|Post|Put|Patch|Delete)\(", re.MULTILINE)
_ENTITY = re.compile(r"^@Entity\(.*?\n(?:@.*\n)*export class (\w+)", re.MULTILINE)
# The docs module's package: its UI is served at /docs when the project has it.
_OPENAPI_PACKAGE = "@nestjs/swagger"
# The summary fits in the terminal the wizard ran in.
_WIDTH = 80
_HANG = " " * 13


@dataclass(frozen=True)
class Summary:
    """A generated project, as the user needs it right after `nestgen new`."""

    experts: list[str]
    entities: list[str]
    queues: list[str]
    routes: list[str]  # each controller's path with its number of routes: "/tasks (5)"
    docs: list[str]
    services: list[str]  # docker-compose services the app needs, the app itself excluded
    commands: list[str]


def _sources(project: Path, pattern: str) -> list[Path]:
    """Generated source files matching `pattern`, specs and installed packages left out."""
    return sorted(
        path
        for path in project.glob(pattern)
        if "node_modules" not in path.parts and not path.name.endswith(".spec.ts")
    )


def _experts(answers: dict[str, Any]) -> list[str]:
    experts = list(answers.get("experts") or [])
    if answers.get("auth", "none") != "none":
        experts.append(f"auth ({answers['auth']})")
    return experts


def _entities(project: Path) -> list[str]:
    names: list[str] = []
    for path in _sources(project, "**/entities/*.entity.ts"):
        names += _ENTITY.findall(path.read_text(encoding="utf-8"))
    return names


def _queues(project: Path) -> list[str]:
    return [path.parent.name for path in _sources(project, "**/src/queues/*/*.processor.ts")]


def _routes(project: Path) -> list[str]:
    """Each controller's base path and route count; in a monorepo where several apps serve
    HTTP (a gateway and its service), each named after its app."""
    routes: dict[str, list[str]] = {}
    for path in _sources(project, "**/src/**/*.controller.ts"):
        text = path.read_text(encoding="utf-8")
        base = _CONTROLLER.search(text)
        if base:
            parts = path.relative_to(project).parts
            app = parts[1] if parts[0] == "apps" else ""
            routes.setdefault(app, []).append(f"/{base.group(1)} ({len(_ROUTE.findall(text))})")
    if len(routes) == 1:
        return sorted(next(iter(routes.values())))
    return [f"{app}: {route}" for app in sorted(routes) for route in sorted(routes[app])]


def _package(project: Path) -> dict[str, Any]:
    manifest = project / "package.json"
    return json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else {}


def _docs(project: Path, answers: dict[str, Any]) -> list[str]:
    docs = ["README.md"]
    if _OPENAPI_PACKAGE in _package(project).get("dependencies", {}):
        docs.append(f"http://localhost:{answers.get('http_port', 3000)}/docs (OpenAPI)")
    return docs


def _services(project: Path) -> list[str]:
    """The compose services the app talks to: every service that is not built from here."""
    compose = project / "docker-compose.yml"
    if not compose.is_file():
        return []
    services = (yaml.safe_load(compose.read_text(encoding="utf-8")) or {}).get("services", {})
    return [name for name, spec in services.items() if not (spec or {}).get("build")]


def _commands(project: Path, services: list[str]) -> list[str]:
    scripts = _package(project).get("scripts", {})
    install = "npm ci" if (project / "package-lock.json").is_file() else "npm install"
    commands = [f"cd {shlex.quote(str(project))}", "cp .env.example .env", install]
    if services:
        commands.append(f"docker compose up -d {' '.join(services)}")
    if "migration:run" in scripts:
        commands.append("npm run migration:run")
    commands.append("npm run start:dev")
    return commands


def summarise(project: Path, answers: dict[str, Any]) -> Summary:
    """The summary of the project generated in `project` with the recorded `answers`."""
    services = _services(project)
    return Summary(
        experts=_experts(answers),
        entities=_entities(project),
        queues=_queues(project),
        routes=_routes(project),
        docs=_docs(project, answers),
        services=services,
        commands=_commands(project, services),
    )


def format_summary(summary: Summary) -> str:
    """A few lines: what was composed, then the commands to run it."""
    rows = [
        ("Experts", ", ".join(summary.experts) or "none (the base only)"),
        ("Entities", ", ".join(summary.entities)),
        ("Queues", ", ".join(summary.queues)),
        ("Routes", ", ".join(summary.routes)),
        ("Services", ", ".join(summary.services)),
        ("Docs", ", ".join(summary.docs)),
    ]
    lines = [
        textwrap.fill(
            value, _WIDTH, initial_indent=f"  {label + ':':<10} ", subsequent_indent=_HANG
        )
        for label, value in rows
        if value
    ]
    lines += ["", "Next:"] + [f"  {command}" for command in summary.commands]
    return "\n".join(lines)
