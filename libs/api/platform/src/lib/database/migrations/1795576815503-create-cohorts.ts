import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCohorts1795576815503 implements MigrationInterface {
  name = 'CreateCohorts1795576815503';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "starts_on" date, "ends_on" date, "territory_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohorts_dates" CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cohorts_course_name" ON "cohorts"  ("course_id", "name") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cohorts_course" ON "cohorts"  ("course_id") ');
    await queryRunner.query(
      'CREATE TABLE "cohort_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "display_name" character varying(100), "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a0e2ca8f0f938477aec78871248" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cohort_invitations_email" ON "cohort_invitations"  ("email") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cohort_invitations_cohort_email" ON "cohort_invitations"  ("cohort_id", "email") ',
    );
    await queryRunner.query('ALTER TABLE "enrolments" ADD "cohort_id" uuid');
    await queryRunner.query('CREATE INDEX "ix_enrolments_cohort" ON "enrolments"  ("cohort_id") ');
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_invitations" ADD CONSTRAINT "fk_cohort_invitations_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "cohort_invitations" DROP CONSTRAINT "fk_cohort_invitations_cohort"',
    );
    await queryRunner.query('ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_created_by"');
    await queryRunner.query('ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_territory"');
    await queryRunner.query('ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_course"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_cohort"');
    await queryRunner.query('DROP INDEX "public"."ix_enrolments_cohort"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP COLUMN "cohort_id"');
    await queryRunner.query('DROP INDEX "public"."uq_cohort_invitations_cohort_email"');
    await queryRunner.query('DROP INDEX "public"."ix_cohort_invitations_email"');
    await queryRunner.query('DROP TABLE "cohort_invitations"');
    await queryRunner.query('DROP INDEX "public"."ix_cohorts_course"');
    await queryRunner.query('DROP INDEX "public"."uq_cohorts_course_name"');
    await queryRunner.query('DROP TABLE "cohorts"');
  }
}
