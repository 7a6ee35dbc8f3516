import type {
  CourseDocument,
  Language,
  LessonRef,
  OpenStatus,
  VersionChanges,
} from '@academy/shared/contracts';

/** Shapes the catalog context hands to controllers and to other contexts. */

export type { LessonRef, OpenStatus, VersionChanges };

export interface VersionView {
  id: string;
  number: number;
  status: 'draft' | 'in_review' | 'published';
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  publishedAt: Date | null;
  changes: VersionChanges | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OpenVersionView extends VersionView {
  document: CourseDocument;
}

export interface CourseSummaryView {
  id: string;
  slug: string;
  territoryId: string | null;
  title: string;
  language: Language;
  /** Status of the version being worked on; null when there is none. */
  openStatus: OpenStatus | null;
  publishedVersion: number | null;
  archived: boolean;
  updatedAt: Date;
}

export interface CourseView {
  id: string;
  slug: string;
  territoryId: string | null;
  authors: { id: string; displayName: string }[];
  archivedAt: Date | null;
  createdAt: Date;
  openVersion: OpenVersionView | null;
  publishedVersion: (VersionView & { title: string }) | null;
}

export interface ReviewQueueItem {
  courseId: string;
  slug: string;
  territoryId: string | null;
  versionId: string;
  number: number;
  title: string;
  language: Language;
  submittedAt: Date | null;
  submittedBy: string | null;
}

export interface HistoryEventView {
  id: string;
  versionNumber: number;
  action: string;
  actor: { id: string; displayName: string };
  note: string | null;
  at: Date;
}

export interface CourseHistoryView {
  versions: VersionView[];
  events: HistoryEventView[];
}
