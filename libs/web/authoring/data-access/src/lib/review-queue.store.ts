import { computed, inject, Injectable, resource } from '@angular/core';
import { AuthoringApi } from './authoring.api';
import type { ReviewQueueItem } from './authoring.models';

/** Versions waiting for a review by the signed-in trainer or admin. */
@Injectable()
export class ReviewQueueStore {
  private readonly api = inject(AuthoringApi);
  private readonly list = resource<ReviewQueueItem[], unknown>({
    defaultValue: [],
    loader: () => this.api.reviews(),
  });

  readonly items = computed(() => this.list.value());
  readonly loading = this.list.isLoading;
  readonly failed = computed(() => this.list.error() !== undefined);

  reload(): void {
    this.list.reload();
  }
}
