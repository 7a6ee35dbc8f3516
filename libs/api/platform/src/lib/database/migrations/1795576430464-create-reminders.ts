import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReminders1795576430464 implements MigrationInterface {
  name = 'CreateReminders1795576430464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_preferences" ("user_id" uuid NOT NULL, "reminders" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_email_preferences" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "learner_reminders" ("user_id" uuid NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_learner_reminders" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "email_preferences" ADD CONSTRAINT "fk_email_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "learner_reminders" ADD CONSTRAINT "fk_learner_reminders_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "learner_reminders" DROP CONSTRAINT "fk_learner_reminders_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "email_preferences" DROP CONSTRAINT "fk_email_preferences_user"',
    );
    await queryRunner.query('DROP TABLE "learner_reminders"');
    await queryRunner.query('DROP TABLE "email_preferences"');
  }
}
