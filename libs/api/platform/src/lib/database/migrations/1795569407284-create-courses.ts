import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCourses1795569407284 implements MigrationInterface {
  name = 'CreateCourses1795569407284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "course_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(20) NOT NULL, "content" jsonb NOT NULL, "created_by_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "review_note" text, "published_at" TIMESTAMP WITH TIME ZONE, "changes" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_versions_published" CHECK ((status = \'published\') = (published_at IS NOT NULL)), CONSTRAINT "ck_course_versions_number" CHECK (number >= 1), CONSTRAINT "ck_course_versions_status" CHECK (status IN (\'draft\', \'in_review\', \'published\')), CONSTRAINT "PK_cc9e77578136a62e599f33d15ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_course_versions_status" ON "course_versions"  ("status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_course_versions_open" ON "course_versions"  ("course_id") WHERE status IN (\'draft\', \'in_review\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_course_versions_course_number" ON "course_versions"  ("course_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "territory_id" uuid, "created_by_id" uuid NOT NULL, "published_version_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_courses_territory" ON "courses"  ("territory_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_courses_slug" ON "courses"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "course_authors" ("course_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_course_authors" PRIMARY KEY ("course_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_course_authors_user" ON "course_authors"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "course_review_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "version_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_review_events_action" CHECK (action IN (\'submitted\', \'approved\', \'changes_requested\', \'archived\')), CONSTRAINT "PK_f710cbd51fdeed9f090ae0487a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_course_review_events_version" ON "course_review_events"  ("version_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_course_review_events_course" ON "course_review_events"  ("course_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" ADD CONSTRAINT "fk_course_versions_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" ADD CONSTRAINT "fk_course_versions_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" ADD CONSTRAINT "fk_course_versions_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" ADD CONSTRAINT "fk_course_versions_reviewed_by" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_published_version" FOREIGN KEY ("published_version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_authors" ADD CONSTRAINT "fk_course_authors_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_authors" ADD CONSTRAINT "fk_course_authors_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_review_events" ADD CONSTRAINT "fk_course_review_events_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_review_events" ADD CONSTRAINT "fk_course_review_events_version" FOREIGN KEY ("version_id") REFERENCES "course_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_review_events" ADD CONSTRAINT "fk_course_review_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Hand-written (TypeORM does not generate triggers): a published version is frozen, so what
    // enrolled learners started stays exactly as it was, whatever the application does.
    await queryRunner.query(`CREATE FUNCTION course_versions_freeze_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'course version % is published: it cannot be deleted', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.number IS DISTINCT FROM OLD.number
       OR NEW.course_id IS DISTINCT FROM OLD.course_id OR NEW.status IS DISTINCT FROM OLD.status
       OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.changes IS DISTINCT FROM OLD.changes THEN
      RAISE EXCEPTION 'course version % is published: it cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_course_versions_freeze_published BEFORE UPDATE OR DELETE ON "course_versions" FOR EACH ROW EXECUTE FUNCTION course_versions_freeze_published()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER "trg_course_versions_freeze_published" ON "course_versions"',
    );
    await queryRunner.query('DROP FUNCTION course_versions_freeze_published()');
    await queryRunner.query(
      'ALTER TABLE "course_review_events" DROP CONSTRAINT "fk_course_review_events_actor"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_review_events" DROP CONSTRAINT "fk_course_review_events_version"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_review_events" DROP CONSTRAINT "fk_course_review_events_course"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_authors" DROP CONSTRAINT "fk_course_authors_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_authors" DROP CONSTRAINT "fk_course_authors_course"',
    );
    await queryRunner.query('ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_published_version"');
    await queryRunner.query('ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_created_by"');
    await queryRunner.query('ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_territory"');
    await queryRunner.query(
      'ALTER TABLE "course_versions" DROP CONSTRAINT "fk_course_versions_reviewed_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" DROP CONSTRAINT "fk_course_versions_submitted_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" DROP CONSTRAINT "fk_course_versions_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_versions" DROP CONSTRAINT "fk_course_versions_course"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_course_review_events_course"');
    await queryRunner.query('DROP INDEX "public"."ix_course_review_events_version"');
    await queryRunner.query('DROP TABLE "course_review_events"');
    await queryRunner.query('DROP INDEX "public"."ix_course_authors_user"');
    await queryRunner.query('DROP TABLE "course_authors"');
    await queryRunner.query('DROP INDEX "public"."uq_courses_slug"');
    await queryRunner.query('DROP INDEX "public"."ix_courses_territory"');
    await queryRunner.query('DROP TABLE "courses"');
    await queryRunner.query('DROP INDEX "public"."uq_course_versions_course_number"');
    await queryRunner.query('DROP INDEX "public"."uq_course_versions_open"');
    await queryRunner.query('DROP INDEX "public"."ix_course_versions_status"');
    await queryRunner.query('DROP TABLE "course_versions"');
  }
}
