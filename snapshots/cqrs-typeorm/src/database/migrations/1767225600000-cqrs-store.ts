import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cqrs expert's tables. They are written with SQL (not TypeORM entities):
 * the event log is append-only and read in order, and the relay claims rows
 * with FOR UPDATE SKIP LOCKED.
 */
export class CqrsStore1767225600000 implements MigrationInterface {
  name = 'CqrsStore1767225600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The event store, which is also the outbox (published_at IS NULL).
    await queryRunner.query(
      `CREATE TABLE "cqrs_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "position" bigserial NOT NULL,
        "aggregate_type" character varying(100) NOT NULL,
        "aggregate_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "type" character varying(100) NOT NULL,
        "event_version" integer NOT NULL DEFAULT 1,
        "payload" jsonb NOT NULL,
        "metadata" jsonb NOT NULL DEFAULT '{}',
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_cqrs_events" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_cqrs_events_position" UNIQUE ("position"),
        CONSTRAINT "UQ_cqrs_events_stream_version" UNIQUE ("aggregate_type", "aggregate_id", "version")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cqrs_events_unpublished" ON "cqrs_events" ("position") WHERE "published_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "cqrs_snapshots" (
        "aggregate_type" character varying(100) NOT NULL,
        "aggregate_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "state" jsonb NOT NULL,
        "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cqrs_snapshots" PRIMARY KEY ("aggregate_type", "aggregate_id")
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "cqrs_views" (
        "aggregate_type" character varying(100) NOT NULL,
        "id" uuid NOT NULL,
        "version" integer NOT NULL,
        "status" character varying(100) NOT NULL,
        "data" jsonb NOT NULL,
        "owner_id" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cqrs_views" PRIMARY KEY ("aggregate_type", "id")
      )`,
    );
    // A member's list reads only their own views.
    await queryRunner.query(
      `CREATE INDEX "IDX_cqrs_views_owner" ON "cqrs_views" ("aggregate_type", "owner_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "cqrs_processed_events" (
        "projection" character varying(100) NOT NULL,
        "event_id" uuid NOT NULL,
        "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cqrs_processed_events" PRIMARY KEY ("projection", "event_id")
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "cqrs_idempotency_keys" (
        "key" character varying(200) NOT NULL,
        "command" character varying(100) NOT NULL,
        "aggregate_id" uuid NOT NULL,
        "version" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cqrs_idempotency_keys" PRIMARY KEY ("key")
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "cqrs_sagas" (
        "saga" character varying(100) NOT NULL,
        "id" uuid NOT NULL,
        "status" character varying(20) NOT NULL,
        "deadline" TIMESTAMP WITH TIME ZONE,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cqrs_sagas" PRIMARY KEY ("saga", "id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cqrs_sagas_deadline" ON "cqrs_sagas" ("deadline") WHERE "status" = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cqrs_sagas"`);
    await queryRunner.query(`DROP TABLE "cqrs_idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "cqrs_processed_events"`);
    await queryRunner.query(`DROP TABLE "cqrs_views"`);
    await queryRunner.query(`DROP TABLE "cqrs_snapshots"`);
    await queryRunner.query(`DROP TABLE "cqrs_events"`);
  }
}
