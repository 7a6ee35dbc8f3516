import {
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
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { type RadioOption, RadioGroupComponent } from '../shared/radio-group.component';

const ANSWERS: readonly RadioOption<boolean>[] = [
  { value: true, id: 'yes', label: 'mentoring.checkIn.yes' },
  { value: false, id: 'no', label: 'mentoring.checkIn.no' },
];

/**
 * The 30-day check-in (also asked by email): is this pairing working? A "no" ends the
 * relationship, so that the mentee can be matched with someone else.
 */
@Component({
  selector: 'academy-check-in',
  imports: [TranslatePipe, FormAlertComponent, RadioGroupComponent, FIELD],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <academy-radio-group
        groupId="check-in"
        [legend]="'mentoring.checkIn.question' | translate: { name: other() }"
        [hint]="'mentoring.checkIn.hint' | translate"
        [error]="missing() ? ('mentoring.checkIn.required' | translate) : null"
        [options]="answers"
        [inline]="false"
        [value]="working()"
        (valueChange)="choose($event)"
      />
      <academy-field fieldId="check-in-comment" [label]="'mentoring.checkIn.comment' | translate">
        <textarea
          academyFieldControl
          rows="3"
          [attr.maxlength]="maxLength"
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
        ></textarea>
      </academy-field>
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
  readonly answers = ANSWERS;
  readonly working = signal<boolean | null>(null);
  readonly comment = signal('');
  readonly missing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();

  choose(working: boolean | null): void {
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
      focusAfterRender('check-in-yes', this.injector);
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
