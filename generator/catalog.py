"""The blueprint catalog: experts, their data, the pinned npm versions and the file index."""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
BLUEPRINTS = REPO_ROOT / "blueprints"
TEMPLATE_SUFFIX = ".jinja"


@dataclass(frozen=True)
class Expert:
    """One blueprint as `nestgen experts` lists it."""

    id: str
    summary: str
    is_base: bool
    available: bool


def _load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream) or {}


@cache
def _catalog() -> dict:
    return _load_yaml(BLUEPRINTS / "catalog.yml")


def base_id() -> str:
    return str(_catalog()["base"])


@cache
def experts() -> tuple[Expert, ...]:
    """Every expert in composition order, the base first (features are not experts)."""
    return tuple(
        Expert(
            id=entry["id"],
            summary=entry["summary"],
            is_base=entry["id"] == base_id(),
            available=entry.get("available", True),
        )
        for entry in _catalog()["experts"]
        if "feature" not in entry
    )


@cache
def blueprint_ids() -> tuple[str, ...]:
    """Every blueprint folder in composition order, features included."""
    return tuple(entry["id"] for entry in _catalog()["experts"])


def feature_requirements(chosen: list[str], answers: dict) -> dict[str, str]:
    """Experts added because a composed feature or expert needs them: expert id → who needs it.

    The same rule as blueprints/macros.jinja's composed_experts: features chosen by their
    answer, then every `requires` of what is composed, transitively.
    """
    entries = {entry["id"]: entry for entry in _catalog()["experts"]}
    composed = list(chosen)
    composed += [
        entry["id"]
        for entry in entries.values()
        if "feature" in entry and answers.get(entry["feature"], "none") != "none"
    ]
    added: dict[str, str] = {}
    pending = list(composed)
    while pending:
        needer = pending.pop(0)
        for needed in entries.get(needer, {}).get("requires") or ():
            if needed not in composed:
                composed.append(needed)
                pending.append(needed)
                added[needed] = needer
    return added


def catalog_order() -> tuple[str, ...]:
    return tuple(expert.id for expert in experts())


def selectable_expert_ids() -> tuple[str, ...]:
    """Ids an answers file may list under `experts` (the base is always included)."""
    return tuple(expert.id for expert in experts() if not expert.is_base)


def unavailable_expert_ids() -> tuple[str, ...]:
    return tuple(expert.id for expert in experts() if not expert.available)


_JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_JINJA_STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def blueprint_data(blueprint: str) -> dict:
    """blueprint.yml read without answers: each expression becomes a placeholder and each
    statement disappears, so every branch of an `if` is read (keys and names are plain)."""
    text = (BLUEPRINTS / blueprint / "blueprint.yml").read_text(encoding="utf-8")
    text = _JINJA_STATEMENT.sub("", _JINJA_EXPRESSION.sub("0", text))
    return yaml.safe_load(text) or {}


@cache
def npm_versions() -> dict[str, str]:
    return {name: str(version) for name, version in _load_yaml(BLUEPRINTS / "versions.yml").items()}


def _templates_under(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob(f"*{TEMPLATE_SUFFIX}")
        if path.is_file()
    )


def template_files(blueprint: str) -> list[str]:
    """A blueprint's template files, relative to its files/ folder, sorted."""
    return _templates_under(BLUEPRINTS / blueprint / "files")


def file_rules(blueprint: str) -> list[dict]:
    """The blueprint's declared file conditions (`files:` in blueprint.yml), in order."""
    return list(blueprint_data(blueprint).get("files") or [])


def rule_matches(rule: dict, destination: str) -> bool:
    """A rule's `paths` are globs over destinations (`*` also crosses folders)."""
    return any(fnmatch.fnmatchcase(destination, pattern) for pattern in rule.get("paths") or ())


def _file_entry(source: str, rules: list[dict]) -> dict:
    destination = source[: -len(TEMPLATE_SUFFIX)]
    matched = [number for number, rule in enumerate(rules) if rule_matches(rule, destination)]
    return {"src": source, "rules": matched} if matched else {"src": source}


def shared_files() -> list[str]:
    """Destinations project/ writes itself (composed shared files), not via the dispatcher."""
    root = REPO_ROOT / "project"
    return sorted(
        name[: -len(TEMPLATE_SUFFIX)]
        for name in _templates_under(root)
        if "{%" not in name and "{{" not in name
    )


def has_file(blueprint: str, name: str) -> bool:
    return (BLUEPRINTS / blueprint / name).is_file()


