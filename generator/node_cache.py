"""One installed node_modules per package set, shared by every generated project that has it.

Generated projects differ in a few dependencies; installing each one's packages again would cost
a minute per project. The key is the part of package.json that decides what npm installs, so
two projects with the same experts share one folder (nest-lab.md §7). Used by the tests and by
`nestgen matrix`.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
from pathlib import Path

NODE_CACHE_ENV = "NESTGEN_NODE_CACHE"


def node_cache() -> Path:
    return Path(os.environ.get(NODE_CACHE_ENV, Path.home() / ".cache" / "nestgen-tests"))


def package_set_key(project: Path) -> str:
    manifest = json.loads((project / "package.json").read_text(encoding="utf-8"))
    relevant = {k: manifest.get(k) for k in ("dependencies", "devDependencies", "allowScripts")}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


def shared_node_modules(project: Path) -> Path:
    """The installed node_modules for this project's package set, installing it once (a lock
    file serialises concurrent installs of one set across processes)."""
    home = node_cache() / package_set_key(project)
    home.mkdir(parents=True, exist_ok=True)
    with (home / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / ".installed").exists():
            manifest = json.loads((project / "package.json").read_text(encoding="utf-8"))
            manifest["name"] = "nestgen-shared-deps"
            (home / "package.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
            subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefer-offline"],
                cwd=home,
                check=True,
                capture_output=True,
            )
            (home / ".installed").touch()
    return home / "node_modules"


def link_node_modules(project: Path) -> None:
    target = project / "node_modules"
    if target.is_symlink() or target.exists():
        return
    target.symlink_to(shared_node_modules(project), target_is_directory=True)
