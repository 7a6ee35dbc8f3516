import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import { TranslatePipe } from '@academy/web/i18n';
import { RelationshipStore } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const GOALS_MAX = 4000;

/**
 * The pair's shared goals: the mentee's goals to start with, rewritten by either of them while
 * they work together. An edit carries the goals it started from; when the other person saved
 * first, the page shows their version and keeps this person's text to save again knowingly.
 */
@Component({
  selector: 'academy-shared-goals',
  imports: [TranslatePipe, FormAlertComponent, FIELD],
  template: `
    @if (goals()) {
      <p class="mt-quote" id="goals-text" tabindex="-1">{{ goals() }}</p>
    } @else {
      <p id="goals-text" tabindex="-1">{{ 'mentoring.relationship.noGoals' | translate }}</p>
    }
    <academy-form-alert tone="success" [message]="done.text()" />
    @if (editing()) {
      <form novalidate (submit)="save($event)">
        <academy-form-alert [message]="error.text()" />
        <academy-field
          fieldId="goals-edit"
          [label]="'mentoring.goals.label' | translate"
          [hint]="'mentoring.goals.hint' | translate"
          [error]="missing() ? ('validation.required' | translate) : null"
        >
          <textarea
            academyFieldControl
            rows="5"
            required
            [attr.maxlength]="maxLength"
            [value]="draft()"
            (input)="draft.set($any($event.target).value)"
          ></textarea>
        </academy-field>
        <div class="mt-actions">
          <button
            type="submit"
            class="mt-button mt-button--primary"
            [disabled]="busy()"
            [attr.aria-busy]="busy()"
          >
            {{ (busy() ? 'mentoring.saving' : 'mentoring.goals.save') | translate }}
          </button>
          <button type="button" class="mt-button" [disabled]="busy()" (click)="cancel()">
            {{ 'mentoring.cancel' | translate }}
          </button>
        </div>
      </form>
    } @else if (canEdit()) {
      <button type="button" class="mt-button" id="goals-edit-open" (click)="open()">
        {{ 'mentoring.goals.edit' | translate }}
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedGoalsComponent {
  readonly goals = input.required<string>();
  readonly canEdit = input(false);
  /** The other person's name, for the message when they changed the goals meanwhile. */
  readonly other = input.required<string>();

  private readonly store = inject(RelationshipStore);
  private readonly injector = inject(Injector);
  readonly maxLength = GOALS_MAX;
  readonly editing = signal(false);
  readonly draft = signal('');
  /** The goals this edit started from (the API checks they are still the stored ones). */
  private readonly startedFrom = signal('');
  readonly missing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  open(): void {
    this.draft.set(this.goals());
    this.startedFrom.set(this.goals());
    this.missing.set(false);
    this.error.set(null);
    this.done.set(null);
    this.editing.set(true);
    focusAfterRender('goals-edit', this.injector);
  }

  cancel(): void {
    this.editing.set(false);
    focusAfterRender('goals-edit-open', this.injector);
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const goals = this.draft().trim();
    this.missing.set(!goals);
    if (!goals) {
      this.error.set({ key: 'validation.summary' });
      document.getElementById('goals-edit')?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.setGoals(goals, this.startedFrom());
      this.editing.set(false);
      this.done.set({ key: 'mentoring.goals.saved', params: { name: this.other() } });
      focusAfterRender('goals-text', this.injector);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'goals_changed') {
        // Show their version above; saving again replaces it, now knowingly.
        await this.store.reload();
        this.startedFrom.set(this.goals());
        this.error.set({ key: 'mentoring.goals.changedMeanwhile', params: { name: this.other() } });
      } else this.error.set(mentoringErrorMessage(error));
      document.getElementById('goals-edit')?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
