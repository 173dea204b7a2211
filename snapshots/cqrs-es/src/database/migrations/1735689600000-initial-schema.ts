import { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema of every entity; written by nestgen, equal to what migration:generate derives. */
export class InitialSchema1735689600000 implements MigrationInterface {
  name = 'InitialSchema1735689600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "public"."tasks_priority_enum" AS ENUM('low', 'normal', 'high')
    `);
    await queryRunner.query(`
      CREATE TABLE "tasks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" character varying(200) NOT NULL,
        "notes" text,
        "priority" "public"."tasks_priority_enum" NOT NULL DEFAULT 'normal',
        "done" boolean NOT NULL DEFAULT false,
        "dueOn" date,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "deletedAt" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_bca35513cea3aee4b7c95050f2" ON "tasks" ("dueOn")
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX "public"."IDX_bca35513cea3aee4b7c95050f2"
    `);
    await queryRunner.query(`
      DROP TABLE "tasks"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."tasks_priority_enum"
    `);
  }
}
