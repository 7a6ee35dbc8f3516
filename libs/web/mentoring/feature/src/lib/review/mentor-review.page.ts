import { ChangeDetectionStrategy, Component, inject, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentorProfileView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { MentorReviewStore } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { focusAfterRender } from '../shared/form-support';
import { LoadErrorComponent } from '../shared/load-error.component';
import { MentorFactsComponent } from '../shared/mentor-facts.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/**
 * Offers to mentor waiting for review (trainers and admins see all; partner admins their
 * territory's). An approved mentor is suggested to mentees; a rejected one is not.
 */
@Component({
  selector: 'academy-mentor-review-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    MentorFactsComponent,
    LoadErrorComponent,
  ],
  providers: [MentorReviewStore],
  template: `
    <div class="mt-page">
      <p class="mt-back">
        <a routerLink="/mentoring">{{ 'mentoring.back' | translate }}</a>
      </p>
      <h1 id="review-title" tabindex="-1">{{ 'mentoring.review.title' | translate }}</h1>
      <p class="mt-lead">{{ 'mentoring.review.intro' | translate }}</p>
      <academy-form-alert [message]="error.text()" />
      <academy-form-alert tone="success" [message]="done.text()" />

      @if (store.forbidden()) {
        <p>{{ 'page.forbiddenText' | translate }}</p>
      } @else if (store.loading() && store.pending().length === 0) {
        <p role="status">{{ 'mentoring.loading' | translate }}</p>
      } @else if (store.failed()) {
        <academy-load-error
          [message]="'mentoring.review.error' | translate"
          (retry)="store.reload()"
        />
      } @else if (store.pending().length === 0) {
        <p class="empty-state">{{ 'mentoring.review.none' | translate }}</p>
      } @else {
        <ul class="mt-list">
          @for (m of store.pending(); track m.id; let i = $index) {
            <li class="mt-card">
              <h2 [id]="'offer-' + i" tabindex="-1">{{ m.displayName }}</h2>
              <academy-mentor-facts [mentor]="m" [showCompetences]="true" />
              <h3>{{ 'mentoring.review.bio' | translate }}</h3>
              <p class="mt-quote">{{ m.bio }}</p>
              <div class="mt-actions">
                <button
                  type="button"
                  class="mt-button mt-button--primary"
                  [disabled]="busyId() !== null"
                  [attr.aria-busy]="busyId() === m.id"
                  (click)="review(m, true, i)"
                >
                  {{ 'mentoring.review.approve' | translate
                  }}<span class="visually-hidden">: {{ m.displayName }}</span>
                </button>
                <button
                  type="button"
                  class="mt-button mt-button--danger"
                  [disabled]="busyId() !== null"
                  (click)="review(m, false, i)"
                >
                  {{ 'mentoring.review.reject' | translate
                  }}<span class="visually-hidden">: {{ m.displayName }}</span>
                </button>
              </div>
            </li>
          }
        </ul>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorReviewPage {
  readonly store = inject(MentorReviewStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly busyId = signal<string | null>(null);
  readonly error = messageSlot();
  readonly done = messageSlot();

  async review(mentor: MentorProfileView, approve: boolean, index: number): Promise<void> {
    if (this.busyId()) return;
    if (
      !approve &&
      !confirm(this.i18n.t('mentoring.review.rejectConfirm', { name: mentor.displayName }))
    )
      return;
    this.busyId.set(mentor.id);
    this.error.set(null);
    this.done.set(null);
    try {
      await this.store.review(mentor.id, approve);
      this.done.set({
        key: approve ? 'mentoring.review.approved' : 'mentoring.review.rejected',
        params: { name: mentor.displayName },
      });
      // The card is gone: continue with the next offer (now at the same place), or the title.
      const left = this.store.pending().length;
      const id = left ? `offer-${Math.min(index, left - 1)}` : 'review-title';
      focusAfterRender(id, this.injector);
    } catch (e) {
      const error = toApiError(e);
      if (error.status === 404 || error.status === 403) this.store.reload();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busyId.set(null);
    }
  }
}
