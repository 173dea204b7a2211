"""The rendering floor: plain jinja2 compiling a render's templates and writing its files.

`capture` (untimed setup) renders a project through nestgen while recording every template file
Jinja loads, and keeps their sources and the rendered tree. `run` (timed, in its own process)
is what any Jinja-based generator must at least do: import jinja2, compile each of those
templates once (no cache) and write each file of the tree. It skips everything else: answers,
validation, computing the composition, rendering itself. Both as `python -m bench.floor`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"


def capture(answers: Path, ref: str, out: Path) -> None:
    """Render like `nestgen new` (validated answers, same template ref), recording templates."""
    from copier import _jinja_ext

    from generator.answers import load_file, validate
    from generator.template import render

    loaded: dict[str, str] = {}
    loader: Any = _jinja_ext.CopierTemplateLoader
    plain_get_source = loader.get_source

    def get_source(self: Any, environment: Any, template: str) -> Any:
        source, filename, uptodate = plain_get_source(self, environment, template)
        loaded.setdefault(template, source)
        return source, filename, uptodate

    loader.get_source = get_source
    data = validate(load_file(answers))
    render(out / "tree", data, interactive=False, vcs_ref=ref)
    for name, source in loaded.items():
        target = out / "templates" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source, encoding="utf-8")
    files = sorted(
        path.relative_to(out / "tree").as_posix()
        for path in (out / "tree").rglob("*")
        if path.is_file()
    )
    (out / MANIFEST).write_text(json.dumps({"templates": sorted(loaded), "files": files}))


def run(captured: Path, destination: Path) -> None:
    import jinja2

    manifest = json.loads((captured / MANIFEST).read_text())
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(captured / "templates")),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        cache_size=0,
    )
    for name in manifest["templates"]:
        env.get_template(name)  # read, parse, compile to Python code
    tree = captured / "tree"
    for name in manifest["files"]:
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((tree / name).read_bytes())


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "capture":
        capture(Path(args[0]), args[1], Path(args[2]))
    else:
        run(Path(args[0]), Path(args[1]))
