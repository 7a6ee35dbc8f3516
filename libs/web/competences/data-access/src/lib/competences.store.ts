import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, resource } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Framework, FrameworkDetail, FrameworkSummary } from './competences.models';

const BASE = '/api/competence-frameworks';

/**
 * The EU competence frameworks, fetched once per visit and shared by every page that shows or
 * tags competences. The catalogue is small (three frameworks, under fifty competences), so it
 * is loaded whole: the list, then each framework's areas in parallel.
 */
@Injectable({ providedIn: 'root' })
export class CompetencesStore {
  private readonly http = inject(HttpClient);

  private readonly catalogue = resource<Framework[], unknown>({
    defaultValue: [],
    loader: async () => {
      const list = await firstValueFrom(this.http.get<FrameworkSummary[]>(BASE));
      const details = await Promise.all(
        list.map((f) =>
          firstValueFrom(this.http.get<FrameworkDetail>(`${BASE}/${encodeURIComponent(f.code)}`)),
        ),
      );
      return list.map((f, i) => ({ ...f, areas: details[i].areas }));
    },
  });

  readonly frameworks = computed(() => this.catalogue.value());
  readonly loading = this.catalogue.isLoading;
  readonly failed = computed(() => this.catalogue.error() !== undefined);

  reload(): void {
    this.catalogue.reload();
  }
}
