import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable saga compensations: an instance is `compensating` until its
 * compensation has succeeded (then `ends_as`), retried with backoff after
 * each failure (`attempts`; the deadline is the next attempt's time), `failed`
 * once the last allowed attempt has failed.
 */
export class CqrsSagaRetries1767312000000 implements MigrationInterface {
  name = 'CqrsSagaRetries1767312000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cqrs_sagas"
        ADD "attempts" integer NOT NULL DEFAULT 0,
        ADD "ends_as" character varying(20)`,
    );
    await queryRunner.query(`DROP INDEX "IDX_cqrs_sagas_deadline"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_cqrs_sagas_deadline" ON "cqrs_sagas" ("deadline") WHERE "status" IN ('pending', 'compensating')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_cqrs_sagas_deadline"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_cqrs_sagas_deadline" ON "cqrs_sagas" ("deadline") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "cqrs_sagas" DROP COLUMN "ends_as", DROP COLUMN "attempts"`,
    );
  }
}
