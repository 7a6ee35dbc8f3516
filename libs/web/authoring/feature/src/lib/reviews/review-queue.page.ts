import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReviewQueueStore } from '@academy/web/authoring/data-access';
import { languageKey, TranslatePipe, TranslationService } from '@academy/web/i18n';

/** Versions waiting for a review, oldest first. */
@Component({
  selector: 'academy-review-queue-page',
  imports: [RouterLink, TranslatePipe],
  providers: [ReviewQueueStore],
  template: `
    <div class="au-page">
      <p>
        <a routerLink="/authoring">{{ 'authoring.back' | translate }}</a>
      </p>
      <h1>{{ 'authoring.reviews.title' | translate }}</h1>
      @if (store.loading()) {
        <p role="status">{{ 'authoring.loading' | translate }}</p>
      } @else if (store.failed()) {
        <p role="alert">{{ 'authoring.list.error' | translate }}</p>
      } @else if (store.items().length === 0) {
        <p>{{ 'authoring.reviews.empty' | translate }}</p>
      } @else {
        <ul class="au-list">
          @for (item of store.items(); track item.versionId) {
            <li class="au-card">
              <h2>
                <a [routerLink]="['/authoring/reviews', item.courseId]">{{ item.title }}</a>
              </h2>
              <p>
                {{ 'authoring.history.version' | translate: { number: item.number } }} ·
                {{ languageKey(item.language) | translate }}
                @if (item.submittedAt) {
                  ·
                  {{
                    'authoring.reviews.submitted'
                      | translate: { name: item.submittedBy ?? '', date: date(item.submittedAt) }
                  }}
                }
              </p>
            </li>
          }
        </ul>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePage {
  readonly store = inject(ReviewQueueStore);
  private readonly i18n = inject(TranslationService);
  readonly languageKey = languageKey;

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), { dateStyle: 'medium' }).format(
      new Date(iso),
    );
  }
}
