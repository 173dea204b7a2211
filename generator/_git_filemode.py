"""Ask git for `core.fileMode` once per render instead of once per rendered file.

Copier 9.19 runs `git config --type=bool --get core.fileMode` in the destination after writing
each file (Worker._sync_git_index_executable_bit), to re-stage executable bits when git ignores
them. A 600-file project paid 600 git processes for an answer that cannot change while one
render writes files (nestgen runs no tasks). The answer is asked exactly as copier asks it, once
per worker and destination; only when it is "false" does copier's own code run, unchanged.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any


def file_mode_ignored(destination: Path) -> bool:
    """Whether git ignores on-disk modes there: the only case copier touches the index."""
    try:
        done = subprocess.run(
            ["git", "config", "--type=bool", "--get", "core.fileMode"],
            cwd=destination,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # no git, or the folder vanished: copier would do nothing either
        return False
    return done.returncode == 0 and done.stdout.strip() == "false"


class FileModeOnce:
    """Mixin for copier's Worker: one `core.fileMode` question per render."""

    _file_mode_answers: dict[Path, bool]

    def _sync_git_index_executable_bit(self, dst_relpath: Path, src_mode: int) -> None:
        root: Path = self.subproject.local_abspath  # type: ignore[attr-defined]
        answers = self.__dict__.setdefault("_file_mode_answers", {})
        if root not in answers:
            answers[root] = file_mode_ignored(root)
        if answers[root]:
            parent: Any = super()
            parent._sync_git_index_executable_bit(dst_relpath, src_mode)
