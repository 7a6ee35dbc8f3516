import type { CourseDocument } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TEXT_SEARCH_CONFIG } from './search-config';

export interface PublishedCourse {
  courseId: string;
  versionId: string;
  versionNumber: number;
  slug: string;
  territoryId: string | null;
  publishedAt: Date;
  document: CourseDocument;
}

/** Plenty for a description, and far under PostgreSQL's tsvector limit. */
const MAX_BODY = 20_000;

/**
 * Keeps the catalogue read model in step with publishing. Called with the EntityManager of the
 * transaction that publishes or archives, so the catalogue never shows a half-published course.
 */
@Injectable()
export class CatalogIndex {
  async index(manager: EntityManager, course: PublishedCourse): Promise<void> {
    const d = course.document;
    const syllabus = [
      ...d.learningOutcomes,
      ...d.competences.map((c) => `${c.framework} ${c.code}`),
      ...d.modules.flatMap((m) => [m.title, m.summary ?? '', ...m.lessons.map((l) => l.title)]),
    ].join('\n');
    // What the catalogue shows is what it searches: not the lessons' full text, which would make
    // each entry's vector large (stored out of line) and every popular search slow.
    const body = d.description.slice(0, MAX_BODY);
    await manager.query(
      `INSERT INTO catalog_entries (course_id, version_id, version_number, slug, title, summary, language, level, audiences, themes,
         competences, territory_id, estimated_hours, published_at, search)
       VALUES ($1, $2, $3, $4, $5::text, $6::text, $7, $8, $9, $10, $11, $12, $13, date_trunc('milliseconds', $14::timestamptz),
         setweight(to_tsvector($15::regconfig, $5::text), 'A') || setweight(to_tsvector($15::regconfig, $6::text), 'B')
         || setweight(to_tsvector($15::regconfig, $16::text), 'C') || setweight(to_tsvector($15::regconfig, $17::text), 'D'))
       ON CONFLICT (course_id) DO UPDATE SET version_id = EXCLUDED.version_id, version_number = EXCLUDED.version_number,
         slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary, language = EXCLUDED.language,
         level = EXCLUDED.level, audiences = EXCLUDED.audiences, themes = EXCLUDED.themes, competences = EXCLUDED.competences,
         territory_id = EXCLUDED.territory_id, estimated_hours = EXCLUDED.estimated_hours,
         published_at = EXCLUDED.published_at, search = EXCLUDED.search`,
      [
        course.courseId,
        course.versionId,
        course.versionNumber,
        course.slug,
        d.title,
        d.summary,
        d.language,
        d.level,
        d.audiences,
        d.themes,
        d.competences.map((c) => `${c.framework}:${c.code}`),
        course.territoryId,
        d.estimatedHours,
        course.publishedAt.toISOString(),
        TEXT_SEARCH_CONFIG[d.language],
        syllabus,
        body,
      ],
    );
  }

  /** Takes an archived course out of the catalogue. */
  async remove(manager: EntityManager, courseId: string): Promise<void> {
    await manager.query(`DELETE FROM catalog_entries WHERE course_id = $1`, [courseId]);
  }
}
