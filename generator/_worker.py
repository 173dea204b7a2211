"""Copier's render, configured for speed in nestgen's own process only.

Each cut lives in its own module and keeps copier's output byte for byte (the snapshot tests
render through here):
- _git_filemode: one `git config core.fileMode` per render, not one per file;
- _template_checkout: one template clone per commit, not one per render;
- _fast_yaml: libyaml for the computed answers, the `from_yaml` filter and copier.yml;
- _jinja_cache: each template compiled once, in memory and on disk;
- _default_once: each computed answer rendered once, not twice.
Plain `copier copy` and `copier update` never see any of it. Should copier's internals move
(the pin allows any 9.x), nestgen calls copier's public API instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

import copier
import yaml

from generator._default_once import defaults_rendered_once
from generator._fast_yaml import fast_answers_yaml, fast_template_config, from_yaml
from generator._git_filemode import FileModeOnce
from generator._jinja_cache import cache_compiled
from generator._template_checkout import reused_checkouts


def _internals() -> Any:
    """copier's Worker class when every internal the cuts rely on is where they expect."""
    try:
        main: Any = importlib.import_module("copier._main")
        template: Any = importlib.import_module("copier._template")
        user_data: Any = importlib.import_module("copier._user_data")
    except ImportError:
        return None
    worker = getattr(main, "Worker", None)
    found = (
        isinstance(worker, type)
        and callable(getattr(worker, "_sync_git_index_executable_bit", None))
        and isinstance(worker.__dict__.get("jinja_env"), cached_property)
        and isinstance(getattr(main, "Question", None), type)
        and callable(getattr(template, "clone", None))
        and getattr(template, "yaml", None) is yaml
        and callable(getattr(user_data, "parse_yaml_string", None))
        and isinstance(getattr(user_data, "CAST_STR_TO_NATIVE", None), dict)
    )
    return worker if found else None


_Worker = _internals()

if _Worker is not None:

    class _FastWorker(FileModeOnce, _Worker):  # type: ignore[misc, valid-type]
        """copier's Worker with a compile-once Jinja environment and one fileMode question."""

        @cached_property
        def jinja_env(self) -> Any:
            env = _Worker.jinja_env.func(self)
            env.filters["from_yaml"] = from_yaml
            return cache_compiled(env)


@contextmanager
def _configured() -> Iterator[None]:
    with ExitStack() as stack:
        stack.enter_context(reused_checkouts())
        stack.enter_context(fast_answers_yaml())
        stack.enter_context(fast_template_config())
        stack.enter_context(defaults_rendered_once())
        yield


def run_copy(src_path: str, dst_path: Path, **options: Any) -> None:
    """copier.run_copy, faster; same arguments, same files."""
    if _Worker is None:
        copier.run_copy(src_path, str(dst_path), **options)
        return
    with _configured(), _FastWorker(src_path=src_path, dst_path=dst_path, **options) as worker:
        worker.run_copy()


def run_update(dst_path: Path, **options: Any) -> None:
    """copier.run_update, faster; same arguments, same result."""
    if _Worker is None:
        copier.run_update(str(dst_path), **options)
        return
    with _configured(), _FastWorker(dst_path=dst_path, **options) as worker:
        worker.run_update()
