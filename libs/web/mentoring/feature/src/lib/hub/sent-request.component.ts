import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { MentoringHubStore } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { longDate } from '../shared/format';
import { requestStatusKey } from '../shared/labels';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/** A request this person sent: its status, the mentor's answer, and "Withdraw" while it waits. */
@Component({
  selector: 'academy-sent-request',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  template: `
    @let r = request();
    <h4 [id]="'request-' + r.id" tabindex="-1">
      {{ 'mentoring.requests.to' | translate: { name: r.mentor.displayName } }}
    </h4>
    <p class="mt-meta">
      <span [class]="'mt-chip mt-chip--' + r.status">{{
        requestStatusKey(r.status) | translate
      }}</span>
      {{ 'mentoring.requests.sentOn' | translate: { date: date(r.createdAt) } }}
    </p>
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
      <p>
        <a [routerLink]="['/mentoring/relationships', r.relationshipId]">{{
          'mentoring.relationships.open' | translate: { name: r.mentor.displayName }
        }}</a>
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SentRequestComponent {
  readonly request = input.required<MentorshipRequestView>();

  private readonly store = inject(MentoringHubStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly requestStatusKey = requestStatusKey;
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

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
      afterNextRender(() => document.getElementById(`request-${r.id}`)?.focus(), {
        injector: this.injector,
      });
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'not_pending') this.store.reloadRequests();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
