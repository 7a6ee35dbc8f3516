import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { MatchExplanationItem } from '@academy/shared/contracts';
import { CompetencesStore } from '@academy/web/competences/data-access';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  explainMatch,
  type ExplanationReader,
  strongestReasons,
} from '@academy/web/mentoring/data-access';
import { competenceName } from './competence-names';
import { listOf } from './format';

/**
 * Why a mentor fits: one item per criterion with its points out of its maximum (written, and
 * drawn as a small bar for sighted readers) and the facts behind them in words. Folded, it
 * shows the strongest reasons and keeps the whole breakdown one click away (a list of five
 * suggestions with eight criteria each is too long to read).
 */
@Component({
  selector: 'academy-match-explanation',
  imports: [TranslatePipe, NgTemplateOutlet],
  template: `
    @if (folded()) {
      <ul class="why__top">
        @for (reason of reasons(); track $index) {
          <li>{{ reason.key | translate: reason.params }}</li>
        }
      </ul>
      <details class="why__more">
        <summary>{{ 'mentoring.why.fullScore' | translate }}</summary>
        <ng-container [ngTemplateOutlet]="breakdown" />
      </details>
    } @else {
      <ng-container [ngTemplateOutlet]="breakdown" />
    }
    <ng-template #breakdown>
      <ul class="why">
        @for (line of lines(); track line.criterion) {
          <li class="why__item">
            <div class="why__head">
              <span class="why__name">{{ line.label.key | translate: line.label.params }}</span>
              <span class="why__points">{{
                'mentoring.points' | translate: { points: line.points, max: line.maxPoints }
              }}</span>
            </div>
            <div class="mt-bar" aria-hidden="true">
              <span [style.width.%]="line.percent"></span>
            </div>
            @if (line.facts.length) {
              <ul class="why__facts">
                @for (fact of line.facts; track $index) {
                  <li>{{ fact.key | translate: fact.params }}</li>
                }
              </ul>
            }
          </li>
        }
      </ul>
    </ng-template>
  `,
  styles: `
    .why__top {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .why__more summary {
      cursor: pointer;
      padding-block: 0.25rem;
    }
    .why,
    .why__facts {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .why__item {
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .why__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
    }
    .why__name {
      font-weight: 600;
    }
    .why__points {
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
    .why__facts li {
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchExplanationComponent {
  readonly items = input.required<readonly MatchExplanationItem[]>();
  readonly reader = input<ExplanationReader>('mentee');
  readonly folded = input(false);

  private readonly i18n = inject(TranslationService);
  private readonly competences = inject(CompetencesStore);

  // Reads the language and the catalogue: the sentences follow both.
  readonly lines = computed(() => {
    const language = this.i18n.language();
    const frameworks = this.competences.frameworks();
    return explainMatch(
      this.items(),
      {
        t: (key, params) => this.i18n.t(key, params),
        competence: (code) => competenceName(frameworks, code),
        list: (items) => listOf(items, language),
      },
      this.reader(),
    );
  });

  readonly reasons = computed(() => strongestReasons(this.lines()));
}
