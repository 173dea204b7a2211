"""The typed error tree. Every error carries its one-line message and its exit code:
what a user can cause is a UserError (exit code 2), a bug in nestgen or its template is an
InternalError (exit code 1, the traceback behind --debug)."""

from __future__ import annotations

from typing import ClassVar


class NestgenError(Exception):
    """Root of nestgen's errors: a one-line message and the exit code it ends with."""

    exit_code: ClassVar[int] = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UserError(NestgenError):
    """Bad input or an impossible request: reported in one line, nothing written."""

    exit_code: ClassVar[int] = 2


class AnswersError(UserError):
    """An answer is missing, unknown or invalid."""


class DestinationError(UserError):
    """The destination cannot be written to."""


class TemplateError(UserError):
    """Copier refused to render the template for a reason the user can act on."""


class CommandFailedError(NestgenError):
    """A step of the generated project's checks failed (exit code 1)."""


class InternalError(NestgenError):
    """A bug in nestgen or its template, not the user's fault (exit code 1)."""


def first_line(error: BaseException) -> str:
    """The first line of an exception's message (its type name when it has none)."""
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
