import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { MentoringHubStore, SESSION_LIMITS } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { longDate } from '../shared/format';
import { requestStatusKey } from '../shared/labels';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/** A request a mentor received: the mentee's message, and an answer (accept or decline) with a message. */
@Component({
  selector: 'academy-received-request',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  template: `
    @let r = request();
    <h4 [id]="'request-' + r.id" tabindex="-1">
      {{ 'mentoring.requests.from' | translate: { name: r.mentee.displayName } }}
    </h4>
    <p class="mt-meta">
      <span [class]="'mt-chip mt-chip--' + r.status">{{
        requestStatusKey(r.status) | translate
      }}</span>
      {{ 'mentoring.requests.sentOn' | translate: { date: date(r.createdAt) } }}
    </p>
    <p class="mt-quote">{{ r.message }}</p>
    @if (r.status === 'pending') {
      <form novalidate (submit)="$event.preventDefault()">
        <academy-form-alert [message]="error.text()" />
        <div class="mt-field">
          <label [for]="'answer-' + r.id">{{
            'mentoring.requests.answerLabel' | translate: { name: r.mentee.displayName }
          }}</label>
          <p class="mt-hint" [id]="'answer-hint-' + r.id">
            {{ 'mentoring.requests.answerHint' | translate }}
          </p>
          <textarea
            [id]="'answer-' + r.id"
            rows="4"
            required
            [attr.maxlength]="maxLength"
            [attr.aria-invalid]="missing() ? 'true' : null"
            [attr.aria-describedby]="
              'answer-hint-' + r.id + (missing() ? ' answer-error-' + r.id : '')
            "
            [value]="message()"
            (input)="message.set($any($event.target).value)"
          ></textarea>
          @if (missing()) {
            <p class="field-error" [id]="'answer-error-' + r.id">
              {{ 'mentoring.requests.answerRequired' | translate }}
            </p>
          }
        </div>
        <div class="mt-actions">
          <button
            type="button"
            class="mt-button mt-button--primary"
            [disabled]="busy()"
            (click)="answer(true)"
          >
            {{ 'mentoring.requests.accept' | translate
            }}<span class="visually-hidden">: {{ r.mentee.displayName }}</span>
          </button>
          <button type="button" class="mt-button" [disabled]="busy()" (click)="answer(false)">
            {{ 'mentoring.requests.decline' | translate
            }}<span class="visually-hidden">: {{ r.mentee.displayName }}</span>
          </button>
        </div>
      </form>
    } @else {
      @if (r.responseMessage) {
        <p class="mt-meta">{{ 'mentoring.requests.yourAnswer' | translate }}</p>
        <p class="mt-quote">{{ r.responseMessage }}</p>
      }
      @if (r.relationshipId) {
        <p>
          <a [routerLink]="['/mentoring/relationships', r.relationshipId]">{{
            'mentoring.relationships.open' | translate: { name: r.mentee.displayName }
          }}</a>
        </p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceivedRequestComponent {
  readonly request = input.required<MentorshipRequestView>();

  private readonly store = inject(MentoringHubStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly requestStatusKey = requestStatusKey;
  readonly maxLength = SESSION_LIMITS.answer.max;
  readonly message = signal('');
  readonly missing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();
  /**
   * The answer was given. The request then moves from "waiting" to "answered", so this card
   * is replaced: the page says what happened and moves focus to the request's new place.
   */
  readonly answered = output<MentorshipRequestView>();

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  async answer(accept: boolean): Promise<void> {
    if (this.busy()) return;
    const id = this.request().id;
    const text = this.message().trim();
    this.missing.set(!text);
    if (!text) {
      this.error.set({ key: 'validation.summary' });
      this.focus(`answer-${id}`);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.answered.emit(await this.store.answer(id, accept, text));
    } catch (e) {
      const error = toApiError(e);
      // Answered meanwhile (another tab, or the mentee withdrew): show where it stands.
      if (error.code === 'not_pending') this.store.reloadRequests();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
