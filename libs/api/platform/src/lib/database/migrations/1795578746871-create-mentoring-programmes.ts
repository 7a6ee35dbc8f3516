import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMentoringProgrammes1795578746871 implements MigrationInterface {
  name = 'CreateMentoringProgrammes1795578746871';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentoring_programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" character varying(160) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "weights" jsonb NOT NULL DEFAULT \'{}\', "objective" character varying(16) NOT NULL DEFAULT \'max-matched\', "status" character varying(16) NOT NULL DEFAULT \'draft\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mentoring_programmes_dates" CHECK (starts_on <= ends_on), CONSTRAINT "ck_mentoring_programmes_status" CHECK (status IN (\'draft\', \'published\')), CONSTRAINT "PK_03affcaa54538bfbace32f62041" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_programmes_territory" ON "mentoring_programmes"  ("territory_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_programme_pairs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "score" integer NOT NULL, "explanation" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'draft\', "mentor_accepted" boolean, "mentee_accepted" boolean, "relationship_id" uuid, CONSTRAINT "ck_mentoring_programme_pairs_status" CHECK (status IN (\'draft\', \'proposed\', \'accepted\', \'declined\')), CONSTRAINT "PK_48bfa0cc8a618e7016498f8b256" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentoring_programme_pairs_mentee" ON "mentoring_programme_pairs"  ("programme_id", "mentee_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_programme_participants" ("programme_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(8) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_mentoring_programme_participants_role" CHECK (role IN (\'mentor\', \'mentee\')), CONSTRAINT "pk_mentoring_programme_participants" PRIMARY KEY ("programme_id", "user_id", "role"))',
    );
    await queryRunner.query('ALTER TABLE "mentoring_relationships" ADD "programme_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "mentoring_programmes" ADD CONSTRAINT "fk_mentoring_programmes_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_pairs" ADD CONSTRAINT "fk_mentoring_programme_pairs_programme" FOREIGN KEY ("programme_id") REFERENCES "mentoring_programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_pairs" ADD CONSTRAINT "fk_mentoring_programme_pairs_mentor" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_participants" ADD CONSTRAINT "fk_mentoring_programme_participants_programme" FOREIGN KEY ("programme_id") REFERENCES "mentoring_programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_participants" ADD CONSTRAINT "fk_mentoring_programme_participants_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_participants" DROP CONSTRAINT "fk_mentoring_programme_participants_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_participants" DROP CONSTRAINT "fk_mentoring_programme_participants_programme"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_pairs" DROP CONSTRAINT "fk_mentoring_programme_pairs_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programme_pairs" DROP CONSTRAINT "fk_mentoring_programme_pairs_programme"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_programmes" DROP CONSTRAINT "fk_mentoring_programmes_territory"',
    );
    await queryRunner.query('ALTER TABLE "mentoring_relationships" DROP COLUMN "programme_id"');
    await queryRunner.query('DROP TABLE "mentoring_programme_participants"');
    await queryRunner.query('DROP INDEX "public"."uq_mentoring_programme_pairs_mentee"');
    await queryRunner.query('DROP TABLE "mentoring_programme_pairs"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_programmes_territory"');
    await queryRunner.query('DROP TABLE "mentoring_programmes"');
  }
}
