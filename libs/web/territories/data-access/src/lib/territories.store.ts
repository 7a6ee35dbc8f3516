import { httpResource } from '@angular/common/http';
import { computed, Injectable } from '@angular/core';
import type { Language, PartnerType } from '@academy/shared/contracts';

export interface Territory {
  id: string;
  slug: string;
  name: string;
  country: string;
  languages: Language[];
  partners: { name: string; type: PartnerType }[];
}

/** The public list of territories, fetched once per visit and shared by every page. */
@Injectable({ providedIn: 'root' })
export class TerritoriesStore {
  private readonly resource = httpResource<Territory[]>(() => '/api/territories', {
    defaultValue: [],
  });

  readonly territories = computed(() =>
    [...this.resource.value()].sort((a, b) => a.name.localeCompare(b.name)),
  );
  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.error() !== undefined);
}
