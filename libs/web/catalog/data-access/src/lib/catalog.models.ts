import type {
  CourseLevel,
  CourseTheme,
  Language,
  LearnerProfile,
  LessonKind,
} from '@academy/shared/contracts';

export interface TerritoryRef {
  id: string;
  slug: string;
  name: string;
}

/** One result of GET /api/catalog/courses. */
export interface CatalogItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: Language;
  level: CourseLevel;
  audiences: LearnerProfile[];
  themes: CourseTheme[];
  /** `framework:code`, e.g. `entrecomp:2.4`. */
  competences: string[];
  estimatedHours: number;
  /** null: the course belongs to the whole network. */
  territory: TerritoryRef | null;
  publishedAt: string;
  version: number;
}

/** A page of results; the keyset cursor of the next page, null on the last one. */
export interface CatalogPage {
  items: CatalogItem[];
  nextCursor: string | null;
}

export interface LessonOutline {
  id: string;
  kind: LessonKind;
  title: string;
  required: boolean;
  estimatedMinutes?: number;
  /** For a good-practice case study: whose practice it is (shown with the lesson). */
  caseStudyAttribution?: string;
}

export interface ModuleOutline {
  id: string;
  title: string;
  summary?: string;
  lessons: LessonOutline[];
}

export interface CourseCompetence {
  framework: string;
  code: string;
  title: string;
  targetLevel?: number;
}

export interface ChangedLesson {
  id: string;
  title: string;
}

/** What a version changed compared with the previous one. */
export interface CourseChanges {
  added: ChangedLesson[];
  removed: ChangedLesson[];
  changed: ChangedLesson[];
}

/** GET /api/catalog/courses/:slug: the public page of the course's latest published version. */
export interface CourseDetail {
  id: string;
  slug: string;
  version: number;
  publishedAt: string;
  territory: TerritoryRef | null;
  authors: { displayName: string }[];
  /** The course's picture, served by the API; null when it has none. */
  coverImage: { url: string; alt: string } | null;
  course: {
    title: string;
    summary: string;
    /** Sanitised by the server. */
    descriptionHtml: string;
    language: Language;
    level: CourseLevel;
    estimatedHours: number;
    audiences: LearnerProfile[];
    themes: CourseTheme[];
    learningOutcomes: string[];
    competences: CourseCompetence[];
    modules: ModuleOutline[];
  };
  changes: CourseChanges | null;
}
