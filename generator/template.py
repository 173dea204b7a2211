"""Where the template lives and how copier is called: the only path to generated files."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import copier

from generator.catalog import REPO_ROOT
from generator.errors import TemplateError

TEMPLATE_ENV = "NESTGEN_TEMPLATE"


def template_source() -> str:
    """The template's absolute path or URL: copier needs one to update projects later."""
    configured = os.environ.get(TEMPLATE_ENV)
    if configured:
        return configured
    if not (REPO_ROOT / "copier.yml").is_file():
        raise TemplateError(f"no template found at {REPO_ROOT}; set {TEMPLATE_ENV}")
    if not (REPO_ROOT / ".git").exists():
        raise TemplateError(
            f"the template at {REPO_ROOT} is not a git repository; "
            "install nestgen from a git clone (pip install -e .)"
        )
    return str(REPO_ROOT)


def first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def render(
    destination: Path,
    data: dict[str, Any],
    *,
    interactive: bool,
    vcs_ref: str | None,
) -> None:
    """Run one copier render into `destination`; any copier failure becomes a TemplateError."""
    with warnings.catch_warnings():
        # copier warns about dirty templates when vcs_ref is HEAD; that is the point of HEAD.
        warnings.simplefilter("ignore")
        try:
            copier.run_copy(
                template_source(),
                str(destination),
                data=data,
                defaults=not interactive,
                vcs_ref=vcs_ref,
                quiet=True,
                skip_tasks=True,
                unsafe=False,
                overwrite=True,
            )
        except KeyboardInterrupt as error:
            raise TemplateError("interrupted; nothing was written") from error
        except Exception as error:  # copier raises many types; all mean "not generated"
            raise TemplateError(f"copier: {first_line(error)}") from error
