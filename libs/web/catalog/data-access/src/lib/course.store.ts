import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';
import { toApiError } from '@academy/web/shared/util-http';
import type { CourseDetail } from './catalog.models';

/** The public page of one course, by slug. Provided by the course page. */
@Injectable()
export class CourseStore {
  private readonly slug = signal<string | null>(null);
  private readonly resource = httpResource<CourseDetail>(() => {
    const slug = this.slug();
    return slug ? `/api/catalog/courses/${encodeURIComponent(slug)}` : undefined;
  });

  readonly course = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  readonly loading = this.resource.isLoading;
  readonly error = computed(() => {
    const error = this.resource.error();
    return error === undefined ? null : toApiError(error);
  });
  readonly notFound = computed(() => this.error()?.status === 404);

  load(slug: string): void {
    this.slug.set(slug);
  }

  reload(): void {
    this.resource.reload();
  }
}
