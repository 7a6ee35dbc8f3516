import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCompetenceFrameworks1795568479984 implements MigrationInterface {
  name = 'CreateCompetenceFrameworks1795568479984';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "competence_framework_levels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "level" smallint NOT NULL, "name" character varying(80) NOT NULL, "band" character varying(80) NOT NULL, CONSTRAINT "ck_competence_framework_levels_level" CHECK (level BETWEEN 1 AND 8), CONSTRAINT "PK_59baef55412563601a20ed5cd6b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_competence_framework_levels_framework_level" ON "competence_framework_levels"  ("framework_id", "level") ',
    );
    await queryRunner.query(
      'CREATE TABLE "competence_frameworks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "year" smallint NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_740191994f53077edc96b9ecc78" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_competence_frameworks_code" ON "competence_frameworks"  ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "competences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "area_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_1e02a716ddbcbed830e60d5cbbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_competences_area" ON "competences"  ("area_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_competences_framework_code" ON "competences"  ("framework_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "competence_areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_3215f24f8c5986f38c814ab02db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_competence_areas_framework_code" ON "competence_areas"  ("framework_id", "code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "competence_framework_levels" ADD CONSTRAINT "fk_competence_framework_levels_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competences" ADD CONSTRAINT "fk_competences_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competences" ADD CONSTRAINT "fk_competences_area" FOREIGN KEY ("area_id") REFERENCES "competence_areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competence_areas" ADD CONSTRAINT "fk_competence_areas_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "competence_areas" DROP CONSTRAINT "fk_competence_areas_framework"',
    );
    await queryRunner.query('ALTER TABLE "competences" DROP CONSTRAINT "fk_competences_area"');
    await queryRunner.query('ALTER TABLE "competences" DROP CONSTRAINT "fk_competences_framework"');
    await queryRunner.query(
      'ALTER TABLE "competence_framework_levels" DROP CONSTRAINT "fk_competence_framework_levels_framework"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_competence_areas_framework_code"');
    await queryRunner.query('DROP TABLE "competence_areas"');
    await queryRunner.query('DROP INDEX "public"."uq_competences_framework_code"');
    await queryRunner.query('DROP INDEX "public"."ix_competences_area"');
    await queryRunner.query('DROP TABLE "competences"');
    await queryRunner.query('DROP INDEX "public"."uq_competence_frameworks_code"');
    await queryRunner.query('DROP TABLE "competence_frameworks"');
    await queryRunner.query('DROP INDEX "public"."uq_competence_framework_levels_framework_level"');
    await queryRunner.query('DROP TABLE "competence_framework_levels"');
  }
}
