import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { TeachingCoursesStore } from '@academy/web/teaching/data-access';

/** "Teaching": the courses whose learners this person follows, with the way to each report. */
@Component({
  selector: 'academy-teaching-courses-page',
  imports: [RouterLink, TranslatePipe],
  providers: [TeachingCoursesStore],
  template: `
    <div class="tc-page">
      <h1>{{ 'teaching.title' | translate }}</h1>
      <p class="tc-lead">{{ 'teaching.courses.intro' | translate }}</p>
      @if (territoryOnly()) {
        <div class="tc-notice">
          <p>{{ 'teaching.courses.territoryNote' | translate }}</p>
        </div>
      }

      @if (store.loading() && store.courses().length === 0) {
        <p role="status">{{ 'teaching.loading' | translate }}</p>
      } @else if (store.forbidden()) {
        <div class="tc-error" role="alert">
          <p>{{ 'page.forbiddenText' | translate }}</p>
        </div>
      } @else if (store.failed()) {
        <div class="tc-error" role="alert">
          <p>{{ 'teaching.courses.error' | translate }}</p>
          <button type="button" class="tc-button" (click)="store.reload()">
            {{ 'catalog.retry' | translate }}
          </button>
        </div>
      } @else if (store.courses().length === 0) {
        <div class="empty-state">
          <h2>{{ 'teaching.courses.emptyTitle' | translate }}</h2>
          <p>{{ 'teaching.courses.emptyText' | translate }}</p>
        </div>
      } @else {
        <ul class="tc-list" [attr.aria-label]="'teaching.courses.listLabel' | translate">
          @for (c of store.courses(); track c.id) {
            <li class="tc-card">
              <h2>{{ c.title }}</h2>
              <p class="tc-meta">
                {{ 'teaching.courses.enrolled' | translate: { count: c.enrolled } }}
              </p>
              <div class="tc-actions">
                <!-- One span: the link is a flex box, which would drop the space in its name. -->
                <a class="cta" [routerLink]="['/teaching/courses', c.id]"
                  ><span
                    >{{ 'teaching.courses.report' | translate
                    }}<span class="visually-hidden">: {{ c.title }}</span></span
                  ></a
                >
                <a [routerLink]="['/teaching/courses', c.id, 'cohorts']"
                  >{{ 'teaching.courses.cohorts' | translate
                  }}<span class="visually-hidden">: {{ c.title }}</span></a
                >
              </div>
            </li>
          }
        </ul>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachingCoursesPage {
  readonly store = inject(TeachingCoursesStore);
  private readonly auth = inject(AuthStore);
  /** Partner admins (not admins) see only their territories' learners, in these counts too. */
  readonly territoryOnly = computed(
    () => this.auth.hasAnyRole(['partner_admin']) && !this.auth.hasAnyRole(['admin']),
  );
}
