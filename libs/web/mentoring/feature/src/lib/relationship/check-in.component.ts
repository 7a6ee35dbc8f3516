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
import type { RelationshipView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  checkInRequest,
  RelationshipStore,
  SESSION_LIMITS,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/**
 * The 30-day check-in (also asked by email): is this pairing working? A "no" ends the
 * relationship, so that the mentee can be matched with someone else.
 */
@Component({
  selector: 'academy-check-in',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <fieldset
        class="mt-group"
        [class.mt-group--invalid]="missing()"
        [attr.aria-describedby]="'check-in-hint' + (missing() ? ' check-in-error' : '')"
      >
        <legend>{{ 'mentoring.checkIn.question' | translate: { name: other() } }}</legend>
        <p class="mt-hint" id="check-in-hint">{{ 'mentoring.checkIn.hint' | translate }}</p>
        @if (missing()) {
          <p class="field-error" id="check-in-error">
            {{ 'mentoring.checkIn.required' | translate }}
          </p>
        }
        <label class="mt-choice">
          <input
            type="radio"
            name="check-in"
            id="check-in-yes"
            [checked]="working() === true"
            (change)="choose(true)"
          />
          <span>{{ 'mentoring.checkIn.yes' | translate }}</span>
        </label>
        <label class="mt-choice">
          <input
            type="radio"
            name="check-in"
            id="check-in-no"
            [checked]="working() === false"
            (change)="choose(false)"
          />
          <span>{{ 'mentoring.checkIn.no' | translate }}</span>
        </label>
      </fieldset>
      <div class="mt-field">
        <label for="check-in-comment">{{ 'mentoring.checkIn.comment' | translate }}</label>
        <textarea
          id="check-in-comment"
          rows="3"
          [attr.maxlength]="maxLength"
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
        ></textarea>
      </div>
      @if (working() === false) {
        <p class="mt-notice">{{ 'mentoring.checkIn.endsIt' | translate }}</p>
      }
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.saving' : 'mentoring.checkIn.send') | translate }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInComponent {
  readonly other = input.required<string>();
  /** Answered: the relationship as it now is (closed after a "no"). */
  readonly answered = output<{ working: boolean; relationship: RelationshipView | null }>();

  private readonly store = inject(RelationshipStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly maxLength = SESSION_LIMITS.survey.max;
  readonly working = signal<boolean | null>(null);
  readonly comment = signal('');
  readonly missing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();

  choose(working: boolean): void {
    this.working.set(working);
    this.missing.set(false);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const request = checkInRequest(this.working(), this.comment());
    this.missing.set(this.working() === null);
    if (!request) {
      this.error.set({ key: 'validation.summary' });
      afterNextRender(() => document.getElementById('check-in-yes')?.focus(), {
        injector: this.injector,
      });
      return;
    }
    if (
      !request.working &&
      !confirm(this.i18n.t('mentoring.checkIn.confirmNo', { name: this.other() }))
    )
      return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const relationship = await this.store.checkIn(request);
      this.answered.emit({ working: request.working, relationship });
    } catch (e) {
      const error = toApiError(e);
      // Answered before (another tab, the email): nothing more to ask.
      if (error.code === 'answered')
        this.answered.emit({ working: request.working, relationship: null });
      else this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
