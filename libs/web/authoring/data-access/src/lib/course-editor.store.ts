import { computed, inject, Injectable, signal } from '@angular/core';
import type { CourseDocument, CourseModule, FieldError, Lesson } from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { AuthoringApi } from './authoring.api';
import type { CourseHistory, CourseView } from './authoring.models';
import { newDocument, replaceAt } from './document-factory';

export type EditorStatus = 'new' | 'draft' | 'in_review' | 'published' | 'archived';

/**
 * The course being edited (or reviewed): its document as the author changes it, the course's
 * status on the server, and the problems the server found. Provided by the editor and review
 * pages, so each visit starts clean.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(AuthoringApi);

  private readonly courseState = signal<CourseView | null>(null);
  private readonly documentState = signal<CourseDocument>(newDocument());
  private readonly territoryState = signal<string | null>(null);
  private readonly historyState = signal<CourseHistory | null>(null);

  readonly course = this.courseState.asReadonly();
  readonly document = this.documentState.asReadonly();
  readonly territoryId = this.territoryState.asReadonly();
  readonly history = this.historyState.asReadonly();
  readonly loading = signal(false);
  readonly busy = signal(false);
  readonly dirty = signal(false);
  readonly loadError = signal<ApiError | null>(null);
  /** The problems the server listed for the document, each with its path. */
  readonly problems = signal<readonly FieldError[]>([]);

  readonly status = computed<EditorStatus>(() => {
    const course = this.courseState();
    if (!course) return 'new';
    if (course.archivedAt) return 'archived';
    return course.openVersion?.status ?? 'published';
  });
  /** Only a draft (or a course not yet saved) can be edited. */
  readonly readOnly = computed(() => !['new', 'draft'].includes(this.status()));
  readonly reviewNote = computed(() => {
    const course = this.courseState();
    return course?.openVersion?.reviewNote ?? course?.publishedVersion?.reviewNote ?? null;
  });

  startNew(language: CourseDocument['language']): void {
    this.courseState.set(null);
    this.documentState.set(newDocument(language));
    this.territoryState.set(null);
    this.historyState.set(null);
    this.problems.set([]);
    this.dirty.set(false);
  }

  async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.show(await this.api.get(courseId));
      void this.loadHistory();
    } catch (e) {
      this.loadError.set(toApiError(e));
    } finally {
      this.loading.set(false);
    }
  }

  async loadHistory(): Promise<void> {
    const course = this.courseState();
    if (!course) return;
    try {
      this.historyState.set(await this.api.history(course.id));
    } catch {
      this.historyState.set(null);
    }
  }

  update(change: (doc: CourseDocument) => CourseDocument): void {
    if (this.readOnly()) return;
    this.documentState.update(change);
    this.dirty.set(true);
  }

  updateModule(index: number, change: (module: CourseModule) => CourseModule): void {
    this.update((doc) => ({
      ...doc,
      modules: replaceAt(doc.modules, index, change(doc.modules[index])),
    }));
  }

  updateLesson(moduleIndex: number, lessonIndex: number, change: (lesson: Lesson) => Lesson): void {
    this.updateModule(moduleIndex, (m) => ({
      ...m,
      lessons: replaceAt(m.lessons, lessonIndex, change(m.lessons[lessonIndex])),
    }));
  }

  setTerritory(territoryId: string | null): void {
    if (this.status() !== 'new') return;
    this.territoryState.set(territoryId);
    this.dirty.set(true);
  }

  /** Saves the draft (creating the course the first time); returns the course id. */
  async save(): Promise<string> {
    return this.run(async () => {
      const course = this.courseState();
      const saved = course
        ? await this.api.saveDraft(course.id, this.documentState())
        : await this.api.create(this.documentState(), this.territoryState());
      this.show(saved);
      return saved.id;
    });
  }

  /** Saves pending changes, then sends the draft to the reviewers. */
  async submit(): Promise<string> {
    const courseId =
      this.dirty() || !this.courseState() ? await this.save() : this.courseState()!.id;
    return this.run(async () => {
      this.show(await this.api.submit(courseId));
      void this.loadHistory();
      return courseId;
    });
  }

  /** A new draft from the published version. */
  async startNewVersion(): Promise<void> {
    const course = this.courseState();
    if (!course) return;
    await this.run(async () => {
      this.show(await this.api.startEdit(course.id));
      void this.loadHistory();
    });
  }

  /** Adds a co-author; the document being edited (maybe unsaved) stays as it is. */
  async addAuthor(userId: string): Promise<void> {
    const course = this.courseState();
    if (!course) return;
    this.courseState.set(await this.api.addAuthor(course.id, userId));
  }

  private show(course: CourseView): void {
    this.courseState.set(course);
    this.territoryState.set(course.territoryId);
    if (course.openVersion) this.documentState.set(course.openVersion.document);
    this.dirty.set(false);
  }

  /** Runs a request, keeping the server's document problems for the fields to show. */
  private async run<T>(request: () => Promise<T>): Promise<T> {
    this.busy.set(true);
    try {
      const result = await request();
      this.problems.set([]);
      return result;
    } catch (e) {
      const error = toApiError(e);
      this.problems.set(error.code === 'invalid_document' ? error.fieldErrors : []);
      throw error;
    } finally {
      this.busy.set(false);
    }
  }
}

/** The problems the server found, thrown by the store's actions. */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}
