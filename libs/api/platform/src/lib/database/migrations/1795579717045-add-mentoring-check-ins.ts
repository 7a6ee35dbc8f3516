import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMentoringCheckIns1795579717045 implements MigrationInterface {
  name = 'AddMentoringCheckIns1795579717045';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentoring_relationship_answers" ("relationship_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "positive" boolean NOT NULL, "rating" integer, "comment" text NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentoring_relationship_answers_rating" CHECK (rating IS NULL OR rating BETWEEN 1 AND 5), CONSTRAINT "ck_mentoring_relationship_answers_kind" CHECK (kind IN (\'check_in\', \'closing\')), CONSTRAINT "pk_mentoring_relationship_answers" PRIMARY KEY ("relationship_id", "user_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationships" ADD "check_in_sent_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationship_answers" ADD CONSTRAINT "fk_mentoring_relationship_answers_relationship" FOREIGN KEY ("relationship_id") REFERENCES "mentoring_relationships"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationship_answers" DROP CONSTRAINT "fk_mentoring_relationship_answers_relationship"',
    );
    await queryRunner.query('ALTER TABLE "mentoring_relationships" DROP COLUMN "check_in_sent_at"');
    await queryRunner.query('DROP TABLE "mentoring_relationship_answers"');
  }
}
