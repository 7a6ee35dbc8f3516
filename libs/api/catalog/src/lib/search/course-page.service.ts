import { CompetencesService } from '@academy/api/competences';
import { notFound } from '@academy/api/core';
import { UsersService } from '@academy/api/identity';
import { TerritoriesService, type TerritorySummary } from '@academy/api/territories';
import type { LessonKind } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { CourseAuthorEntity } from '../entities/course-author.entity';
import { CourseVersionEntity } from '../entities/course-version.entity';
import { CourseEntity } from '../entities/course.entity';
import { toPublicCourse } from '../projection/public-course';

export interface CoursePage {
  id: string;
  slug: string;
  version: number;
  publishedAt: string;
  territory: TerritorySummary | null;
  authors: { displayName: string }[];
  /** An uploaded cover (external pictures are not shown: the page's CSP allows only its own). */
  coverImage: { url: string; alt: string } | null;
  course: {
    title: string;
    summary: string;
    descriptionHtml: string;
    language: string;
    level: string;
    estimatedHours: number;
    audiences: string[];
    themes: string[];
    learningOutcomes: string[];
    competences: { framework: string; code: string; title: string; targetLevel?: number }[];
    modules: {
      id: string;
      title: string;
      summary?: string;
      lessons: {
        id: string;
        kind: LessonKind;
        title: string;
        required: boolean;
        estimatedMinutes?: number;
        /** For a good-practice case study: whose practice it is. */
        caseStudyAttribution?: string;
      }[];
    }[];
  };
  changes: {
    added: { id: string; title: string }[];
    removed: { id: string; title: string }[];
    changed: { id: string; title: string }[];
  } | null;
}

/**
 * The public page of a published course: what it teaches (syllabus titles, outcomes,
 * competences) and who made it. Lesson contents are for enrolled learners, so only titles
 * are shown here, and no quiz content at all.
 */
@Injectable()
export class CoursePageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly users: UsersService,
    private readonly competences: CompetencesService,
  ) {}

  async get(slug: string): Promise<CoursePage> {
    const course = await this.dataSource
      .getRepository(CourseEntity)
      .findOneBy({ slug, archivedAt: IsNull(), publishedVersionId: Not(IsNull()) });
    if (!course?.publishedVersionId) throw notFound('Course');
    const version = await this.dataSource
      .getRepository(CourseVersionEntity)
      .findOneByOrFail({ id: course.publishedVersionId });
    const authorIds = (
      await this.dataSource.getRepository(CourseAuthorEntity).findBy({ courseId: course.id })
    ).map((a) => a.userId);
    const [authors, territories, competences] = await Promise.all([
      this.users.contacts(authorIds),
      this.territories.getMany(course.territoryId ? [course.territoryId] : []),
      this.competences.findCompetences(version.content.competences),
    ]);
    const titles = new Map(competences.found.map((c) => [`${c.framework}:${c.code}`, c.title]));
    const pub = toPublicCourse(version.content);
    const ref = ({ id, title }: { id: string; title: string }) => ({ id, title });
    return {
      id: course.id,
      slug: course.slug,
      version: version.number,
      publishedAt: (version.publishedAt ?? version.createdAt).toISOString(),
      territory: course.territoryId ? (territories.get(course.territoryId) ?? null) : null,
      authors: authors
        .map((a) => ({ displayName: a.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      coverImage: pub.coverImage?.fileId
        ? { url: `/api/files/${pub.coverImage.fileId}`, alt: pub.coverImage.alt }
        : null,
      course: {
        title: pub.title,
        summary: pub.summary,
        descriptionHtml: pub.descriptionHtml,
        language: pub.language,
        level: pub.level,
        estimatedHours: pub.estimatedHours,
        audiences: pub.audiences,
        themes: pub.themes,
        learningOutcomes: pub.learningOutcomes,
        competences: pub.competences.map((c) => ({
          ...c,
          title: titles.get(`${c.framework}:${c.code}`) ?? c.code,
        })),
        modules: pub.modules.map((m) => ({
          id: m.id,
          title: m.title,
          summary: m.summary,
          lessons: m.lessons.map((l) => ({
            id: l.id,
            kind: l.kind,
            title: l.title,
            required: l.required,
            estimatedMinutes: l.estimatedMinutes,
            // Good practices are others' work: their source is named wherever they appear.
            caseStudyAttribution: l.kind === 'article' ? l.caseStudy?.attribution : undefined,
          })),
        })),
      },
      changes: version.changes
        ? {
            added: version.changes.added.map(ref),
            removed: version.changes.removed.map(ref),
            changed: version.changes.changed.map(ref),
          }
        : null,
    };
  }
}
