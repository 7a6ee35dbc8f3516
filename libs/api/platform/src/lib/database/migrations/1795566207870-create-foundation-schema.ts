import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundationSchema1795566207870 implements MigrationInterface {
  name = 'CreateFoundationSchema1795566207870';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(200) NOT NULL, "channel" character varying(16) NOT NULL DEFAULT \'email\', "template" character varying(64) NOT NULL, "locale" character varying(5) NOT NULL, "recipient" character varying(320) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "status" character varying(16) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "manual_retries" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "queued_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_outbox_messages_status" CHECK (status IN (\'pending\', \'queued\', \'sent\', \'failed\')), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_messages_status_created_at" ON "outbox_messages"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_outbox_messages_idempotency_key" ON "outbox_messages"  ("idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "territories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "name" character varying(120) NOT NULL, "country" character(2) NOT NULL, "languages" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_territories_country" CHECK (country ~ \'^[A-Z]{2}$\'), CONSTRAINT "PK_5fd98f342e49509ee461d86f54f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_territories_slug" ON "territories"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE TABLE "partner_organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid, "name" character varying(200) NOT NULL, "type" character varying(40) NOT NULL, CONSTRAINT "ck_partner_organisations_type" CHECK (type IN (\'public_authority\', \'social_economy_organisation\', \'university\', \'network\')), CONSTRAINT "PK_a54784771f3fb270978b6575ee0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_partner_organisations_network_name" ON "partner_organisations"  ("name") WHERE territory_id IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_partner_organisations_territory_name" ON "partner_organisations"  ("territory_id", "name") WHERE territory_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(255) NOT NULL, "preferred_language" character varying(2) NOT NULL, "learner_profile" character varying(32) NOT NULL, "home_territory_id" uuid NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "terms_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_users_learner_profile" CHECK (learner_profile IN (\'university_student\', \'aspiring_entrepreneur\', \'practising_entrepreneur\')), CONSTRAINT "ck_users_preferred_language" CHECK (preferred_language IN (\'en\', \'it\', \'pt\', \'es\', \'fr\')), CONSTRAINT "ck_users_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_users_home_territory_id" ON "users"  ("home_territory_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "role_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "territory_id" uuid, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_role_assignments_territory" CHECK ((role = \'partner_admin\') = (territory_id IS NOT NULL)), CONSTRAINT "ck_role_assignments_role" CHECK (role IN (\'learner\', \'mentor\', \'trainer\', \'partner_admin\', \'admin\')), CONSTRAINT "PK_fc2df9835ac1d2a34839f113783" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_assignments_user_role_territory" ON "role_assignments"  ("user_id", "role", "territory_id") WHERE territory_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_assignments_user_role" ON "role_assignments"  ("user_id", "role") WHERE territory_id IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "user_agent" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_user_id" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "one_time_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(32) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_one_time_tokens_purpose" CHECK (purpose IN (\'verify_email\', \'reset_password\')), CONSTRAINT "PK_8e470cc9ffc1b2afa054304db17" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_one_time_tokens_user_id" ON "one_time_tokens"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_one_time_tokens_token_hash" ON "one_time_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_refresh_tokens_session_id" ON "refresh_tokens"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_refresh_tokens_token_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "partner_organisations" ADD CONSTRAINT "fk_partner_organisations_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_home_territory" FOREIGN KEY ("home_territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignments" ADD CONSTRAINT "fk_role_assignments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignments" ADD CONSTRAINT "fk_role_assignments_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "one_time_tokens" ADD CONSTRAINT "fk_one_time_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"',
    );
    await queryRunner.query(
      'ALTER TABLE "one_time_tokens" DROP CONSTRAINT "fk_one_time_tokens_user"',
    );
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"');
    await queryRunner.query(
      'ALTER TABLE "role_assignments" DROP CONSTRAINT "fk_role_assignments_territory"',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignments" DROP CONSTRAINT "fk_role_assignments_user"',
    );
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_home_territory"');
    await queryRunner.query(
      'ALTER TABLE "partner_organisations" DROP CONSTRAINT "fk_partner_organisations_territory"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_refresh_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_session_id"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."uq_one_time_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_one_time_tokens_user_id"');
    await queryRunner.query('DROP TABLE "one_time_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_user_id"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."uq_role_assignments_user_role"');
    await queryRunner.query('DROP INDEX "public"."uq_role_assignments_user_role_territory"');
    await queryRunner.query('DROP TABLE "role_assignments"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP INDEX "public"."ix_users_home_territory_id"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."uq_partner_organisations_territory_name"');
    await queryRunner.query('DROP INDEX "public"."uq_partner_organisations_network_name"');
    await queryRunner.query('DROP TABLE "partner_organisations"');
    await queryRunner.query('DROP INDEX "public"."uq_territories_slug"');
    await queryRunner.query('DROP TABLE "territories"');
    await queryRunner.query('DROP INDEX "public"."uq_outbox_messages_idempotency_key"');
    await queryRunner.query('DROP INDEX "public"."ix_outbox_messages_status_created_at"');
    await queryRunner.query('DROP TABLE "outbox_messages"');
  }
}
