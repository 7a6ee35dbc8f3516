import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import type { MentorshipRequestView, MentorSuggestion } from '@academy/shared/contracts';
import { type TranslatedMessage, TranslatePipe } from '@academy/web/i18n';
import { MentoringHubStore, SESSION_LIMITS } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { MatchExplanationComponent } from '../shared/match-explanation.component';
import { MentorFactsComponent } from '../shared/mentor-facts.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/**
 * A suggested mentor: who they are, the match score with its explanation, and "Ask for
 * mentoring", which opens a message to them in place.
 */
@Component({
  selector: 'academy-suggestion-card',
  imports: [
    TranslatePipe,
    FormAlertComponent,
    MatchExplanationComponent,
    MentorFactsComponent,
    FIELD,
  ],
  template: `
    @let s = suggestion();
    @let id = s.mentor.id;
    <h3 [id]="'mentor-' + id">{{ s.mentor.displayName }}</h3>
    <p class="score">
      <span>{{ 'mentoring.suggestions.score' | translate: { score: s.score, max: 1000 } }}</span>
    </p>
    <div class="mt-bar" aria-hidden="true"><span [style.width.%]="s.score / 10"></span></div>
    <academy-mentor-facts [mentor]="s.mentor" />
    <details>
      <summary>
        {{ 'mentoring.suggestions.about' | translate: { name: s.mentor.displayName } }}
      </summary>
      <p class="mt-quote">{{ s.mentor.bio }}</p>
    </details>
    <h4 [id]="'why-' + id">{{ 'mentoring.suggestions.why' | translate }}</h4>
    <academy-match-explanation [items]="s.explanation" [folded]="true" />

    @if (pending(); as request) {
      <p class="mt-notice" [id]="'asked-' + id" tabindex="-1">
        {{ 'mentoring.suggestions.asked' | translate: { name: s.mentor.displayName } }}
      </p>
    } @else if (open()) {
      <form novalidate [attr.aria-labelledby]="'ask-title-' + id" (submit)="send($event)">
        <h4 [id]="'ask-title-' + id">
          {{ 'mentoring.ask.title' | translate: { name: s.mentor.displayName } }}
        </h4>
        <academy-form-alert [message]="error.text()" />
        @let problem = messageError();
        <academy-field
          [fieldId]="'ask-message-' + id"
          [label]="'mentoring.ask.message' | translate"
          [hint]="'mentoring.ask.hint' | translate: { min: limits.min, max: limits.max }"
          [error]="problem ? (problem.key | translate: problem.params) : null"
        >
          <textarea
            academyFieldControl
            rows="5"
            required
            [attr.maxlength]="limits.max"
            [value]="message()"
            (input)="message.set($any($event.target).value)"
          ></textarea>
        </academy-field>
        <div class="mt-actions">
          <button
            type="submit"
            class="mt-button mt-button--primary"
            [disabled]="busy()"
            [attr.aria-busy]="busy()"
          >
            {{ (busy() ? 'mentoring.ask.sending' : 'mentoring.ask.send') | translate }}
          </button>
          <button type="button" class="mt-button" [disabled]="busy()" (click)="cancel()">
            {{ 'mentoring.cancel' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <div class="mt-actions">
        <button
          type="button"
          class="mt-button mt-button--primary"
          [id]="'ask-' + id"
          (click)="openForm()"
        >
          {{ 'mentoring.ask.open' | translate
          }}<span class="visually-hidden">: {{ s.mentor.displayName }}</span>
        </button>
      </div>
    }
  `,
  styles: `
    .score {
      margin-block: 0.25rem 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuggestionCardComponent {
  readonly suggestion = input.required<MentorSuggestion>();
  /** This person's request to the mentor still waiting for an answer, if any. */
  readonly pending = input<MentorshipRequestView | null>(null);
  readonly asked = output<MentorshipRequestView>();

  private readonly store = inject(MentoringHubStore);
  private readonly injector = inject(Injector);
  readonly limits = SESSION_LIMITS.requestMessage;
  readonly open = signal(false);
  readonly busy = signal(false);
  readonly message = signal('');
  readonly messageError = signal<TranslatedMessage | null>(null);
  readonly error = messageSlot();
  readonly mentorId = computed(() => this.suggestion().mentor.id);

  openForm(): void {
    this.open.set(true);
    focusAfterRender(`ask-message-${this.mentorId()}`, this.injector);
  }

  cancel(): void {
    this.open.set(false);
    this.messageError.set(null);
    this.error.set(null);
    focusAfterRender(`ask-${this.mentorId()}`, this.injector);
  }

  async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const text = this.message().trim();
    const problem: TranslatedMessage | null =
      text.length < this.limits.min
        ? { key: 'validation.minlength', params: { min: this.limits.min } }
        : text.length > this.limits.max
          ? { key: 'validation.maxlength', params: { max: this.limits.max } }
          : null;
    this.messageError.set(problem);
    if (problem) {
      this.error.set({ key: 'validation.summary' });
      focusAfterRender(`ask-message-${this.mentorId()}`, this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const request = await this.store.requestMentoring(this.mentorId(), text);
      this.open.set(false);
      this.message.set('');
      this.asked.emit(request);
      // The form gives way to "Request sent": keyboard users land on it.
      focusAfterRender(`asked-${this.mentorId()}`, this.injector);
    } catch (e) {
      const error = toApiError(e);
      if (error.fieldErrors.some((f) => f.field === 'message'))
        this.messageError.set({ key: 'validation.server' });
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
