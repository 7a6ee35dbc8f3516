import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { MentoringHubStore } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { RelationshipLinkComponent } from '../shared/relationship-link.component';
import { RequestHeadingComponent } from './request-heading.component';

/** A request this person sent: its status, the mentor's answer, and "Withdraw" while it waits. */
@Component({
  selector: 'academy-sent-request',
  imports: [TranslatePipe, FormAlertComponent, RelationshipLinkComponent, RequestHeadingComponent],
  template: `
    @let r = request();
    <academy-request-heading
      [request]="r"
      [heading]="'mentoring.requests.to' | translate: { name: r.mentor.displayName }"
    />
    <details>
      <summary>{{ 'mentoring.requests.yourMessage' | translate }}</summary>
      <p class="mt-quote">{{ r.message }}</p>
    </details>
    @if (r.responseMessage) {
      <p class="mt-meta">
        {{ 'mentoring.requests.theirAnswer' | translate: { name: r.mentor.displayName } }}
      </p>
      <p class="mt-quote">{{ r.responseMessage }}</p>
    }
    <academy-form-alert [message]="error.text()" />
    <academy-form-alert tone="success" [message]="done.text()" />
    @if (r.status === 'pending') {
      <div class="mt-actions">
        <button type="button" class="mt-button" [disabled]="busy()" (click)="withdraw()">
          {{ 'mentoring.requests.withdraw' | translate
          }}<span class="visually-hidden">: {{ r.mentor.displayName }}</span>
        </button>
      </div>
    }
    @if (r.relationshipId) {
      <academy-relationship-link
        [relationshipId]="r.relationshipId"
        [name]="r.mentor.displayName"
      />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SentRequestComponent {
  readonly request = input.required<MentorshipRequestView>();

  private readonly store = inject(MentoringHubStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  async withdraw(): Promise<void> {
    const r = this.request();
    if (this.busy()) return;
    if (!confirm(this.i18n.t('mentoring.requests.withdrawConfirm', { name: r.mentor.displayName })))
      return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.withdraw(r.id);
      this.done.set({
        key: 'mentoring.requests.withdrawn',
        params: { name: r.mentor.displayName },
      });
      focusAfterRender(`request-${r.id}`, this.injector);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'not_pending') this.store.reloadRequests();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
