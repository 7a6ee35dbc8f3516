import { CatalogIndex } from '@academy/api/catalog';
import type { CourseDocument, CourseDocumentInput } from '@academy/shared/contracts';
import { createAccount, type TestAccount } from './accounts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestPlatform } from './test-platform';

/** A small valid course document (one article) for catalogue tests. */
export function catalogCourseDocument(title: string, overrides: Partial<CourseDocument> = {}): CourseDocument {
  return {
    schemaVersion: 1,
    title,
    summary: `A course about ${title.toLowerCase()} for the academy.`,
    description: 'Learning together.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 3,
    audiences: ['university_student'],
    themes: ['social_economy_basics'],
    competences: [],
    learningOutcomes: ['Understand the basics'],
    modules: [
      {
        id: randomUUID(),
        title: 'Start',
        lessons: [{ id: randomUUID(), kind: 'article', title: 'Intro', body: 'Hello', required: true, competences: [] }],
      },
    ],
    ...overrides,
  };
}

let clock = Date.parse('2026-01-01T00:00:00Z');

/**
 * Puts a course straight into the catalogue read model, as publishing does, one minute after
 * the previous one: fast setup for search and catalogue-page tests (the publishing workflow
 * itself has tests of its own). Returns the course id.
 */
export async function indexPublishedCourse(
  platform: TestPlatform,
  title: string,
  overrides: Partial<CourseDocument> = {},
  territoryId: string | null = null,
): Promise<string> {
  const api = platform.api;
  if (!api) throw new Error('The test platform runs without the API');
  const courseId = randomUUID();
  clock += 60_000;
  await api.get(DataSource).transaction((manager) =>
    api.get(CatalogIndex).index(manager, {
      courseId,
      versionId: randomUUID(),
      versionNumber: 1,
      slug: `c-${courseId.slice(0, 8)}`,
      territoryId,
      publishedAt: new Date(clock),
      document: catalogCourseDocument(title, overrides),
    }),
  );
  return courseId;
}

/**
 * Publishes a course through the real workflow (an author creates and submits it, another
 * trainer approves it). Returns the course id and the document as published.
 */
export async function publishCourse(
  platform: TestPlatform,
  document: CourseDocumentInput,
  people?: { author: TestAccount; reviewer: TestAccount },
): Promise<{ courseId: string; slug: string; author: TestAccount; reviewer: TestAccount }> {
  const author = people?.author ?? (await createAccount(platform, { roles: [{ role: 'trainer' }] }));
  const reviewer = people?.reviewer ?? (await createAccount(platform, { roles: [{ role: 'trainer' }] }));
  const created = await platform.request('POST', '/api/courses', { token: author.token, body: { document } });
  if (created.status !== 201) throw new Error(`Create failed: ${JSON.stringify(created.body)}`);
  await republish(platform, created.body.id, { author, reviewer });
  return { courseId: created.body.id, slug: created.body.slug, author, reviewer };
}

/** Submits the course's current draft and approves it: a new published version. */
export async function republish(
  platform: TestPlatform,
  courseId: string,
  people: { author: TestAccount; reviewer: TestAccount },
): Promise<void> {
  const submitted = await platform.request('POST', `/api/courses/${courseId}/submit`, { token: people.author.token });
  if (submitted.status !== 200) throw new Error(`Submit failed: ${JSON.stringify(submitted.body)}`);
  const approved = await platform.request('POST', `/api/courses/${courseId}/approve`, {
    token: people.reviewer.token,
    body: { note: 'Approved for the tests.' },
  });
  if (approved.status !== 200) throw new Error(`Approve failed: ${JSON.stringify(approved.body)}`);
}
