import {
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { MentoringHubStore, SESSION_LIMITS } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { RelationshipLinkComponent } from '../shared/relationship-link.component';
import { RequestHeadingComponent } from './request-heading.component';

/** A request a mentor received: the mentee's message, and an answer (accept or decline) with a message. */
@Component({
  selector: 'academy-received-request',
  imports: [
    TranslatePipe,
    FormAlertComponent,
    FIELD,
    RelationshipLinkComponent,
    RequestHeadingComponent,
  ],
  template: `
    @let r = request();
    <academy-request-heading
      [request]="r"
      [heading]="'mentoring.requests.from' | translate: { name: r.mentee.displayName }"
    />
    <p class="mt-quote">{{ r.message }}</p>
    @if (r.status === 'pending') {
      <form novalidate (submit)="$event.preventDefault()">
        <academy-form-alert [message]="error.text()" />
        <academy-field
          [fieldId]="'answer-' + r.id"
          [label]="'mentoring.requests.answerLabel' | translate: { name: r.mentee.displayName }"
          [hint]="'mentoring.requests.answerHint' | translate"
          [error]="missing() ? ('mentoring.requests.answerRequired' | translate) : null"
        >
          <textarea
            academyFieldControl
            rows="4"
            required
            [attr.maxlength]="maxLength"
            [value]="message()"
            (input)="message.set($any($event.target).value)"
          ></textarea>
        </academy-field>
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
        <academy-relationship-link
          [relationshipId]="r.relationshipId"
          [name]="r.mentee.displayName"
        />
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceivedRequestComponent {
  readonly request = input.required<MentorshipRequestView>();

  private readonly store = inject(MentoringHubStore);
  private readonly injector = inject(Injector);
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

  async answer(accept: boolean): Promise<void> {
    if (this.busy()) return;
    const id = this.request().id;
    const text = this.message().trim();
    this.missing.set(!text);
    if (!text) {
      this.error.set({ key: 'validation.summary' });
      focusAfterRender(`answer-${id}`, this.injector);
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
}
