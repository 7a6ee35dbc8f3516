import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMentoring1795578341774 implements MigrationInterface {
  name = 'CreateMentoring1795578341774';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentee_profiles" ("user_id" uuid NOT NULL, "goals" text NOT NULL, "competences" jsonb NOT NULL, "sector" character varying(32), "languages" text array NOT NULL, "formats" text array NOT NULL, "availability" text array NOT NULL, "experience_years" integer NOT NULL DEFAULT \'0\', "preferred_mentor_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mentee_profiles" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentor_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "bio" text NOT NULL, "organisation" character varying(200) NOT NULL, "legal_form" character varying(32) NOT NULL, "sectors" text array NOT NULL, "competences" jsonb NOT NULL, "languages" text array NOT NULL, "territory_id" uuid, "formats" text array NOT NULL, "capacity" integer NOT NULL, "availability" text array NOT NULL, "experience_years" integer NOT NULL, "paused" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT \'pending\', "reviewed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_profiles_status" CHECK (status IN (\'pending\', \'approved\', \'rejected\')), CONSTRAINT "ck_mentor_profiles_capacity" CHECK (capacity BETWEEN 1 AND 20), CONSTRAINT "PK_e903fcb76451c2b21ce24565683" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_profiles_status" ON "mentor_profiles"  ("status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentor_profiles_user" ON "mentor_profiles"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_relationships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "mentor_user_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "goals" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'active\', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mentoring_relationships_not_self" CHECK (mentor_user_id <> mentee_id), CONSTRAINT "ck_mentoring_relationships_status" CHECK (status IN (\'active\', \'closed\')), CONSTRAINT "PK_fe358b2be9c436650884c927410" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_relationships_mentee" ON "mentoring_relationships"  ("mentee_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentoring_relationships_active_pair" ON "mentoring_relationships"  ("mentor_id", "mentee_id") WHERE status = \'active\'',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationship_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "format" character varying(16) NOT NULL, "where" character varying(500) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'proposed\', "proposed_by_id" uuid NOT NULL, "revision" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentoring_sessions_duration" CHECK (duration_minutes BETWEEN 15 AND 480), CONSTRAINT "ck_mentoring_sessions_status" CHECK (status IN (\'proposed\', \'confirmed\', \'cancelled\')), CONSTRAINT "PK_8ce3ec85cbac78813679b7c1f67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_sessions_relationship" ON "mentoring_sessions"  ("relationship_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentee_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "message" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'pending\', "response_message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mentorship_requests_status" CHECK (status IN (\'pending\', \'accepted\', \'declined\', \'withdrawn\')), CONSTRAINT "PK_a82e6b21a9a92841bd754e6d797" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentorship_requests_mentor" ON "mentorship_requests"  ("mentor_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentorship_requests_pending" ON "mentorship_requests"  ("mentee_id", "mentor_id") WHERE status = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationship_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24c78496a24f342c41e0cd6ddae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_notes_relationship" ON "mentoring_notes"  ("relationship_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_session_feedback" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" integer NOT NULL, "comment" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentoring_session_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "pk_mentoring_session_feedback" PRIMARY KEY ("session_id", "user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "mentee_profiles" ADD CONSTRAINT "fk_mentee_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_profiles" ADD CONSTRAINT "fk_mentor_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "fk_mentoring_relationships_mentor" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "fk_mentoring_relationships_mentee" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "fk_mentoring_sessions_relationship" FOREIGN KEY ("relationship_id") REFERENCES "mentoring_relationships"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_requests" ADD CONSTRAINT "fk_mentorship_requests_mentee" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_requests" ADD CONSTRAINT "fk_mentorship_requests_mentor" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_notes" ADD CONSTRAINT "fk_mentoring_notes_relationship" FOREIGN KEY ("relationship_id") REFERENCES "mentoring_relationships"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_feedback" ADD CONSTRAINT "fk_mentoring_session_feedback_session" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_feedback" DROP CONSTRAINT "fk_mentoring_session_feedback_session"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_notes" DROP CONSTRAINT "fk_mentoring_notes_relationship"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_requests" DROP CONSTRAINT "fk_mentorship_requests_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_requests" DROP CONSTRAINT "fk_mentorship_requests_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_sessions" DROP CONSTRAINT "fk_mentoring_sessions_relationship"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationships" DROP CONSTRAINT "fk_mentoring_relationships_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_relationships" DROP CONSTRAINT "fk_mentoring_relationships_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_profiles" DROP CONSTRAINT "fk_mentor_profiles_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentee_profiles" DROP CONSTRAINT "fk_mentee_profiles_user"',
    );
    await queryRunner.query('DROP TABLE "mentoring_session_feedback"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_notes_relationship"');
    await queryRunner.query('DROP TABLE "mentoring_notes"');
    await queryRunner.query('DROP INDEX "public"."uq_mentorship_requests_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_mentorship_requests_mentor"');
    await queryRunner.query('DROP TABLE "mentorship_requests"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_sessions_relationship"');
    await queryRunner.query('DROP TABLE "mentoring_sessions"');
    await queryRunner.query('DROP INDEX "public"."uq_mentoring_relationships_active_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_relationships_mentee"');
    await queryRunner.query('DROP TABLE "mentoring_relationships"');
    await queryRunner.query('DROP INDEX "public"."uq_mentor_profiles_user"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_profiles_status"');
    await queryRunner.query('DROP TABLE "mentor_profiles"');
    await queryRunner.query('DROP TABLE "mentee_profiles"');
  }
}
