import { CatalogIndex, DemoCourses } from '@academy/api/catalog';
import { CompetencesService } from '@academy/api/competences';
import { ConfigError, loadConfig } from '@academy/api/core';
import { DemoAccounts } from '@academy/api/identity';
import { DemoLearning, EnrolmentService } from '@academy/api/learning';
import { DemoMentoring } from '@academy/api/mentoring';
import { TerritoriesService } from '@academy/api/territories';
import type { CourseDocument } from '@academy/shared/contracts';
import { NestFactory } from '@nestjs/core';
import { hash } from 'argon2';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppModule, createDataSource, pendingSchemaChanges } from '@academy/api/platform';
import { generatedCourses } from './bench/demo-catalog';
import { progressCourse } from './bench/progress-course';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate            apply pending migrations
  revert             undo the last migration
  reset              drop every table, then migrate
  check              fail when the entities and the migrations disagree
  generate <name>    write libs/api/platform/src/lib/database/migrations/<timestamp>-<name>.ts from the entities
  seed               territories, competence frameworks, demo accounts and demo courses (idempotent)
  demo-accounts      print the demo accounts as JSON
  bench-seed <n>     index n generated published courses in the catalogue (benchmarks only)
  bench-learners <n> <file>  publish a 500-lesson course, enrol n learners, write them as JSON (benchmarks only)`;

async function withDataSource<T>(run: (ds: ReturnType<typeof createDataSource>) => Promise<T>): Promise<T> {
  const ds = createDataSource(loadConfig(process.env));
  await ds.initialize();
  try {
    return await run(ds);
  } finally {
    await ds.destroy();
  }
}

async function withApp<T>(run: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>) {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig(process.env)), { logger: ['error', 'warn'] });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  migrate: () =>
    withDataSource(async (ds) => {
      const applied = await ds.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations');
    }),
  revert: () => withDataSource((ds) => ds.undoLastMigration({ transaction: 'each' })),
  reset: () =>
    withDataSource(async (ds) => {
      await ds.dropDatabase();
      await ds.runMigrations({ transaction: 'each' });
      console.log('Database reset and migrated');
    }),
  check: () =>
    withDataSource(async (ds) => {
      const { up } = await pendingSchemaChanges(ds);
      if (up.length) throw new Error(`Entities and migrations disagree; missing:\n${up.join(';\n')}`);
      console.log('Entities and migrations agree');
    }),
  generate: ([name]) =>
    withDataSource(async (ds) => {
      if (!name || !/^[a-z]+(-[a-z0-9]+)+$/.test(name)) throw new Error('Name it verb-what, e.g. create-users');
      const { up, down } = await pendingSchemaChanges(ds);
      if (!up.length) return console.log('Nothing to generate: entities and migrations agree');
      const timestamp = Date.now();
      const className = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
      const q = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
      const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map(q).join('\n')}
  }
}
`;
      const path = join(process.cwd(), 'libs/api/platform/src/lib/database/migrations', `${timestamp}-${name}.ts`);
      writeFileSync(path, file);
      console.log(`Wrote ${path}: add it to migrations/index.ts`);
    }),
  seed: () =>
    withApp(async (app) => {
      await app.get(TerritoriesService).seed();
      await app.get(CompetencesService).seed();
      await app.get(DemoAccounts).seed();
      const courses = await app.get(DemoCourses).seed('trainer@academy.test', 'admin@academy.test');
      if (courses) console.log(`Published ${courses} demo courses`);
      await app.get(DemoLearning).seed();
      if (await app.get(DemoMentoring).seed()) console.log('Seeded demo mentors, mentees and a mentoring programme');
      console.log('Seeded territories, competence frameworks and demo accounts');
    }),
  'bench-seed': ([count = '10000']) =>
    withDataSource(async (ds) => {
      const index = new CatalogIndex();
      const start = Date.now() - Number(count) * 60_000;
      let i = 0;
      let batch: CourseDocument[] = [];
      const flush = () =>
        ds.transaction(async (manager) => {
          for (const document of batch) {
            i++;
            await index.index(manager, {
              courseId: randomUUID(),
              versionId: randomUUID(),
              versionNumber: 1,
              slug: `bench-course-${i}`,
              territoryId: null,
              publishedAt: new Date(start + i * 60_000),
              document,
            });
          }
          batch = [];
        });
      for (const document of generatedCourses(Number(count))) {
        batch.push(document);
        if (batch.length === 500) await flush();
      }
      await flush();
      // Fresh statistics, as autovacuum would gather them on a live system.
      await ds.query('ANALYZE catalog_entries');
      console.log(`Indexed ${i} courses`);
    }),
  'bench-learners': ([count = '200', file = 'bench-learners.json']) =>
    withApp(async (app) => {
      const ds = app.get(DataSource);
      const document = progressCourse();
      const courseId = await app.get(DemoCourses).publish('trainer@academy.test', 'admin@academy.test', document);
      const password = 'benchmark learner 2026';
      const passwordHash = await hash(password);
      const [territory] = await ds.query(`SELECT id FROM territories ORDER BY slug LIMIT 1`);
      const learners: { email: string; enrolmentId: string }[] = [];
      for (let i = 0; i < Number(count); i++) {
        const email = `bench-learner-${i}@bench.test`;
        const [user] = await ds.query(
          `INSERT INTO users (email, display_name, password_hash, preferred_language, learner_profile, home_territory_id, email_verified_at, terms_accepted_at)
           VALUES ($1, $2, $3, 'en', 'practising_entrepreneur', $4, now(), now()) RETURNING id`,
          [email, `Bench learner ${i}`, passwordHash, territory.id],
        );
        const enrolment = await app.get(EnrolmentService).enrol(user.id, courseId);
        learners.push({ email, enrolmentId: enrolment.id });
      }
      const lessons = document.modules.flatMap((m) => m.lessons.map((l) => l.id));
      writeFileSync(file, JSON.stringify({ password, lessons, learners }));
      console.log(`Enrolled ${learners.length} learners in a ${lessons.length}-lesson course`);
    }),
  'demo-accounts': () => withApp(async (app) => console.log(JSON.stringify(app.get(DemoAccounts).list()))),
};

const [command = '', ...args] = process.argv.slice(2);
const run = commands[command];
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
run(args).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
