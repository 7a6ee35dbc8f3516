import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearning1795575834242 implements MigrationInterface {
  name = 'CreateLearning1795575834242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "version_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'active\', "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_lesson_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enrolments_completed" CHECK ((status = \'completed\') = (completed_at IS NOT NULL)), CONSTRAINT "ck_enrolments_status" CHECK (status IN (\'active\', \'completed\', \'withdrawn\')), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_enrolments_activity" ON "enrolments"  ("status", "last_activity_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_enrolments_course" ON "enrolments"  ("course_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_enrolments_user_course" ON "enrolments"  ("user_id", "course_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "lesson_progress" ("enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_lesson_progress" PRIMARY KEY ("enrolment_id", "lesson_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "attempt_number" integer NOT NULL, "version_id" uuid NOT NULL, "answers" jsonb NOT NULL, "results" jsonb NOT NULL, "score" integer NOT NULL, "passed" boolean NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_quiz_attempts_number" ON "quiz_attempts"  ("enrolment_id", "lesson_id", "attempt_number") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_quiz_attempts_client_id" ON "quiz_attempts"  ("enrolment_id", "lesson_id", "attempt_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_version" FOREIGN KEY ("version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lesson_progress" ADD CONSTRAINT "fk_lesson_progress_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" ADD CONSTRAINT "fk_quiz_attempts_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" DROP CONSTRAINT "fk_quiz_attempts_enrolment"',
    );
    await queryRunner.query(
      'ALTER TABLE "lesson_progress" DROP CONSTRAINT "fk_lesson_progress_enrolment"',
    );
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_version"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_course"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_user"');
    await queryRunner.query('DROP INDEX "public"."uq_quiz_attempts_client_id"');
    await queryRunner.query('DROP INDEX "public"."uq_quiz_attempts_number"');
    await queryRunner.query('DROP TABLE "quiz_attempts"');
    await queryRunner.query('DROP TABLE "lesson_progress"');
    await queryRunner.query('DROP INDEX "public"."uq_enrolments_user_course"');
    await queryRunner.query('DROP INDEX "public"."ix_enrolments_course"');
    await queryRunner.query('DROP INDEX "public"."ix_enrolments_activity"');
    await queryRunner.query('DROP TABLE "enrolments"');
  }
}
