"""Where nestgen keeps what it can reuse between runs (template checkouts, compiled Jinja).

Everything here is a cache: deleting the folder only costs time. NESTGEN_NO_CACHE=1 turns the
persistent caches off (the benchmarks measure both ways, the tests compare outputs both ways).
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "NESTGEN_CACHE_DIR"
NO_CACHE_ENV = "NESTGEN_NO_CACHE"


def enabled() -> bool:
    return os.environ.get(NO_CACHE_ENV, "") in {"", "0"}


def cache_root() -> Path:
    """$NESTGEN_CACHE_DIR, else $XDG_CACHE_HOME/nestgen, else ~/.cache/nestgen."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "nestgen"