class _SkipIncludes(yaml.SafeLoader):
    """Reads copier.yml's own questions; its `!include` documents are read separately."""


_SkipIncludes.add_constructor("!include", lambda loader, node: {})


def _asked(questions: dict) -> list[str]:
    return [
        key
        for key, spec in questions.items()
        if not key.startswith("_") and not (isinstance(spec, dict) and spec.get("when") is False)
    ]


def question_keys_of(blueprint: str) -> list[str]:
    """The answers one blueprint's questions.yml asks for."""
    return _asked(_load_yaml(BLUEPRINTS / blueprint / "questions.yml"))


def question_keys(with_questions: list[str]) -> list[str]:
    """Every answer copier asks for: copier.yml's own questions, then each expert's."""
    text = (REPO_ROOT / "copier.yml").read_text(encoding="utf-8")
    keys: list[str] = []
    for document in yaml.load_all(text, Loader=_SkipIncludes):  # noqa: S506
        keys += _asked(document or {})
    for blueprint in with_questions:
        keys += question_keys_of(blueprint)
    return keys


def registry() -> dict:
    """What the render needs to know about the catalog that Jinja cannot find out itself."""
    entries = _catalog()["experts"]
    with_questions = [e["id"] for e in entries if has_file(e["id"], "questions.yml")]
    return {
        "answers": question_keys(with_questions),
        "experts": [entry["id"] for entry in entries],
        "questions": with_questions,
        "routed": [e["id"] for e in entries if has_file(e["id"], "routing.yml")],
        "validators": [e["id"] for e in entries if has_file(e["id"], "validate.jinja")],
        "features": {e["feature"]: e["id"] for e in entries if "feature" in e},
    }


