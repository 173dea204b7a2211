"""Where the template lives and how copier is called: the only path to generated files."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import jinja2

from generator import _worker
from generator.catalog import REPO_ROOT
from generator.errors import AnswersError, InternalError, TemplateError, first_line
from generator.wizard import whole_validation_errors

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


def render(
    destination: Path,
    data: dict[str, Any],
    *,
    interactive: bool,
    vcs_ref: str | None,
) -> None:
    """Run one copier render into `destination`; any copier failure becomes a TemplateError."""
    with warnings.catch_warnings(), whole_validation_errors():
        # copier warns about dirty templates when vcs_ref is HEAD; that is the point of HEAD.
        warnings.simplefilter("ignore")
        try:
            _worker.run_copy(
                template_source(),
                destination,
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
        except jinja2.TemplateError as error:
            raise _template_failure(error) from error
        except Exception as error:  # copier raises many types; all mean "not generated"
            raise TemplateError(f"copier: {first_line(error)}") from error


# A composition check that found a bug in the template itself (blueprints/composition.yml).
_TEMPLATE_BUG = "template: "
# The answers check (blueprints/validate.jinja, copier.yml's first question) refused an answer.
_BAD_ANSWER = "answers: "


def _template_failure(error: jinja2.TemplateError) -> Exception:
    """A Jinja error while rendering is the template's fault, unless it reports a bad answer."""
    message = first_line(error)
    if message.startswith(_BAD_ANSWER):
        return AnswersError(message[len(_BAD_ANSWER) :])
    if message.startswith(_TEMPLATE_BUG):
        message = message[len(_TEMPLATE_BUG) :]
    return InternalError(f"the template failed to render: {message}")
