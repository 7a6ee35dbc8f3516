import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { continueLink, EnrolmentStore } from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { LocaleFormat } from './locale-format';

/**
 * Enrol / Continue on a course's page: a link to sign in for visitors (coming back here
 * afterwards), Enrol for a signed-in learner not enrolled yet, Continue once enrolled, and a
 * Completed badge once done.
 */
@Component({
  selector: 'academy-enrolment-block',
  imports: [MatButtonModule, RouterLink, TranslatePipe, FormAlertComponent],
  providers: [EnrolmentStore],
  template: `
    <div class="enrolment">
      @if (!auth.isAuthenticated()) {
        <p>
          <a class="cta" routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }">{{
            'enrolment.signIn' | translate
          }}</a>
        </p>
        <p class="enrolment__note">
          {{ 'login.noAccount' | translate }}
          <a routerLink="/register">{{ 'nav.register' | translate }}</a>
        </p>
      } @else if (store.failed()) {
        <div class="enrolment__error" role="alert">
          <p>{{ 'enrolment.loadError' | translate }}</p>
          <button mat-stroked-button type="button" (click)="store.reload()">
            {{ 'catalog.retry' | translate }}
          </button>
        </div>
      } @else if (!store.known()) {
        <p class="enrolment__note" role="status">{{ 'enrolment.checking' | translate }}</p>
      } @else {
        @let e = store.enrolment();
        @if (e && e.status === 'completed') {
          <p>
            <span class="enrolment__badge">{{ 'enrolment.completed' | translate }}</span>
            @if (e.completedAt) {
              &ngsp;{{ 'enrolment.completedOn' | translate: { date: format.date(e.completedAt) } }}
            }
          </p>
          <p>
            <a class="cta cta--secondary" [routerLink]="['/learn', e.id]">{{
              'enrolment.review' | translate
            }}</a>
          </p>
        } @else if (e && e.status === 'active') {
          <p>
            {{
              'enrolment.enrolled' | translate: { done: e.progress.done, total: e.progress.total }
            }}
          </p>
          <p>
            <a id="enrolment-continue" class="cta" [routerLink]="continueLink(e)">{{
              (e.progress.done === 0 ? 'enrolment.start' : 'enrolment.continue') | translate
            }}</a>
          </p>
        } @else {
          <p>
            <button
              mat-flat-button
              type="button"
              [attr.aria-busy]="store.busy()"
              [disabled]="store.busy()"
              (click)="enrol()"
            >
              {{ (store.busy() ? 'form.working' : 'enrolment.enrol') | translate }}
            </button>
          </p>
          <p class="enrolment__note">{{ 'enrolment.free' | translate }}</p>
        }
      }
      <academy-form-alert [message]="error.text()" />
      <academy-form-alert tone="success" [message]="success.text()" />
    </div>
  `,
  styles: `
    .enrolment {
      margin-block: 1rem;
      p {
        margin-block: 0.5rem;
      }
    }
    .enrolment__note {
      color: var(--mat-sys-on-surface-variant);
    }
    .enrolment__badge {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: 12px;
      font-weight: 600;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .enrolment__error {
      padding: 0.5rem 1rem;
      border-radius: 8px;
      border-inline-start: 6px solid currentColor;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentBlockComponent {
  readonly courseId = input.required<string>();
  readonly slug = input.required<string>();

  readonly auth = inject(AuthStore);
  readonly store = inject(EnrolmentStore);
  readonly format = inject(LocaleFormat);
  private readonly injector = inject(Injector);
  readonly error = messageSlot();
  readonly success = messageSlot();
  readonly continueLink = continueLink;
  /** Where sign-in brings the visitor back: this course's page. */
  readonly returnUrl = computed(() => `/courses/${encodeURIComponent(this.slug())}`);

  constructor() {
    effect(() => {
      const courseId = this.auth.isAuthenticated() ? this.courseId() : null;
      untracked(() => this.store.load(courseId));
    });
  }

  async enrol(): Promise<void> {
    this.error.set(null);
    try {
      await this.store.enrol();
      this.success.set({ key: 'enrolment.done' });
      // The button is gone: focus moves to the link that starts the course.
      afterNextRender(() => document.getElementById('enrolment-continue')?.focus(), {
        injector: this.injector,
      });
    } catch (e) {
      const error = toApiError(e);
      this.error.set(
        error.code === 'course_not_open' ? { key: 'enrolment.notOpen' } : apiErrorMessage(error),
      );
    }
  }
}