def _flow(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def build_index() -> str:
    """The text of blueprints/index.yml: Jinja cannot list folders, so the render reads this."""
    lines = [
        "# Generated by `nestgen index` from blueprints/catalog.yml and the blueprint folders.",
        "# Do not edit: add or move a template file, or change a blueprint's `files:` rules,",
        "# then run `nestgen index`.",
        "registry:",
        *(f"  {key}: {_flow(value)}" for key, value in registry().items()),
        f"shared: {_flow(shared_files())}",
        "blueprints:",
    ]
    for blueprint in blueprint_ids():
        rules = file_rules(blueprint)
        files = [_file_entry(source, rules) for source in template_files(blueprint)]
        lines.append(f"  {blueprint}:{'' if files else ' []'}")
        lines.extend(f"    - {_flow(entry)}" for entry in files)
    return "\n".join(lines) + "\n"


def index_path() -> Path:
    return BLUEPRINTS / "index.yml"


def features_path() -> Path:
    return BLUEPRINTS / "features.yml"


def build_features() -> str:
    """blueprints/features.yml: which experts a project gets, and what features add to models.

    Derived from the catalog: an entry with `feature: <answer>` is composed when that answer
    is not 'none'; an entry's `contributes: {<expert>: <macro>}` adds what
    blueprints/<id>/contributions.jinja's macro returns to `<expert>_contributions`.
    """
    entries = _catalog()["experts"]
    features = ", ".join(f"'{e['feature']}': {e['feature']}" for e in entries if "feature" in e)
    text = [
        "# Generated by `nestgen index` from blueprints/catalog.yml. Do not edit.",
        "# Computed before the experts' own questions: the experts a project really gets",
        "# (those chosen, plus those a chosen feature or expert requires), and what",
        "# blueprints contribute to other experts' models. Never asked, never stored.",
        "composed_experts:",
        "  type: yaml",
        "  when: false",
        "  default: >-",
        "    {%- from 'blueprints/macros.jinja' import composed_experts -%}",
        f"    {{{{ composed_experts(experts, {{{features}}}) }}}}",
    ]
    for target, contributors in _contributions(entries).items():
        text += ["", f"{_key(target)}_contributions:", "  type: yaml", "  when: false"]
        text += ["  default: >-", "    {%- set contributed = namespace(out=[]) -%}"]
        for blueprint, macro in contributors:
            alias = f"{_key(blueprint)}_{macro}"
            text += [
                f"    {{%- from 'blueprints/{blueprint}/contributions.jinja' "
                f"import {macro} as {alias} with context -%}}",
                f"    {{%- if '{blueprint}' in composed_experts -%}}",
                f"    {{%- set contributed.out = contributed.out + ({alias}() | from_json) -%}}",
                "    {%- endif -%}",
            ]
        text.append("    {{ contributed.out | to_json }}")
    return "\n".join(text) + "\n"


def _key(expert_id: str) -> str:
    return expert_id.replace("-", "_")


def _contributions(entries: list[dict]) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        for target, macro in (entry.get("contributes") or {}).items():
            found.setdefault(target, []).append((entry["id"], macro))
    return found


_INCLUDES_BEGIN = (
    "# nestgen index: the experts' questions, in catalog order (generated; do not edit)"
)
_INCLUDES_END = "# nestgen index: end"


def build_copier_yml() -> str:
    """copier.yml with its include block (features, each expert's questions, the composition
    model) rewritten from the catalog."""
    text = (REPO_ROOT / "copier.yml").read_text(encoding="utf-8")
    head, rest = text.split(_INCLUDES_BEGIN, 1)
    tail = rest.split(_INCLUDES_END, 1)[1]
    includes = ["blueprints/features.yml"]
    includes += [f"blueprints/{b}/questions.yml" for b in registry()["questions"]]
    includes.append("blueprints/composition.yml")
    block = "".join(f"---\n!include {path}\n" for path in includes)
    return f"{head}{_INCLUDES_BEGIN}\n{block}{_INCLUDES_END}{tail}"


def derived_files() -> dict[Path, str]:
    """Every file `nestgen index` writes, with the text it should have."""
    return {
        index_path(): build_index(),
        features_path(): build_features(),
        REPO_ROOT / "copier.yml": build_copier_yml(),
    }


def stale_derived_files() -> list[Path]:
    return [
        path
        for path, text in derived_files().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]


def write_derived_files() -> list[Path]:
    written = []
    for path, text in derived_files().items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


BLUEPRINT_KEYS = frozenset(
    {
        "id", "files", "dependencies", "devDependencies", "scripts", "allow_scripts",
        "ci_checks", "env", "app_module", "health", "compose_services", "compose_volumes",
        "compose_app_env", "compose_jobs", "compose_env", "compose_host_env", "ci_services",
        "ci_env", "readme", "e2e_hooks", "each",
        "jest_coverage_threshold", "provides", "worker_module", "gateway_module", "bootstrap",
    }
)  # fmt: skip
EXACT_VERSION = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")


def blueprint_problems(blueprint: str, data: dict) -> list[str]:
    """What is wrong with one blueprint's data: unknown keys, unpinned packages, bad rules."""
    problems = [f"{blueprint}: unknown key {key!r}" for key in sorted(data.keys() - BLUEPRINT_KEYS)]
    if data.get("id") != blueprint:
        problems.append(f"{blueprint}: id is {data.get('id')!r}, expected {blueprint!r}")
    if blueprint not in unavailable_expert_ids() and not data.get("readme"):
        problems.append(f"{blueprint}: no `readme` paragraph (the README lists every expert's)")
    for section in ("dependencies", "devDependencies"):
        for package in data.get(section) or ():
            if package not in npm_versions():
                problems.append(f"{blueprint}: {package} is not pinned in blueprints/versions.yml")
    destinations = [source[: -len(TEMPLATE_SUFFIX)] for source in template_files(blueprint)]
    for number, rule in enumerate(data.get("files") or []):
        where = f"{blueprint}: files[{number}]"
        problems += [f"{where}: {problem}" for problem in _rule_problems(rule, destinations)]
    return problems


RULE_KEYS = frozenset({"paths", "with", "without", "when", "app"})
# Where a file lands in a monorepo (blueprints/README.md, "App layout").
RULE_APPS = frozenset({"http", "worker", "root", "all", "servers"})


def _rule_problems(rule: object, destinations: list[str]) -> list[str]:
    if not isinstance(rule, dict) or not rule.get("paths"):
        return ["a rule is a mapping with `paths` and `with`, `without` or `when`"]
    problems = [f"unknown key {key!r}" for key in sorted(rule.keys() - RULE_KEYS)]
    if "app" in rule and rule["app"] not in RULE_APPS:
        problems.append(f"app: {rule['app']!r} is not one of {', '.join(sorted(RULE_APPS))}")
    for relation in ("with", "without"):
        problems += [
            f"{relation}: no expert {other!r} in the catalog"
            for other in rule.get(relation) or ()
            if other not in blueprint_ids()
        ]
    problems += [
        f"{pattern!r} matches no file of this blueprint"
        for pattern in rule["paths"]
        if not any(fnmatch.fnmatchcase(dst, pattern) for dst in destinations)
    ]
    return problems


def version_problems() -> list[str]:
    return [
        f"versions.yml: {name} {version!r} is not an exact version"
        for name, version in npm_versions().items()
        if not EXACT_VERSION.match(version)
    ]
