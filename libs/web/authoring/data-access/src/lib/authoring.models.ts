import type {
  CourseDocument,
  Language,
  LessonRef,
  OpenStatus,
  VersionChanges,
} from '@academy/shared/contracts';

/** What the authoring and review endpoints answer (dates arrive as ISO strings). */
export type { LessonRef, OpenStatus, VersionChanges };

export interface VersionView {
  id: string;
  number: number;
  status: 'draft' | 'in_review' | 'published';
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  publishedAt: string | null;
  changes: VersionChanges | null;
  createdAt: string;
  updatedAt: string;
}

export interface CourseView {
  id: string;
  slug: string;
  territoryId: string | null;
  authors: { id: string; displayName: string }[];
  archivedAt: string | null;
  createdAt: string;
  openVersion: (VersionView & { document: CourseDocument }) | null;
  publishedVersion: (VersionView & { title: string }) | null;
}

export interface CourseSummary {
  id: string;
  slug: string;
  territoryId: string | null;
  title: string;
  language: Language;
  openStatus: OpenStatus | null;
  publishedVersion: number | null;
  archived: boolean;
  updatedAt: string;
}

export interface ReviewQueueItem {
  courseId: string;
  slug: string;
  territoryId: string | null;
  versionId: string;
  number: number;
  title: string;
  language: Language;
  submittedAt: string | null;
  submittedBy: string | null;
}

export interface HistoryEvent {
  id: string;
  versionNumber: number;
  action: string;
  actor: { id: string; displayName: string };
  note: string | null;
  at: string;
}

export interface CourseHistory {
  versions: VersionView[];
  events: HistoryEvent[];
}

export interface UploadedFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
}
