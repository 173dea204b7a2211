import { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema of every entity; written by nestgen, equal to what migration:generate derives. */
export class InitialSchema1735689600000 implements MigrationInterface {
  name = 'InitialSchema1735689600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "public"."users_role_enum" AS ENUM('member', 'admin')
    `);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(320) NOT NULL,
        "passwordHash" character varying(255),
        "role" "public"."users_role_enum" NOT NULL DEFAULT 'member',
        "emailVerifiedAt" TIMESTAMP WITH TIME ZONE,
        "displayName" character varying(80),
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
        CONSTRAINT "CHK_90033ffeb5b67effb487588d20" CHECK ("email" = lower("email")),
        CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "body" text NOT NULL,
        "pinned" boolean NOT NULL DEFAULT false,
        "authorId" uuid,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_af6206538ea96c4e77e9f400c3d" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "tags" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "label" character varying(40) NOT NULL,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_c3f918aeb3a1bba2e46f5945809" UNIQUE ("label"),
        CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "auth_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL,
        "device" character varying(100) NOT NULL,
        "secretHash" character varying(64) NOT NULL,
        "previousSecretHash" character varying(64),
        "rotatedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_4d5b325649caf1628a6e2e2be1" ON "auth_sessions" ("expiresAt")
    `);
    await queryRunner.query(`
      ALTER TABLE "notes" ADD CONSTRAINT "FK_d358080cb403fe88e62cc9cba58" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "notes" DROP CONSTRAINT "FK_d358080cb403fe88e62cc9cba58"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_4d5b325649caf1628a6e2e2be1"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_925b24d7fc2f9324ce972aee02"
    `);
    await queryRunner.query(`
      DROP TABLE "auth_sessions"
    `);
    await queryRunner.query(`
      DROP TABLE "tags"
    `);
    await queryRunner.query(`
      DROP TABLE "notes"
    `);
    await queryRunner.query(`
      DROP TABLE "users"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."users_role_enum"
    `);
  }
}
