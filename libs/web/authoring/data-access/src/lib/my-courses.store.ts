import { computed, inject, Injectable, resource } from '@angular/core';
import { AuthoringApi } from './authoring.api';
import type { CourseSummary, CourseView } from './authoring.models';

/** The courses the signed-in person authors. Provided by the "My courses" page. */
@Injectable()
export class MyCoursesStore {
  private readonly api = inject(AuthoringApi);
  private readonly list = resource<CourseSummary[], unknown>({
    defaultValue: [],
    loader: () => this.api.mine(),
  });

  readonly courses = computed(() => this.list.value());
  readonly loading = this.list.isLoading;
  readonly failed = computed(() => this.list.error() !== undefined);

  reload(): void {
    this.list.reload();
  }

  async archive(courseId: string): Promise<void> {
    await this.api.archive(courseId);
    this.reload();
  }

  /** The exported document as a JSON string, for a download. */
  async exportJson(courseId: string): Promise<string> {
    return JSON.stringify(await this.api.exportCourse(courseId), null, 2);
  }

  async importDocument(document: unknown): Promise<CourseView> {
    const created = await this.api.importCourse(document);
    this.reload();
    return created;
  }
}
