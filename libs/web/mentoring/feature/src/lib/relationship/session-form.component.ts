import {
  afterNextRender,
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
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    <form novalidate aria-labelledby="propose-heading" (submit)="submit($event)">
      <h3 id="propose-heading">{{ 'mentoring.session.proposeTitle' | translate }}</h3>
      <academy-form-alert [message]="error.text()" />
      <academy-form-alert tone="success" [message]="done.text()" />
      <div class="mt-row">
        <div class="mt-field">
          <label for="session-starts">{{ 'mentoring.session.startsAt' | translate }}</label>
          <p class="mt-hint" id="session-starts-hint">
            {{ 'mentoring.session.startsAtHint' | translate: { zone: zone } }}
          </p>
          <input
            id="session-starts"
            type="datetime-local"
            required
            [min]="minimum"
            [value]="startsAt()"
            [attr.aria-invalid]="has('startsAt') ? 'true' : null"
            [attr.aria-describedby]="
              'session-starts-hint' + (has('startsAt') ? ' session-starts-error' : '')
            "
            (input)="startsAt.set($any($event.target).value)"
          />
          @if (has('startsAt')) {
            <p class="field-error" id="session-starts-error">
              {{ problemKeys.startsAt | translate }}
            </p>
          }
        </div>
        <div class="mt-field">
          <label for="session-duration">{{ 'mentoring.session.duration' | translate }}</label>
          <p class="mt-hint" id="session-duration-hint">
            {{
              'mentoring.session.durationHint'
                | translate: { min: limits.duration.min, max: limits.duration.max }
            }}
          </p>
          <input
            id="session-duration"
            type="number"
            inputmode="numeric"
            required
            step="15"
            [min]="limits.duration.min"
            [max]="limits.duration.max"
            [value]="duration()"
            [attr.aria-invalid]="has('durationMinutes') ? 'true' : null"
            [attr.aria-describedby]="
              'session-duration-hint' + (has('durationMinutes') ? ' session-duration-error' : '')
            "
            (input)="duration.set($any($event.target).value)"
          />
          @if (has('durationMinutes')) {
            <p class="field-error" id="session-duration-error">
              {{ problemKeys.durationMinutes | translate }}
            </p>
          }
        </div>
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
      <div class="mt-field">
        <label for="session-where">{{ whereLabel() | translate }}</label>
        <input
          id="session-where"
          required
          [attr.maxlength]="limits.where.max"
          [value]="where()"
          [attr.aria-invalid]="has('where') ? 'true' : null"
          [attr.aria-describedby]="has('where') ? 'session-where-error' : null"
          (input)="where.set($any($event.target).value)"
        />
        @if (has('where')) {
          <p class="field-error" id="session-where-error">{{ problemKeys.where | translate }}</p>
        }
      </div>
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
      this.focus(FIELD_IDS[problems[0]]);
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
      if (refused.length) this.focus(FIELD_IDS[refused[0]]);
    } finally {
      this.busy.set(false);
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
