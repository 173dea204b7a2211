"""A structural 3-way merge for JSON files (package.json and friends).

`copier update` merges line by line, so two sides adding neighbouring keys (a user's
dependency next to one a newer nestgen adds) conflict although nothing really clashes.
Merged per key here instead: base = the old render, ours = the user's file, theirs = the
new render. The result is written in the same layout the template writes (see `dumps`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

PRINT_WIDTH = 80


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


class JsonConflict(Exception):
    """Both sides changed the same value differently."""

    def __init__(self, path: tuple[str, ...]) -> None:
        super().__init__("/".join(path) or "(root)")
        self.path = path


def merge(base: Any, ours: Any, theirs: Any, path: tuple[str, ...] = ()) -> Any:
    """Merge one value; MISSING stands for "absent on that side". Raises JsonConflict."""
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return _merge_objects(base if isinstance(base, dict) else {}, ours, theirs, path)
    if _is_scalar_set(ours) and _is_scalar_set(theirs):
        return _merge_scalar_lists(base if _is_scalar_set(base) else [], ours, theirs)
    raise JsonConflict(path)


def _is_scalar_set(value: Any) -> bool:
    """A list of distinct scalars (tsconfig `include`, `files`, ...): merged as a set."""
    if not isinstance(value, list):
        return False
    if not all(isinstance(item, Hashable) and not isinstance(item, bool) for item in value):
        return False
    return len(set(value)) == len(value)


def _merge_scalar_lists(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    removed_by_theirs = {item for item in base if item not in theirs}
    kept = [item for item in ours if item not in removed_by_theirs]
    added_by_theirs = [item for item in theirs if item not in base and item not in kept]
    return kept + added_by_theirs


def _merge_objects(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], path: tuple[str, ...]
) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in [*theirs, *(key for key in ours if key not in theirs)]:
        value = merge(
            base.get(key, MISSING), ours.get(key, MISSING), theirs.get(key, MISSING), (*path, key)
        )
        if value is not MISSING:
            merged[key] = value
    return _order_keys(merged, list(ours), list(theirs))


def _looks_sorted(keys: list[str]) -> bool:
    return len(keys) >= 2 and keys == sorted(keys)


def _order_keys(merged: dict[str, Any], ours: list[str], theirs: list[str]) -> dict[str, Any]:
    """Sorted when both sides keep the object sorted (dependencies); else theirs' order,
    with the user's own keys placed after the key they followed in the user's file."""
    sorted_or_short = all(_looks_sorted(keys) or len(keys) < 2 for keys in (ours, theirs))
    if sorted_or_short and (_looks_sorted(ours) or _looks_sorted(theirs)):
        return dict(sorted(merged.items()))
    order = [key for key in theirs if key in merged]
    for index, key in enumerate(ours):
        if key not in merged or key in order:
            continue
        before = [previous for previous in ours[:index] if previous in order]
        order.insert(order.index(before[-1]) + 1 if before else 0, key)
    return {key: merged[key] for key in order}


@dataclass(frozen=True)
class Layout:
    """How a JSON file is laid out: indent unit, inline short arrays (prettier), final newline."""

    indent: str = "  "
    inline_arrays: bool = True
    final_newline: bool = True


def dumps(value: Any, layout: Layout = Layout()) -> str:
    text = _dump(value, layout, level=0, prefix_width=0, trailing=0)
    return text + ("\n" if layout.final_newline else "")


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _dump(value: Any, layout: Layout, level: int, prefix_width: int, trailing: int) -> str:
    inner = layout.indent * (level + 1)
    if isinstance(value, dict) and value:
        items = list(value.items())
        lines = [
            inner
            + f"{_scalar(key)}: "
            + _dump(
                item,
                layout,
                level + 1,
                len(inner) + len(_scalar(key)) + 2,
                1 if index < len(items) - 1 else 0,
            )
            for index, (key, item) in enumerate(items)
        ]
        return "{\n" + ",\n".join(lines) + "\n" + layout.indent * level + "}"
    if isinstance(value, list) and value:
        one_line = "[" + ", ".join(_scalar(item) for item in value) + "]"
        flat = not any(isinstance(item, dict | list) for item in value)
        if layout.inline_arrays and flat and prefix_width + len(one_line) + trailing <= PRINT_WIDTH:
            return one_line
        lines = [
            inner + _dump(item, layout, level + 1, len(inner), 1 if index < len(value) - 1 else 0)
            for index, item in enumerate(value)
        ]
        return "[\n" + ",\n".join(lines) + "\n" + layout.indent * level + "]"
    return _scalar(value)


_INDENT = re.compile(r"^([ \t]+)\S", re.MULTILINE)


def detect_layout(text: str) -> Layout:
    """The layout that reproduces `text` exactly, or the closest guess."""
    match = _INDENT.search(text)
    indent = match.group(1) if match else "  "
    final_newline = text.endswith("\n")
    value = json.loads(text)
    for inline in (True, False):
        layout = Layout(indent, inline, final_newline)
        if dumps(value, layout) == text:
            return layout
    return Layout(indent, inline_arrays=not re.search(r"\[\n", text), final_newline=final_newline)


def merge_texts(base: str | None, ours: str, theirs: str) -> str:
    """Merge three JSON documents; laid out like theirs (the new render).

    Raises JsonConflict when one value was changed differently on both sides, and
    ValueError when a side is not valid JSON.
    """
    merged = merge(
        json.loads(base) if base is not None else {}, json.loads(ours), json.loads(theirs)
    )
    return dumps(merged, detect_layout(theirs))
