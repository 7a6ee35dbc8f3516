import type { CourseDocumentInput } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';

/** A long course of short articles (10 modules of 50) for the progress-write benchmark. */
export function progressCourse(): CourseDocumentInput {
  return {
    schemaVersion: 1,
    title: 'Benchmark: a long course',
    summary: 'Five hundred short articles, so every learner always has lessons left to mark done.',
    description: 'Generated for `npm run bench`.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 50,
    audiences: ['practising_entrepreneur'],
    themes: ['social_economy_basics'],
    competences: [],
    learningOutcomes: ['Mark lessons done quickly'],
    modules: Array.from({ length: 10 }, (_, m) => ({
      id: randomUUID(),
      title: `Module ${m + 1}`,
      lessons: Array.from({ length: 50 }, (_, l) => ({
        id: randomUUID(),
        kind: 'article' as const,
        title: `Lesson ${m + 1}.${l + 1}`,
        body: 'A short read.',
      })),
    })),
  };
}
