"""The NestJS CLI reference: `nest new`, then one `nest g resource` per entity (REST, CRUD).

@nestjs/cli 12.0.8 is installed once into a bench-only cache folder (never committed):
$NESTGEN_BENCH_CACHE/nest-cli, default ~/.cache/nestgen-bench/nest-cli. Run as
`python -m bench.nestcli DEST NAME...` (timed whole by the generation benchmark).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

VERSION = "12.0.8"
FOLDER = (
    Path(os.environ.get("NESTGEN_BENCH_CACHE", Path.home() / ".cache" / "nestgen-bench"))
    / "nest-cli"
)
NEST = FOLDER / "node_modules" / ".bin" / "nest"


def installed() -> bool:
    package = FOLDER / "node_modules" / "@nestjs" / "cli" / "package.json"
    return package.is_file() and json.loads(package.read_text())["version"] == VERSION


def install() -> str | None:
    """Install the pinned CLI into the cache folder; the reason when it cannot."""
    if installed():
        return None
    if shutil.which("npm") is None:
        return "npm is not installed"
    FOLDER.mkdir(parents=True, exist_ok=True)
    if not (FOLDER / "package.json").is_file():
        (FOLDER / "package.json").write_text('{"private": true}\n')
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", f"@nestjs/cli@{VERSION}"],
        cwd=FOLDER,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not installed():
        return f"npm install @nestjs/cli@{VERSION} failed: {done.stderr.strip()[-200:]}"
    return None


def _nest(cwd: Path, *args: str) -> None:
    subprocess.run(
        [str(NEST), *args], cwd=cwd, check=True, capture_output=True, stdin=subprocess.DEVNULL
    )


def generate(destination: Path, entities: list[str]) -> None:
    destination.mkdir(parents=True, exist_ok=True)
    _nest(destination, "new", "app", "--skip-install", "--package-manager", "npm", "--no-observe")
    app = destination / "app"
    if entities:
        # The first CRUD resource adds @nestjs/mapped-types and runs `npm install` for it;
        # nestgen installs nothing either, so the dependency is declared beforehand.
        package = json.loads((app / "package.json").read_text())
        package["dependencies"]["@nestjs/mapped-types"] = "*"
        (app / "package.json").write_text(json.dumps(package, indent=2) + "\n")
    for name in entities:
        _nest(app, "g", "resource", f"{name.lower()}s", "--type", "rest", "--crud")


if __name__ == "__main__":
    generate(Path(sys.argv[1]), sys.argv[2:])
