import { CatalogIndex } from '@academy/api/catalog';
import type { CourseDocument } from '@academy/shared/contracts';
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
