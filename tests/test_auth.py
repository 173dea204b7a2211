"""auth: jwt — routed from a request, composed with the experts it needs, validated."""

from __future__ import annotations

import hashlib

import yaml

from tests.helpers import run_cli

SEED_REQUEST = "사용자 인증 시스템 구축해줘. Redis 세션, TypeORM 유저, 이메일 발송 큐"


def answers_of(project) -> dict:
    return yaml.safe_load((project / ".copier-answers.yml").read_text())


def test_the_seed_request_routes_to_three_experts_and_auth(tmp_path):
    project = tmp_path / "my-auth"

    result = run_cli("new", project, "--request", SEED_REQUEST, "--defaults", "--ref", "HEAD")

    assert result.code == 0, result.err
    assert "typeorm" in result.err and "redis-cache" in result.err  # the routing, explained
    answers = answers_of(project)
    assert answers["experts"] == ["typeorm", "redis-cache", "bullmq-queue"]
    assert answers["auth"] == "jwt"
    for path in (
        "src/auth/auth.controller.ts",
        "src/auth/sessions/redis-session.store.ts",
        "src/auth/mail/auth-email.queue.ts",
        "src/users/entities/user.entity.ts",
        "test/auth.e2e-spec.ts",
    ):
        assert (project / path).is_file(), path
    assert not (project / "src/auth/sessions/database-session.store.ts").exists()


def test_auth_alone_adds_typeorm_and_says_so(tmp_path):
    project = tmp_path / "login-api"

    result = run_cli(
        "new", project, "--request", "JWT 로그인과 회원가입", "--defaults", "--ref", "HEAD"
    )

    assert result.code == 0, result.err
    assert "typeorm (required by auth)" in result.err
    assert answers_of(project)["experts"] == []
    user = (project / "src/users/entities/user.entity.ts").read_text()
    assert "passwordHash" in user and "emailVerifiedAt" in user
    # No Redis and no queue: sessions in the database, emails sent in the request.
    assert (project / "src/auth-sessions/entities/auth-session.entity.ts").is_file()
    assert not (project / "src/auth-sessions/auth-sessions.controller.ts").exists()
    assert (project / "src/auth/mail/direct-auth-mailer.ts").is_file()


def test_password_hash_never_reaches_dtos_or_responses(tmp_path):
    result = run_cli(
        "new", tmp_path / "auth-api", "--request", "JWT login", "--defaults", "--ref", "HEAD"
    )

    assert result.code == 0, result.err
    dto = tmp_path / "auth-api" / "src" / "users" / "dto"
    for path in dto.glob("*.ts"):
        assert "passwordHash" not in path.read_text(), path.name
    controller = (tmp_path / "auth-api" / "src/users/users.controller.ts").read_text()
    assert "@Access('admin')" in controller


# A bad auth answer, a User field sign-up cannot fill, an owned_by that names no relation to
# User: tests/data/bad-answers/auth-*.yml.


def test_an_entity_related_to_user_is_owned_unless_it_opts_out(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text(
        "auth: jwt\nexperts: [typeorm]\n"
        "entities:\n"
        "  - {name: User, fields: [{name: nickname, type: string, nullable: true}]}\n"
        "  - name: Note\n"
        "    fields: [{name: body, type: text}]\n"
        "    relations: [{name: author, type: many-to-one, target: User}]\n"
        "  - name: Notice\n"
        "    owned_by: none\n"
        "    fields: [{name: body, type: text}]\n"
        "    relations: [{name: poster, type: many-to-one, target: User}]\n"
    )

    result = run_cli("new", tmp_path / "out", "--answers", answers, "--ref", "HEAD")

    assert result.code == 0, result.err
    src = tmp_path / "out" / "src"
    notes = (src / "notes/notes.controller.ts").read_text()
    assert "@Access('owner')" in notes and "ownerScope(caller)" in notes
    assert "authorId" not in (src / "notes/dto/create-note.dto.ts").read_text()
    notices = (src / "notices/notices.controller.ts").read_text()
    assert "@Access('owner')" not in notices and "@Access('member')" in notices
    assert "posterId" in (src / "notices/dto/create-notice.dto.ts").read_text()
    detail = (src / "notes/dto/note-response.dto.ts").read_text()
    assert "UserPublicResponse" in detail
    public = (src / "users/dto/user-response.dto.ts").read_text()
    projection = public.split("export class UserPublicResponse")[1].split("}")[0]
    assert "email" not in projection and "role" not in projection


def test_emails_are_lower_case_in_the_database_so_their_unique_index_ignores_case(tmp_path):
    result = run_cli(
        "new", tmp_path / "auth-api", "--request", "JWT login", "--defaults", "--ref", "HEAD"
    )

    assert result.code == 0, result.err
    src = tmp_path / "auth-api" / "src"
    check = '"email" = lower("email")'
    assert f"@Check('{check}')" in (src / "users/entities/user.entity.ts").read_text()
    # TypeORM names the entity's check CHK_ + sha1("users_" + expression)[:26]: the migration
    # uses that name, so migration:generate finds nothing to change after migration:run.
    name = "CHK_" + hashlib.sha1(f"users_{check}".encode()).hexdigest()[:26]
    migration = next((src / "database/migrations").glob("*-initial-schema.ts")).read_text()
    assert f'CONSTRAINT "{name}" CHECK ({check})' in migration
