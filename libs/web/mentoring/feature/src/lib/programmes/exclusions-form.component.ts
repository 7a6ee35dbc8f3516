import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { ProgrammeExclusionView, ProgrammeView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import { ProgrammeStore, refusalKeys } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const REASON_MAX = 300;

/**
 * Pairs the organisers rule out of the round (a conflict of interest, a past clash): the match
 * never proposes them and edits that make them are refused. Excluding a drafted pair takes it
 * out of the draft. While the match is a draft, an exclusion can be lifted.
 */
@Component({
  selector: 'academy-exclusions-form',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    @let p = programme();
    @if (p.exclusions.length) {
      <ul class="mt-list" aria-labelledby="exclusions-heading">
        @for (e of p.exclusions; track e.mentee.userId + e.mentor.id) {
          <li class="mt-card">
            <p>
              {{
                'mentoring.exclusions.pair'
                  | translate: { mentor: e.mentor.displayName, mentee: e.mentee.displayName }
              }}
            </p>
            @if (e.reason) {
              <p class="mt-quote">{{ e.reason }}</p>
            }
            @if (draft()) {
              <button type="button" class="mt-button" [disabled]="busy()" (click)="allow(e)">
                {{
                  'mentoring.exclusions.allow'
                    | translate: { mentor: e.mentor.displayName, mentee: e.mentee.displayName }
                }}
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'mentoring.exclusions.none' | translate }}</p>
    }
    <!-- What the last change did; once published, exclusions no longer change. -->
    <academy-form-alert tone="success" [message]="draft() ? done.text() : null" />
    @if (draft()) {
      <form novalidate aria-labelledby="exclude-title" (submit)="submit($event)">
        <h4 id="exclude-title">{{ 'mentoring.exclusions.addTitle' | translate }}</h4>
        <academy-form-alert [message]="error.text()" />
        @if (refusals().length) {
          <div class="mt-error" role="alert">
            <ul>
              @for (key of refusals(); track key) {
                <li>{{ key | translate }}</li>
              }
            </ul>
          </div>
        }
        <div class="mt-row">
          <div class="mt-field">
            <label for="exclude-mentee">{{ 'mentoring.edit.mentee' | translate }}</label>
            <select id="exclude-mentee" (change)="pick('menteeId', $any($event.target).value)">
              <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
              @for (m of p.mentees; track m.userId) {
                <option [value]="m.userId" [selected]="m.userId === value().menteeId">
                  {{ m.displayName }}
                </option>
              }
            </select>
          </div>
          <div class="mt-field">
            <label for="exclude-mentor">{{ 'mentoring.edit.mentor' | translate }}</label>
            <select id="exclude-mentor" (change)="pick('mentorId', $any($event.target).value)">
              <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
              @for (m of p.mentors; track m.id) {
                <option [value]="m.id" [selected]="m.id === value().mentorId">
                  {{ m.displayName }}
                </option>
              }
            </select>
          </div>
        </div>
        <div class="mt-field">
          <label for="exclude-reason">{{ 'mentoring.exclusions.reason' | translate }}</label>
          <p class="mt-hint" id="exclude-reason-hint">
            {{ 'mentoring.exclusions.reasonHint' | translate: { max: reasonMax } }}
          </p>
          <input
            id="exclude-reason"
            type="text"
            [attr.maxlength]="reasonMax"
            aria-describedby="exclude-reason-hint"
            [value]="value().reason"
            (input)="pick('reason', $any($event.target).value)"
          />
        </div>
        <button
          type="submit"
          class="mt-button"
          [disabled]="busy()"
          [attr.aria-busy]="busy()"
        >
          {{ (busy() ? 'mentoring.saving' : 'mentoring.exclusions.add') | translate }}
        </button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExclusionsFormComponent {
  readonly programme = input.required<ProgrammeView>();
  readonly draft = input.required<boolean>();

  private readonly store = inject(ProgrammeStore);
  readonly reasonMax = REASON_MAX;
  readonly value = signal({ menteeId: '', mentorId: '', reason: '' });
  readonly refusals = signal<TranslationKey[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  pick(field: 'menteeId' | 'mentorId' | 'reason', value: string): void {
    this.value.update((v) => ({ ...v, [field]: value }));
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { menteeId, mentorId, reason } = this.value();
    if (!menteeId || !mentorId) {
      this.error.set({ key: 'mentoring.edit.both' });
      document.getElementById(menteeId ? 'exclude-mentor' : 'exclude-mentee')?.focus();
      return;
    }
    const names = this.names(menteeId, mentorId);
    await this.act(async () => {
      await this.store.exclude({ menteeId, mentorId, reason: reason.trim() });
      this.value.set({ menteeId: '', mentorId: '', reason: '' });
      this.done.set({ key: 'mentoring.exclusions.added', params: names });
    });
  }

  async allow(exclusion: ProgrammeExclusionView): Promise<void> {
    await this.act(async () => {
      await this.store.allow(exclusion.mentee.userId, exclusion.mentor.id);
      this.done.set({
        key: 'mentoring.exclusions.allowed',
        params: { mentor: exclusion.mentor.displayName, mentee: exclusion.mentee.displayName },
      });
      // The button is gone with its pair: continue from the form.
      document.getElementById('exclude-mentee')?.focus();
    });
  }

  private names(menteeId: string, mentorId: string) {
    const p = this.programme();
    return {
      mentee: p.mentees.find((m) => m.userId === menteeId)?.displayName ?? '',
      mentor: p.mentors.find((m) => m.id === mentorId)?.displayName ?? '',
    };
  }

  private async act(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    this.refusals.set([]);
    try {
      await action();
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'constraint_violated') this.refusals.set(refusalKeys(error.fieldErrors));
      else this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
