import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that every change to the catalogue read model bumps, in the same transaction (a
 * statement trigger, so no writer can forget it). The API caches search pages under the
 * generation it read first: a page is never served once the catalogue has changed after it.
 */
export class CreateCatalogGeneration1795575000000 implements MigrationInterface {
  name = 'CreateCatalogGeneration1795575000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "catalog_generation" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "value" bigint NOT NULL)',
    );
    await queryRunner.query('INSERT INTO "catalog_generation" ("value") VALUES (1)');
    await queryRunner.query(`CREATE FUNCTION catalog_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalog_generation SET value = value + 1;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_catalog_entries_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog_entries" FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "trg_catalog_entries_generation" ON "catalog_entries"');
    await queryRunner.query('DROP FUNCTION catalog_generation_bump()');
    await queryRunner.query('DROP TABLE "catalog_generation"');
  }
}
