import {
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import type { MentorProfileView } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { MentoringApi } from '@academy/web/mentoring/data-access';
import { messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

export interface PreferredMentor {
  id: string;
  displayName: string;
}

/**
 * The mentee's preferred mentor, optional: someone they already know, found by name or
 * organisation among approved mentors. Programme matches give the preference extra points.
 * It sits inside the profile form, so the search is a button (Enter in its field searches
 * rather than saving the profile).
 */
@Component({
  selector: 'academy-preferred-mentor',
  imports: [TranslatePipe],
  template: `
    <fieldset
      class="mt-group"
      [class.mt-group--invalid]="!!error()"
      [attr.aria-describedby]="error() ? 'preferred-hint preferred-error' : 'preferred-hint'"
    >
      <legend>{{ 'mentoring.preferred.legend' | translate }}</legend>
      <p class="mt-hint" id="preferred-hint">{{ 'mentoring.preferred.hint' | translate }}</p>
      @if (error()) {
        <p class="field-error" id="preferred-error">{{ error() }}</p>
      }
      @if (chosen(); as mentor) {
        <p class="chosen">
          <span id="preferred-chosen" tabindex="-1">{{
            'mentoring.preferred.chosen' | translate: { name: mentor.displayName }
          }}</span>
          <button type="button" class="mt-button" (click)="choose(null)">
            {{ 'mentoring.preferred.remove' | translate: { name: mentor.displayName } }}
          </button>
        </p>
      } @else {
        <p class="mt-meta" id="preferred-chosen" tabindex="-1">
          {{ 'mentoring.preferred.noneChosen' | translate }}
        </p>
      }
      <div class="mt-field">
        <label for="preferred-search">{{ 'mentoring.preferred.search' | translate }}</label>
        <input
          id="preferred-search"
          type="search"
          autocomplete="off"
          [value]="query()"
          (input)="query.set($any($event.target).value)"
          (keydown.enter)="$event.preventDefault(); search()"
        />
      </div>
      <button type="button" class="mt-button" [disabled]="searching()" (click)="search()">
        {{ 'mentoring.preferred.find' | translate }}
      </button>
      <p class="visually-hidden" role="status">{{ status.text() }}</p>
      @if (results().length) {
        <ul class="mt-list" [attr.aria-label]="'mentoring.preferred.results' | translate">
          @for (m of results(); track m.id) {
            <li class="result">
              <span>
                {{ m.displayName }}
                <span class="mt-meta">{{ m.organisation }}</span>
              </span>
              <button type="button" class="mt-button" (click)="choose(m)">
                {{ 'mentoring.preferred.choose' | translate: { name: m.displayName } }}
              </button>
            </li>
          }
        </ul>
      }
    </fieldset>
  `,
  styles: `
    .chosen,
    .result {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .result {
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferredMentorComponent {
  readonly chosen = input<PreferredMentor | null>(null);
  /** The API refused the choice (the offer was withdrawn meanwhile). */
  readonly error = input<string | null>(null);
  readonly changed = output<PreferredMentor | null>();

  private readonly api = inject(MentoringApi);
  private readonly injector = inject(Injector);
  readonly query = signal('');
  readonly results = signal<MentorProfileView[]>([]);
  readonly searching = signal(false);
  readonly status = messageSlot();

  async search(): Promise<void> {
    const q = this.query().trim();
    if (this.searching()) return;
    if (q.length < 2) {
      this.status.set({ key: 'mentoring.preferred.tooShort' });
      return;
    }
    this.searching.set(true);
    try {
      const found = await this.api.findMentors(q);
      this.results.set(found);
      this.status.set({ key: 'mentoring.preferred.found', params: { count: found.length } });
    } catch (e) {
      this.results.set([]);
      this.status.set(mentoringErrorMessage(toApiError(e)));
    } finally {
      this.searching.set(false);
    }
  }

  /** Choosing (or removing) closes the results and says where things stand, with focus there. */
  choose(mentor: MentorProfileView | null): void {
    this.changed.emit(mentor ? { id: mentor.id, displayName: mentor.displayName } : null);
    this.results.set([]);
    this.status.set(
      mentor
        ? { key: 'mentoring.preferred.chosen', params: { name: mentor.displayName } }
        : { key: 'mentoring.preferred.noneChosen' },
    );
    focusAfterRender('preferred-chosen', this.injector);
  }
}
