"""The typed error tree: every error a user can cause is a UserError (exit code 2)."""

from __future__ import annotations

from typing import ClassVar


class NestgenError(Exception):
    """Root of nestgen's errors."""


class UserError(NestgenError):
    """Bad input or an impossible request: reported in one line, nothing written."""

    exit_code: ClassVar[int] = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AnswersError(UserError):
    """An answer is missing, unknown or invalid."""


class DestinationError(UserError):
    """The destination cannot be written to."""


class TemplateError(UserError):
    """Copier refused to render the template."""


class CommandFailedError(NestgenError):
    """A step of the generated project's checks failed (exit code 1)."""

    exit_code: ClassVar[int] = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
