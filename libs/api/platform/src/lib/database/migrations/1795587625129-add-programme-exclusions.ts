import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgrammeExclusions1795587625129 implements MigrationInterface {
  name = 'AddProgrammeExclusions1795587625129';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentoring_programme_exclusions" ("programme_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "reason" character varying(300) NOT NULL DEFAULT \'\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mentoring_programme_exclusions" PRIMARY KEY ("programme_id", "mentee_id", "mentor_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" ADD CONSTRAINT "fk_mentoring_programme_exclusions_programme" FOREIGN KEY ("programme_id") REFERENCES "mentoring_programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" ADD CONSTRAINT "fk_mentoring_programme_exclusions_mentee" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" ADD CONSTRAINT "fk_mentoring_programme_exclusions_mentor" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" DROP CONSTRAINT "fk_mentoring_programme_exclusions_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" DROP CONSTRAINT "fk_mentoring_programme_exclusions_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_exclusions" DROP CONSTRAINT "fk_mentoring_programme_exclusions_programme"',
    );
    await queryRunner.query('DROP TABLE "mentoring_programme_exclusions"');
  }
}
