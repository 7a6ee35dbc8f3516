import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { LearningApi } from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';

/** `/email-preferences`: whether the learner gets reminders about courses left aside. */
@Component({
  selector: 'academy-email-preferences-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'emailPreferences.title' | translate }}</h1>
      <p>{{ 'emailPreferences.intro' | translate }}</p>
      @if (loading()) {
        <p role="status">{{ 'learning.loading' | translate }}</p>
      } @else if (loadFailed()) {
        <div class="ln-error" role="alert">
          <p>{{ 'emailPreferences.loadError' | translate }}</p>
          <button type="button" class="ln-button" (click)="load()">
            {{ 'catalog.retry' | translate }}
          </button>
        </div>
      } @else {
        <form novalidate (submit)="save($event)">
          <academy-form-alert [message]="error.text()" />
          <academy-form-alert tone="success" [message]="saved.text()" />
          <label class="ln-choice">
            <input
              type="checkbox"
              name="reminders"
              [checked]="reminders()"
              (change)="setReminders($event)"
            />
            <span>{{ 'emailPreferences.reminders' | translate }}</span>
          </label>
          <p class="ln-hint">{{ 'emailPreferences.remindersHint' | translate }}</p>
          <div class="ln-actions">
            <button
              type="submit"
              class="ln-button ln-button--primary"
              [attr.aria-busy]="busy()"
              [disabled]="busy()"
            >
              {{ (busy() ? 'form.working' : 'emailPreferences.save') | translate }}
            </button>
          </div>
        </form>
      }
      <p>
        <a routerLink="/learn">{{ 'learning.title' | translate }}</a>
      </p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailPreferencesPage implements OnInit {
  private readonly api = inject(LearningApi);
  readonly reminders = signal(false);
  readonly loading = signal(true);
  readonly loadFailed = signal(false);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly saved = messageSlot();

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.reminders.set((await this.api.emailPreferences()).reminders);
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  setReminders(event: Event): void {
    this.reminders.set((event.target as HTMLInputElement).checked);
    this.saved.set(null);
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(null);
    try {
      const preferences = await this.api.saveEmailPreferences({ reminders: this.reminders() });
      this.reminders.set(preferences.reminders);
      this.saved.set({ key: 'emailPreferences.saved' });
    } catch (e) {
      this.error.set(apiErrorMessage(toApiError(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
