import { computed, inject, Injectable, resource } from '@angular/core';
import type { TeachingCourse } from '@academy/shared/contracts';
import { toApiError } from '@academy/web/shared/util-http';
import { TeachingApi } from './teaching.api';

/** The courses the signed-in trainer, partner admin or admin can follow. Provided by the pages. */
@Injectable()
export class TeachingCoursesStore {
  private readonly api = inject(TeachingApi);
  private readonly list = resource<TeachingCourse[], unknown>({
    defaultValue: [],
    loader: () => this.api.courses(),
  });

  readonly courses = computed(() => this.list.value());
  readonly loading = this.list.isLoading;
  readonly failed = computed(() => this.list.error() !== undefined);
  readonly forbidden = computed(() => {
    const error = this.list.error();
    return error !== undefined && toApiError(error).status === 403;
  });

  course(id: string): TeachingCourse | null {
    return this.courses().find((c) => c.id === id) ?? null;
  }

  reload(): void {
    this.list.reload();
  }
}
