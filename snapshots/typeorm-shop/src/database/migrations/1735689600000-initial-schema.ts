import { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema of every entity; written by nestgen, equal to what migration:generate derives. */
export class InitialSchema1735689600000 implements MigrationInterface {
  name = 'InitialSchema1735689600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "public"."users_role_enum" AS ENUM('admin', 'member')
    `);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(320) NOT NULL,
        "displayName" character varying(255),
        "role" "public"."users_role_enum" NOT NULL DEFAULT 'member',
        "profileId" uuid,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "deletedAt" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
        CONSTRAINT "REL_b1bda35cdb9a2c1b777f5541d8" UNIQUE ("profileId"),
        CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_9cc58be4b0e4126c1e927b9a52" ON "users" ("email", "createdAt")
    `);
    await queryRunner.query(`
      CREATE TABLE "profiles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "bio" text,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_8e520eb4da7dc01d0e190447c8e" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "orders" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "total" numeric(12,2) NOT NULL,
        "customerId" uuid,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "products" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "sku" character varying(255) NOT NULL,
        "price" numeric(10,2) NOT NULL,
        "stock" integer NOT NULL DEFAULT '0',
        "barcode" bigint,
        "weight" double precision,
        "active" boolean NOT NULL DEFAULT true,
        "releasedOn" date,
        "availableAt" TIMESTAMP WITH TIME ZONE,
        "supplierRef" uuid,
        "attributes" jsonb,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_c44ac33a05b144dd0d9ddcf9327" UNIQUE ("sku"),
        CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "orders_products" (
        "orderId" uuid NOT NULL,
        "productId" uuid NOT NULL,
        CONSTRAINT "PK_c58c7b27012def143c3fab1b6f4" PRIMARY KEY ("orderId", "productId")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_823bad3524a5d095453c43286b" ON "orders_products" ("orderId")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_4eff63e89274f79195e25c5c11" ON "orders_products" ("productId")
    `);
    await queryRunner.query(`
      ALTER TABLE "users" ADD CONSTRAINT "FK_b1bda35cdb9a2c1b777f5541d87" FOREIGN KEY ("profileId") REFERENCES "profiles"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "orders" ADD CONSTRAINT "FK_e5de51ca888d8b1f5ac25799dd1" FOREIGN KEY ("customerId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "orders_products" ADD CONSTRAINT "FK_823bad3524a5d095453c43286bb" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE
    `);
    await queryRunner.query(`
      ALTER TABLE "orders_products" ADD CONSTRAINT "FK_4eff63e89274f79195e25c5c115" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "orders_products" DROP CONSTRAINT "FK_4eff63e89274f79195e25c5c115"
    `);
    await queryRunner.query(`
      ALTER TABLE "orders_products" DROP CONSTRAINT "FK_823bad3524a5d095453c43286bb"
    `);
    await queryRunner.query(`
      ALTER TABLE "orders" DROP CONSTRAINT "FK_e5de51ca888d8b1f5ac25799dd1"
    `);
    await queryRunner.query(`
      ALTER TABLE "users" DROP CONSTRAINT "FK_b1bda35cdb9a2c1b777f5541d87"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_4eff63e89274f79195e25c5c11"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_823bad3524a5d095453c43286b"
    `);
    await queryRunner.query(`
      DROP TABLE "orders_products"
    `);
    await queryRunner.query(`
      DROP TABLE "products"
    `);
    await queryRunner.query(`
      DROP TABLE "orders"
    `);
    await queryRunner.query(`
      DROP TABLE "profiles"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_9cc58be4b0e4126c1e927b9a52"
    `);
    await queryRunner.query(`
      DROP TABLE "users"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."users_role_enum"
    `);
  }
}
