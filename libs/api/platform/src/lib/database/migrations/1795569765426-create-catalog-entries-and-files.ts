import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalogEntriesAndFiles1795569765426 implements MigrationInterface {
  name = 'CreateCatalogEntriesAndFiles1795569765426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "catalog_entries" ("course_id" uuid NOT NULL, "version_id" uuid NOT NULL, "version_number" integer NOT NULL, "slug" character varying(200) NOT NULL, "title" character varying(160) NOT NULL, "summary" character varying(500) NOT NULL, "language" character varying(2) NOT NULL, "level" character varying(16) NOT NULL, "audiences" text array NOT NULL, "themes" text array NOT NULL, "competences" text array NOT NULL, "territory_id" uuid, "estimated_hours" numeric(6,1) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "search" tsvector NOT NULL, CONSTRAINT "PK_54b017c3aaaeb77ac098386fcbc" PRIMARY KEY ("course_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_hours" ON "catalog_entries"  ("estimated_hours", "course_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_title" ON "catalog_entries"  ("title", "course_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_published_at" ON "catalog_entries"  ("published_at", "course_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "original_name" character varying(255) NOT NULL, "media_type" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c16b9093a142e0e7613b04a3d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_files_owner_id" ON "files"  ("owner_id") ');
    await queryRunner.query(
      'ALTER TABLE "files" ADD CONSTRAINT "fk_files_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // GIN indexes for full-text search and array filters (TypeORM cannot declare them).
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_search" ON "catalog_entries" USING GIN ("search")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_audiences" ON "catalog_entries" USING GIN ("audiences")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_themes" ON "catalog_entries" USING GIN ("themes")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_catalog_entries_competences" ON "catalog_entries" USING GIN ("competences")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_catalog_entries_competences"');
    await queryRunner.query('DROP INDEX "ix_catalog_entries_themes"');
    await queryRunner.query('DROP INDEX "ix_catalog_entries_audiences"');
    await queryRunner.query('DROP INDEX "ix_catalog_entries_search"');
    await queryRunner.query('ALTER TABLE "files" DROP CONSTRAINT "fk_files_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_files_owner_id"');
    await queryRunner.query('DROP TABLE "files"');
    await queryRunner.query('DROP INDEX "public"."ix_catalog_entries_published_at"');
    await queryRunner.query('DROP INDEX "public"."ix_catalog_entries_title"');
    await queryRunner.query('DROP INDEX "public"."ix_catalog_entries_hours"');
    await queryRunner.query('DROP TABLE "catalog_entries"');
  }
}
