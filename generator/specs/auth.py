"""Answers of the auth feature: `auth: none | jwt`, and what jwt asks of the User entity."""

from __future__ import annotations

from typing import Any

from generator.errors import AnswersError

AUTH_CHOICES = ("none", "jwt")
# The User fields auth owns; a declared field of the same name is replaced by auth's.
AUTH_USER_FIELDS = frozenset({"email", "passwordHash", "role", "emailVerifiedAt"})


def check_auth(value: Any) -> str:
    if value not in AUTH_CHOICES:
        raise AnswersError(f"auth must be one of {', '.join(AUTH_CHOICES)}, got {value!r}")
    return str(value)


def _required_without_default(field: dict[str, Any]) -> bool:
    return not field.get("nullable") and field.get("default") is None


def check_user_entity(answers: dict[str, Any]) -> None:
    """Sign-up creates users from an email and a password only: any other User field
    must be nullable or have a default."""
    if answers.get("auth") != "jwt":
        return
    for entity in answers.get("entities") or []:
        if entity.get("name") != "User":
            continue
        blocking = [
            field["name"]
            for field in entity.get("fields") or []
            if field["name"] not in AUTH_USER_FIELDS and _required_without_default(field)
        ]
        if blocking:
            raise AnswersError(
                f"auth: jwt signs users up with an email and a password only; make User field "
                f"{', '.join(map(repr, blocking))} nullable or give it a default"
            )


VALIDATORS = {"auth": check_auth}
ANSWER_CHECKS = [check_user_entity]
