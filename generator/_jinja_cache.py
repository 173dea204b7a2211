"""Compile each Jinja template once: in memory within a render, on disk across renders.

A 30-entity render compiled 1,594 templates (~4.6 s under the profiler): copier compiles every
question default, validator and path segment with `Environment.from_string`, often the same
text many times, and every template file again in each process. Jinja's own bytecode cache
(FileSystemBytecodeCache) covers template files; `from_string` gets the same cache here, keyed
by the text, plus a per-environment memo. Compiled code depends only on the source text and the
environment's syntax options, so the cache folder is keyed by those options (Jinja and Python
versions are in its bytecode header), and a file whose source changed is compiled again (Jinja
checks a checksum of the source).
"""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from generator import _cache

E = TypeVar("E", bound=Environment)

_SYNTAX = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
)


def _name(value: Any) -> str:
    return getattr(value, "__qualname__", None) or repr(value)


def fingerprint(env: Environment) -> str:
    """What compiled code depends on besides the source: syntax options, extensions, finalize,
    autoescape, and the Jinja version."""
    parts = [jinja2.__version__, type(env).__qualname__]
    parts += [f"{option}={getattr(env, option, None)!r}" for option in _SYNTAX]
    parts += sorted(env.extensions)
    parts += [_name(env.finalize), _name(env.autoescape)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class _ByNameCache(FileSystemBytecodeCache):
    """Keyed by template name only: copier loads templates from a temporary clone whose path
    changes every run. The source checksum in each entry still rejects a stale one."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(name)

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        # Loading a template compiles it, and compiling runs the extensions' preprocess hooks,
        # which copier's yield extension uses to reset its state: a cache hit must too.
        environment.preprocess(source, name, filename)
        return super().get_bucket(environment, name, filename, source)


def _string_key(source: str) -> str:
    return "from_string:" + hashlib.sha256(source.encode("utf-8")).hexdigest()


def _compile_string(env: Environment, source: str) -> Any:
    cache = env.bytecode_cache
    if cache is None:
        return env.compile(source)
    bucket: Bucket = cache.get_bucket(env, _string_key(source), None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        cache.set_bucket(bucket)
    return bucket.code


def cache_compiled(env: E) -> E:
    """Give `env` the on-disk bytecode cache (unless caching is off) and a from_string memo."""
    if _cache.enabled():
        folder = _cache.cache_root() / "jinja" / fingerprint(env)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # an unwritable cache only costs time
        else:
            env.bytecode_cache = _ByNameCache(str(folder))
    compiled: dict[str, jinja2.Template] = {}
    plain_from_string = env.from_string

    def from_string(
        source: str | Any, globals: Any = None, template_class: Any = None
    ) -> jinja2.Template:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return plain_from_string(source, globals, template_class)
        env.preprocess(source)  # as compiling would (see _ByNameCache.get_bucket)
        template = compiled.get(source)
        if template is None:
            code = _compile_string(env, source)
            template = env.template_class.from_code(env, code, env.make_globals(None), None)
            compiled[source] = template
        return template

    env.from_string = from_string  # type: ignore[method-assign]
    return env
