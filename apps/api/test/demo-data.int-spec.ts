import { DemoCourses } from '@academy/api/catalog';
import { DemoAccounts } from '@academy/api/identity';
import { DemoLearning } from '@academy/api/learning';
import { DEMO_OPEN_PROGRAMME, DEMO_PROGRAMME, DemoMentoring } from '@academy/api/mentoring';
import { TestPlatform } from '@academy/api/testing';
import { DataSource } from 'typeorm';

describe('demo data for npm start', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.api!.get(DemoAccounts).seed();
  });
  afterAll(() => platform.stop());

  it('gives the demo learners courses in progress, twice without change', async () => {
    await platform.api!.get(DemoCourses).seed('trainer@academy.test', 'admin@academy.test');
    const learning = platform.api!.get(DemoLearning);
    await learning.seed();
    await learning.seed();
    const rows = await platform.api!.get(DataSource).query(
      `SELECT u.email, count(DISTINCT e.id)::int AS courses, count(p.lesson_id)::int AS done
       FROM enrolments e JOIN users u ON u.id = e.user_id LEFT JOIN lesson_progress p ON p.enrolment_id = e.id
       GROUP BY u.email ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { email: 'learner@academy.test', courses: 2, done: 2 },
      { email: 'student@academy.test', courses: 1, done: 1 },
    ]);
  });

  it('seeds mentors across the territories and languages, requests, and a published programme that met, once', async () => {
    const seeder = platform.api!.get(DemoMentoring);
    expect(await seeder.seed()).toBe(true);
    const db = platform.api!.get(DataSource);
    const [mentors] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT territory_id)::int AS territories,
              (SELECT count(DISTINCT l) FROM mentor_profiles, unnest(languages) l)::int AS languages
       FROM mentor_profiles WHERE status = 'approved'`,
    );
    expect(mentors.n).toBeGreaterThanOrEqual(20);
    expect(mentors).toMatchObject({ territories: 4, languages: 5 });
    const [programme] = await db.query(`SELECT id, status FROM mentoring_programmes WHERE name = $1`, [DEMO_PROGRAMME]);
    expect(programme.status).toBe('published');
    const [figures] = await db.query(
      `SELECT (SELECT count(*) FROM mentoring_relationships WHERE programme_id = $1)::int AS pairs,
              (SELECT count(*) FROM mentoring_sessions s JOIN mentoring_relationships r ON r.id = s.relationship_id WHERE r.programme_id = $1)::int AS sessions,
              (SELECT count(*) FROM mentoring_session_feedback)::int AS feedback,
              (SELECT count(*) FROM mentorship_requests WHERE status = 'pending')::int AS requests`,
      [programme.id],
    );
    expect(figures.pairs).toBeGreaterThanOrEqual(3);
    expect(figures.sessions).toBeGreaterThan(figures.pairs);
    expect(figures.feedback).toBe(2 * figures.pairs);
    expect(figures.requests).toBe(2);
    // The Cascais round waits for Ana Student's answer and her mentor's.
    const [open] = await db.query(
      `SELECT g.status, p.status AS "pairStatus", u.email FROM mentoring_programmes g
       JOIN mentoring_programme_pairs p ON p.programme_id = g.id JOIN users u ON u.id = p.mentee_id WHERE g.name = $1`,
      [DEMO_OPEN_PROGRAMME],
    );
    expect(open).toEqual({ status: 'published', pairStatus: 'proposed', email: 'student@academy.test' });
    expect(await seeder.seed()).toBe(false);
    expect((await db.query(`SELECT count(*)::int AS n FROM mentoring_programmes`))[0].n).toBe(2);
  });
});
