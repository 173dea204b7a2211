"""Render each question's default once per question, not twice.

Copier 9.19's Worker._ask calls Question.get_default() twice for a computed (`when: false`)
question answered by --defaults: once to see whether it has a default, once to use it. Nothing
changes the answers in between, so both calls render the same value; for nestgen's computed
values (every file to write, every entity, the whole answers check) that rendering and its YAML
parsing is most of the work before the first file is written. The second call gets the first
call's result. A Question object lives for one step of that loop only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_UNSET = object()


def question_class(base: type[Any]) -> type[Any]:
    """`base` (copier's Question) whose get_default() is computed once per instance."""

    class Question(base):
        def get_default(self) -> Any:
            memo = self.__dict__.get("_nestgen_default", _UNSET)
            if memo is _UNSET:
                memo = super().get_default()
                self.__dict__["_nestgen_default"] = memo
            return memo

    Question.__qualname__ = Question.__name__ = base.__name__
    return Question


@contextmanager
def defaults_rendered_once() -> Iterator[None]:
    """While active, copier's Worker builds its questions from the memoising class."""
    from copier import _main

    module: Any = _main
    original = module.Question
    module.Question = question_class(original)
    try:
        yield
    finally:
        module.Question = original
