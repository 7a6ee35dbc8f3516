import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePeerReview1795576183689 implements MigrationInterface {
  name = 'CreatePeerReview1795576183689';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assignment_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "text" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "overridden_by_id" uuid, "overridden_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0caedc49d0357bedac05ca5a806" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_assignment_submissions_pool" ON "assignment_submissions"  ("course_id", "lesson_id", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_assignment_submissions_enrolment_lesson" ON "assignment_submissions"  ("enrolment_id", "lesson_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "peer_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "author_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "scores" jsonb, "comment" text, "points" integer, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_peer_reviews_not_own" CHECK (reviewer_id <> author_id), CONSTRAINT "ck_peer_reviews_kind" CHECK (kind IN (\'peer\', \'trainer\')), CONSTRAINT "PK_2532078fca474d3c97e56a5bd19" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_peer_reviews_reviewer" ON "peer_reviews"  ("reviewer_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_peer_reviews_submission_reviewer" ON "peer_reviews"  ("submission_id", "reviewer_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment_submissions" ADD CONSTRAINT "fk_assignment_submissions_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_submission" FOREIGN KEY ("submission_id") REFERENCES "assignment_submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_reviewer"',
    );
    await queryRunner.query(
      'ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_submission"',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment_submissions" DROP CONSTRAINT "fk_assignment_submissions_enrolment"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_peer_reviews_submission_reviewer"');
    await queryRunner.query('DROP INDEX "public"."ix_peer_reviews_reviewer"');
    await queryRunner.query('DROP TABLE "peer_reviews"');
    await queryRunner.query('DROP INDEX "public"."uq_assignment_submissions_enrolment_lesson"');
    await queryRunner.query('DROP INDEX "public"."ix_assignment_submissions_pool"');
    await queryRunner.query('DROP TABLE "assignment_submissions"');
  }
}
