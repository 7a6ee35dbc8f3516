import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { PrivateNoteView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { RelationshipStore, SESSION_LIMITS } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { sessionTime } from '../shared/format';
import { LoadErrorComponent } from '../shared/load-error.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

/** The pair's private notes: only the two of them can read them (not even the academy's staff). */
@Component({
  selector: 'academy-private-notes',
  imports: [TranslatePipe, FormAlertComponent, FIELD, LoadErrorComponent],
  template: `
    <p class="mt-notice">{{ 'mentoring.notes.private' | translate: { name: other() } }}</p>
    @if (store.notesFailed()) {
      <academy-load-error
        [message]="'mentoring.notes.error' | translate"
        (retry)="store.reloadNotes()"
      />
    } @else if (!store.notesLoaded()) {
      <p role="status">{{ 'mentoring.loading' | translate }}</p>
    } @else if (store.notes().length === 0) {
      <p>{{ 'mentoring.notes.none' | translate }}</p>
    } @else {
      <ol class="mt-list" aria-labelledby="notes-heading">
        @for (note of store.notes(); track note.id) {
          <li class="note">
            <p class="mt-meta">
              {{
                'mentoring.notes.byOn'
                  | translate: { name: author(note), date: when(note.createdAt) }
              }}
            </p>
            <p class="mt-quote">{{ note.text }}</p>
          </li>
        }
      </ol>
    }
    @if (canWrite()) {
      <form novalidate (submit)="submit($event)">
        <academy-form-alert [message]="error.text()" />
        <academy-form-alert tone="success" [message]="done.text()" />
        <academy-field
          fieldId="note-text"
          [label]="'mentoring.notes.add' | translate"
          [error]="missing() ? ('validation.required' | translate) : null"
        >
          <textarea
            academyFieldControl
            rows="4"
            required
            [attr.maxlength]="maxLength"
            [value]="text()"
            (input)="text.set($any($event.target).value)"
          ></textarea>
        </academy-field>
        <button
          type="submit"
          class="mt-button mt-button--primary"
          [disabled]="busy()"
          [attr.aria-busy]="busy()"
        >
          {{ (busy() ? 'mentoring.saving' : 'mentoring.notes.save') | translate }}
        </button>
      </form>
    }
  `,
  styles: `
    .note {
      margin-block-end: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivateNotesComponent {
  /** The signed-in person's user id, to tell their notes from the other's. */
  readonly me = input.required<string>();
  readonly other = input.required<string>();
  readonly canWrite = input(true);

  readonly store = inject(RelationshipStore);
  private readonly i18n = inject(TranslationService);
  readonly maxLength = SESSION_LIMITS.note.max;
  readonly text = signal('');
  readonly missing = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  author(note: PrivateNoteView): string {
    return note.authorId === this.me() ? this.i18n.t('mentoring.notes.you') : this.other();
  }

  when(iso: string): string {
    return sessionTime(iso, this.i18n.language());
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.done.set(null);
    const text = this.text().trim();
    this.missing.set(!text);
    if (!text) {
      this.error.set({ key: 'validation.summary' });
      document.getElementById('note-text')?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.addNote(text);
      this.text.set('');
      this.done.set({ key: 'mentoring.notes.saved' });
    } catch (e) {
      this.error.set(mentoringErrorMessage(toApiError(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
