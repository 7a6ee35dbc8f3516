import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CourseLevel, CourseTheme, Language, LearnerProfile } from '@academy/shared/contracts';
import { audienceKey, languageKey, levelKey, themeKey, TranslatePipe } from '@academy/web/i18n';
import { hoursKey } from './course-facts';
import { LocaleFormat } from './locale-format';

/** A course at a glance (language, level, time, territory, audiences, themes), for cards and pages. */
@Component({
  selector: 'academy-course-facts',
  imports: [TranslatePipe],
  template: `
    <dl class="facts">
      <div>
        <dt>{{ 'course.fact.language' | translate }}</dt>
        <dd>{{ languageKey(language()) | translate }}</dd>
      </div>
      <div>
        <dt>{{ 'course.fact.level' | translate }}</dt>
        <dd>{{ levelKey(level()) | translate }}</dd>
      </div>
      <div>
        <dt>{{ 'course.fact.time' | translate }}</dt>
        <dd>{{ hoursKey(hours()) | translate: { hours: format.number(hours()) } }}</dd>
      </div>
      <div>
        <dt>{{ 'course.fact.territory' | translate }}</dt>
        <dd>{{ territory() ?? ('course.wholeNetwork' | translate) }}</dd>
      </div>
      <div class="facts__wide">
        <dt>{{ 'course.fact.audiences' | translate }}</dt>
        <dd>
          <ul class="chip-list">
            @for (audience of audiences(); track audience) {
              <li class="chip">{{ audienceKey(audience) | translate }}</li>
            }
          </ul>
        </dd>
      </div>
      <div class="facts__wide">
        <dt>{{ 'course.fact.themes' | translate }}</dt>
        <dd>
          <ul class="chip-list">
            @for (theme of themes(); track theme) {
              <li class="chip chip--theme">{{ themeKey(theme) | translate }}</li>
            }
          </ul>
        </dd>
      </div>
      @if (authors()) {
        <div class="facts__wide">
          <dt>{{ 'course.fact.authors' | translate }}</dt>
          <dd>{{ authors() }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0;
    }
    dt {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .facts__wide {
      grid-column: 1 / -1;
    }
    .chip-list {
      margin: 0.25rem 0 0;
    }
    .chip {
      min-height: 32px;
      font-weight: 400;
    }
    .chip--theme {
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseFactsComponent {
  readonly language = input.required<Language>();
  readonly level = input.required<CourseLevel>();
  readonly hours = input.required<number>();
  /** The territory's name; null for a network-wide course. */
  readonly territory = input<string | null>(null);
  readonly audiences = input.required<readonly LearnerProfile[]>();
  readonly themes = input.required<readonly CourseTheme[]>();
  readonly authors = input<string | null>(null);

  readonly format = inject(LocaleFormat);
  readonly languageKey = languageKey;
  readonly levelKey = levelKey;
  readonly audienceKey = audienceKey;
  readonly themeKey = themeKey;
  readonly hoursKey = hoursKey;
}
