import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { MEETING_FORMATS, type MeetingFormatCode } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import {
  isoToLocalInput,
  RelationshipStore,
  SESSION_LIMITS,
  type SessionFormProblem,
  sessionProblems,
  sessionRequest,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { readerTimeZone } from '../shared/format';
import { formatKey } from '../shared/labels';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const PROBLEM_KEYS: Readonly<Record<SessionFormProblem, TranslationKey>> = {
  startsAt: 'mentoring.session.startsAtInvalid',
  durationMinutes: 'mentoring.session.durationInvalid',
  format: 'mentoring.session.formatInvalid',
  where: 'mentoring.session.whereInvalid',
};
const FIELD_IDS: Readonly<Record<SessionFormProblem, string>> = {
  startsAt: 'session-starts',
  durationMinutes: 'session-duration',
  format: 'session-format-online',
  where: 'session-where',
};

/**
 * "Propose a session": when (on the reader's own clock; sent in UTC), how long, online or in
 * person, and the link or the place. The other person confirms it.
 */
@Component({
  selector: 'academy-session-form',
  imports: [TranslatePipe, FormAlertComponent, FIELD],
  template: `
    <form novalidate aria-labelledby="propose-heading" (submit)="submit($event)">
      <h3 id="propose-heading">{{ 'mentoring.session.proposeTitle' | translate }}</h3>
      <academy-form-alert [message]="error.text()" />
      <academy-form-alert tone="success" [message]="done.text()" />
      <div class="mt-row">
        <academy-field
          fieldId="session-starts"
          [label]="'mentoring.session.startsAt' | translate"
          [hint]="'mentoring.session.startsAtHint' | translate: { zone: zone }"
          [error]="has('startsAt') ? (problemKeys.startsAt | translate) : null"
        >
          <input
            academyFieldControl
            type="datetime-local"
            required
            [min]="minimum"
            [value]="startsAt()"
            (input)="startsAt.set($any($event.target).value)"
          />
        </academy-field>
        <academy-field
          fieldId="session-duration"
          [label]="'mentoring.session.duration' | translate"
          [hint]="
            'mentoring.session.durationHint'
              | translate: { min: limits.duration.min, max: limits.duration.max }
          "
          [error]="has('durationMinutes') ? (problemKeys.durationMinutes | translate) : null"
        >
          <input
            academyFieldControl
            type="number"
            inputmode="numeric"
            required
            step="15"
            [min]="limits.duration.min"
            [max]="limits.duration.max"
            [value]="duration()"
            (input)="duration.set($any($event.target).value)"
          />
        </academy-field>
      </div>
      <fieldset class="mt-group" [class.mt-group--invalid]="has('format')">
        <legend>{{ 'mentoring.session.format' | translate }}</legend>
        <div class="mt-choices">
          @for (f of formats; track f) {
            <label class="mt-choice">
              <input
                type="radio"
                name="session-format"
                [id]="'session-format-' + f"
                [value]="f"
                [checked]="format() === f"
                (change)="format.set(f)"
              />
              <span>{{ formatKey(f) | translate }}</span>
            </label>
          }
        </div>
      </fieldset>
      <academy-field
        fieldId="session-where"
        [label]="whereLabel() | translate"
        [error]="has('where') ? (problemKeys.where | translate) : null"
      >
        <input
          academyFieldControl
          required
          [attr.maxlength]="limits.where.max"
          [value]="where()"
          (input)="where.set($any($event.target).value)"
        />
      </academy-field>
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.session.proposing' : 'mentoring.session.propose') | translate }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFormComponent {
  private readonly store = inject(RelationshipStore);
  private readonly injector = inject(Injector);
  readonly limits = SESSION_LIMITS;
  readonly formats = MEETING_FORMATS;
  readonly formatKey = formatKey;
  readonly problemKeys = PROBLEM_KEYS;
  readonly zone = readerTimeZone();
  /** Suggests times from now on; a past time is still accepted (a session to record). */
  readonly minimum = isoToLocalInput(new Date().toISOString());

  readonly startsAt = signal('');
  readonly duration = signal('60');
  readonly format = signal<MeetingFormatCode>('online');
  readonly where = signal('');
  readonly problems = signal<readonly SessionFormProblem[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly whereLabel = computed<TranslationKey>(() =>
    this.format() === 'online' ? 'mentoring.session.whereOnline' : 'mentoring.session.wherePlace',
  );

  has(problem: SessionFormProblem): boolean {
    return this.problems().includes(problem);
  }

  private value() {
    const duration = this.duration().trim();
    return {
      startsAt: this.startsAt(),
      durationMinutes: duration === '' ? null : Number(duration),
      format: this.format(),
      where: this.where(),
    };
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.done.set(null);
    const value = this.value();
    const problems = sessionProblems(value);
    this.problems.set(problems);
    if (problems.length) {
      this.error.set({ key: 'validation.summary' });
      focusAfterRender(FIELD_IDS[problems[0]], this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.proposeSession(sessionRequest(value));
      this.startsAt.set('');
      this.where.set('');
      this.done.set({ key: 'mentoring.session.proposed' });
    } catch (e) {
      const error = toApiError(e);
      const refused = error.fieldErrors
        .map((f) => f.field)
        .filter((f): f is SessionFormProblem => f in FIELD_IDS);
      this.problems.set(refused);
      this.error.set(mentoringErrorMessage(error));
      if (refused.length) focusAfterRender(FIELD_IDS[refused[0]], this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
