import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssignmentFiles1795589904533 implements MigrationInterface {
  name = 'AddAssignmentFiles1795589904533';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assignment_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "original_name" character varying(255) NOT NULL, "media_type" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assignment_files_media_type" CHECK (media_type NOT LIKE \'text/%\' AND media_type NOT IN (\'image/svg+xml\', \'application/xhtml+xml\', \'application/xml\')), CONSTRAINT "ck_assignment_files_size" CHECK (size > 0), CONSTRAINT "PK_96f7fab55e3a114cc7a66e1c929" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_assignment_files_storage_key" ON "assignment_files"  ("storage_key") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_assignment_files_enrolment_lesson" ON "assignment_files"  ("enrolment_id", "lesson_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment_files" ADD CONSTRAINT "fk_assignment_files_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assignment_files" DROP CONSTRAINT "fk_assignment_files_enrolment"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_assignment_files_enrolment_lesson"');
    await queryRunner.query('DROP INDEX "public"."uq_assignment_files_storage_key"');
    await queryRunner.query('DROP TABLE "assignment_files"');
  }
}
