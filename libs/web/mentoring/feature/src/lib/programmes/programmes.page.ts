import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ProgrammeView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { ProgrammesStore } from '@academy/web/mentoring/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { calendarDate } from '../shared/format';
import { LoadErrorComponent } from '../shared/load-error.component';
import { ProgrammeFormComponent } from './programme-form.component';

/** Mentoring programmes: rounds a partner admin runs for their territory, and a new one. */
@Component({
  selector: 'academy-programmes-page',
  imports: [RouterLink, TranslatePipe, ProgrammeFormComponent, LoadErrorComponent],
  providers: [ProgrammesStore],
  template: `
    <div class="mt-page">
      <p class="mt-back">
        <a routerLink="/mentoring">{{ 'mentoring.back' | translate }}</a>
      </p>
      <h1>{{ 'mentoring.programmes.title' | translate }}</h1>
      <p class="mt-lead">{{ 'mentoring.programmes.intro' | translate }}</p>

      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">{{ 'mentoring.programmes.listTitle' | translate }}</h2>
        @if (store.loading() && !store.loaded()) {
          <p role="status">{{ 'mentoring.loading' | translate }}</p>
        } @else if (store.failed()) {
          <academy-load-error
            [message]="'mentoring.programmes.error' | translate"
            (retry)="store.reload()"
          />
        } @else if (store.programmes().length === 0) {
          <p class="empty-state">{{ 'mentoring.programmes.none' | translate }}</p>
        } @else {
          <ul class="mt-list">
            @for (p of store.programmes(); track p.id) {
              <li class="mt-card">
                <h3>
                  <a [routerLink]="['/mentoring/programmes', p.id]">{{ p.name }}</a>
                </h3>
                <p class="mt-meta">
                  <span [class]="'mt-chip mt-chip--' + p.status">{{
                    (p.status === 'draft'
                      ? 'mentoring.programmes.status.draft'
                      : 'mentoring.programmes.status.published'
                    ) | translate
                  }}</span>
                  {{
                    'mentoring.programmes.dates'
                      | translate: { start: day(p.startsOn), end: day(p.endsOn) }
                  }}
                  @if (territoryName(p.territoryId); as territory) {
                    · {{ territory }}
                  }
                </p>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="new-programme-heading">
        <h2 id="new-programme-heading">{{ 'mentoring.programmes.newTitle' | translate }}</h2>
        <academy-programme-form (created)="open($event)" />
      </section>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesPage {
  readonly store = inject(ProgrammesStore);
  private readonly territories = inject(TerritoriesStore);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);

  day(date: string): string {
    return calendarDate(date, this.i18n.language());
  }

  territoryName(id: string): string {
    return this.territories.territories().find((t) => t.id === id)?.name ?? '';
  }

  /** A new programme is set up on its own page: participants, then the match. */
  open(programme: ProgrammeView): void {
    void this.router.navigate(['/mentoring/programmes', programme.id], {
      state: { created: true },
    });
  }
}
