import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ProgrammeView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe } from '@academy/web/i18n';
import {
  menteesForEdit,
  mentorChoices,
  pairEditRequest,
  ProgrammeStore,
  refusalKeys,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/**
 * Changes the draft by hand: take a pair out, give a mentee (one without a mentor, or the one
 * of the pair taken out) a mentor, or both at once (a swap). The API checks the result against
 * the matching rules; a refusal changes nothing and says which rule it would break.
 */
@Component({
  selector: 'academy-pair-edit-form',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      @if (refusals().length) {
        <div class="mt-error" role="alert">
          <p>{{ 'mentoring.edit.refused' | translate }}</p>
          <ul>
            @for (key of refusals(); track key) {
              <li>{{ key | translate }}</li>
            }
          </ul>
        </div>
      }
      <academy-form-alert tone="success" [message]="done.text()" />
      <div class="mt-field">
        <label for="edit-remove">{{ 'mentoring.edit.remove' | translate }}</label>
        <select id="edit-remove" (change)="pick('removePairId', $any($event.target).value)">
          <option value="">{{ 'mentoring.edit.removeNone' | translate }}</option>
          @for (p of programme().pairs; track p.id) {
            <option [value]="p.id" [selected]="p.id === value().removePairId">
              {{
                'mentoring.edit.pairLabel'
                  | translate: { mentor: p.mentor.displayName, mentee: p.mentee.displayName }
              }}
            </option>
          }
        </select>
      </div>
      <div class="mt-row">
        <div class="mt-field">
          <label for="edit-mentee">{{ 'mentoring.edit.mentee' | translate }}</label>
          <select id="edit-mentee" (change)="pick('menteeId', $any($event.target).value)">
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (m of mentees(); track m.userId) {
              <option [value]="m.userId" [selected]="m.userId === value().menteeId">
                {{ m.displayName }}
              </option>
            }
          </select>
        </div>
        <div class="mt-field">
          <label for="edit-mentor">{{ 'mentoring.edit.mentor' | translate }}</label>
          <p class="mt-hint" id="edit-mentor-hint">{{ 'mentoring.edit.mentorHint' | translate }}</p>
          <select
            id="edit-mentor"
            aria-describedby="edit-mentor-hint"
            (change)="pick('mentorId', $any($event.target).value)"
          >
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (m of mentors(); track m.mentorId) {
              <option [value]="m.mentorId" [selected]="m.mentorId === value().mentorId">
                {{
                  'mentoring.edit.mentorOption' | translate: { name: m.displayName, free: m.free }
                }}
              </option>
            }
          </select>
        </div>
      </div>
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.saving' : 'mentoring.edit.apply') | translate }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PairEditFormComponent {
  readonly programme = input.required<ProgrammeView>();

  private readonly store = inject(ProgrammeStore);
  readonly value = signal({ removePairId: '', menteeId: '', mentorId: '' });
  readonly refusals = signal<TranslationKey[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly mentees = computed(() => menteesForEdit(this.programme(), this.value().removePairId));
  readonly mentors = computed(() => mentorChoices(this.programme()));

  pick(field: 'removePairId' | 'menteeId' | 'mentorId', id: string): void {
    this.value.update((v) => ({ ...v, [field]: id }));
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const request = pairEditRequest(this.value());
    this.done.set(null);
    this.refusals.set([]);
    const half = !!this.value().menteeId !== !!this.value().mentorId;
    if (half || (!request.remove.length && !request.add.length)) {
      this.error.set({ key: half ? 'mentoring.edit.both' : 'mentoring.edit.nothing' });
      document.getElementById(this.value().menteeId ? 'edit-mentor' : 'edit-mentee')?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.editPairs(request);
      this.value.set({ removePairId: '', menteeId: '', mentorId: '' });
      this.done.set({ key: 'mentoring.edit.done' });
    } catch (e) {
      const error = toApiError(e);
      // A broken rule is told with its reasons; anything else as usual.
      if (error.code === 'constraint_violated') this.refusals.set(refusalKeys(error.fieldErrors));
      else this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
