"""How copier's wizard shows a refused answer when nestgen runs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module

from prompt_toolkit.filters import has_validation_error
from prompt_toolkit.layout import ConditionalContainer, Window
from prompt_toolkit.widgets import toolbars

# The module (the package re-exports its function of the same name), whose PromptSession
# builds the toolbar: copier's text questions are prompt sessions.
_PROMPT_MODULE = import_module("prompt_toolkit.shortcuts.prompt")
_TOOLBAR = "ValidationToolbar"


class _WholeValidationToolbar(toolbars.ValidationToolbar):
    """prompt_toolkit's toolbar, as tall as the reason instead of one line.

    Copier's text questions show why an answer was refused in this toolbar, which is one
    line high: a longer reason (the validators break theirs into lines of 80 columns) would
    be cut, and the user asked again without knowing why.
    """

    def __init__(self, show_position: bool = False) -> None:
        super().__init__(show_position)
        self.container = ConditionalContainer(
            content=Window(self.control, wrap_lines=True), filter=has_validation_error
        )


@contextmanager
def whole_validation_errors() -> Iterator[None]:
    """Within it, the wizard's prompts show every line of a refused answer's reason."""
    original = getattr(_PROMPT_MODULE, _TOOLBAR)
    setattr(_PROMPT_MODULE, _TOOLBAR, _WholeValidationToolbar)
    try:
        yield
    finally:
        setattr(_PROMPT_MODULE, _TOOLBAR, original)
