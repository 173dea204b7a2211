"""Route a request to experts by running blueprints/router.jinja, the one routing implementation."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from generator._fast_yaml import from_yaml
from generator._jinja_cache import cache_compiled

REPO_ROOT = Path(__file__).resolve().parent.parent
ROUTER_TEMPLATE = "blueprints/router.jinja"
NO_MATCH = "No expert matched: the base NestJS/Fastify project only."


@dataclass(frozen=True)
class ExpertMatch:
    """One routed expert: why it was chosen and how strongly."""

    id: str
    score: int
    role: str
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Negation:
    """A negation read in a request: its word, what it governs, and what it turned off."""

    negation: str
    scope: str
    keywords: tuple[str, ...]
    excluded: tuple[str, ...]


@dataclass(frozen=True)
class RoutePlan:
    """What a request asks for: experts by score, orchestration, features and the phases."""

    request: str
    experts: tuple[ExpertMatch, ...]
    orchestrator: bool
    auth: str
    plan: tuple[tuple[str, ...], ...]
    negations: tuple[Negation, ...] = ()

    @property
    def expert_ids(self) -> tuple[str, ...]:
        return tuple(match.id for match in self.experts)

    def to_json(self) -> dict[str, Any]:
        """The `nestgen route --json` document."""
        return {
            "request": self.request,
            "experts": [
                {"id": m.id, "score": m.score, "role": m.role, "matched": list(m.matched)}
                for m in self.experts
            ],
            "orchestrator": self.orchestrator,
            "auth": self.auth,
            "plan": [list(phase) for phase in self.plan],
            "negations": [
                {
                    "negation": n.negation,
                    "scope": n.scope,
                    "keywords": list(n.keywords),
                    "excluded": list(n.excluded),
                }
                for n in self.negations
            ],
        }


def environment() -> SandboxedEnvironment:
    """A Jinja environment like the one copier renders question defaults with; templates are
    compiled once and reused across runs (generator/_jinja_cache.py)."""
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(REPO_ROOT)),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["from_yaml"] = from_yaml
    return cache_compiled(env)


@cache
def _router() -> Any:
    return environment().get_template(ROUTER_TEMPLATE).module


def routing_table() -> dict[str, Any]:
    """The compiled routing table (the blueprints' routing.yml files), built once."""
    return _router().routing_table


def route(text: str) -> RoutePlan:
    """Route a request, in Korean or English, to the experts it asks for."""
    normalized = unicodedata.normalize("NFKC", text)
    result = json.loads(str(_router().route(normalized, routing_table())))
    return _plan_from_json(result, request=text)


def _plan_from_json(data: dict[str, Any], *, request: str) -> RoutePlan:
    return RoutePlan(
        request=request,
        experts=tuple(
            ExpertMatch(
                id=item["id"],
                score=int(item["score"]),
                role=item["role"],
                matched=tuple(item["matched"]),
            )
            for item in data["experts"]
        ),
        orchestrator=bool(data["orchestrator"]),
        auth=str(data["auth"]),
        plan=tuple(tuple(phase) for phase in data["plan"]),
        negations=tuple(
            Negation(
                negation=item["negation"],
                scope=item["scope"],
                keywords=tuple(item["keywords"]),
                excluded=tuple(item["excluded"]),
            )
            for item in data["negations"]
        ),
    )


def format_route(plan: RoutePlan) -> str:
    """The readable report: a table of experts, the orchestrator, the auth feature, the plan."""
    lines = [f"Request: {plan.request}", ""]
    lines += _expert_table(plan.experts) if plan.experts else [NO_MATCH]
    orchestrator = routing_table()["orchestrator"]
    if plan.orchestrator:
        role = "coordinates the experts and integrates last" if plan.experts else "leads"
        lines.append(f"Orchestrator: {orchestrator} {role}.")
    if plan.auth != "none":
        lines.append(f"Feature: auth = {plan.auth} (authentication requested)")
    if plan.negations:
        lines += ["", "Negations (not counted):"]
        lines += [_negation_line(negation) for negation in plan.negations]
    if plan.plan:
        lines += ["", "Plan:"]
        lines += [
            _phase_line(number, phase, orchestrator)
            for number, phase in enumerate(plan.plan, start=1)
        ]
    return "\n".join(lines)


def _expert_table(experts: tuple[ExpertMatch, ...]) -> list[str]:
    rows = [("expert", "role", "score", "matched keywords")]
    rows += [(m.id, m.role, str(m.score), ", ".join(m.matched)) for m in experts]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return [
        f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}".rstrip()
        for row in rows
    ]


def _negation_line(negation: Negation) -> str:
    governed = ", ".join(negation.keywords) or "no keyword"
    line = f'  "{negation.negation}" negates "{negation.scope}" ({governed})'
    if negation.excluded:
        line += f": excludes {', '.join(negation.excluded)}"
    return line


def _phase_line(number: int, phase: tuple[str, ...], orchestrator: str) -> str:
    if phase == (orchestrator,):
        note = " (integration)"
    elif len(phase) > 1:
        note = " (in parallel)"
    else:
        note = ""
    return f"  {number}. {', '.join(phase)}{note}"
