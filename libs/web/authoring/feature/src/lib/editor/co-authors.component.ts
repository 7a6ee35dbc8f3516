import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AuthoringApi, CourseEditorStore } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';

interface Candidate {
  id: string;
  displayName: string;
}

/** The course's authors, and a search by name to add trainers as co-authors. */
@Component({
  selector: 'academy-co-authors',
  imports: [TranslatePipe, FormAlertComponent],
  template: `
    @if (store.course(); as course) {
      <section class="au-group" aria-labelledby="coauthors-heading">
        <h2 id="coauthors-heading">{{ 'authoring.coauthors.heading' | translate }}</h2>
        <ul>
          @for (author of course.authors; track author.id) {
            <li>{{ author.displayName }}</li>
          }
        </ul>
        <form role="search" class="au-row" (submit)="find($event)">
          <div class="au-field">
            <label for="coauthor-search">{{ 'authoring.coauthors.search' | translate }}</label>
            <input
              id="coauthor-search"
              type="search"
              [value]="query()"
              (input)="query.set(value($event))"
            />
          </div>
          <button type="submit" class="au-button">
            {{ 'authoring.coauthors.find' | translate }}
          </button>
        </form>
        <p role="status">
          @if (searched()) {
            {{ 'authoring.coauthors.found' | translate: { count: candidates().length } }}
          }
        </p>
        <ul>
          @for (candidate of candidates(); track candidate.id) {
            <li>
              {{ candidate.displayName }}
              <button type="button" class="au-button" (click)="add(candidate)">
                {{ 'authoring.coauthors.add' | translate: { name: candidate.displayName } }}
              </button>
            </li>
          }
        </ul>
        <academy-form-alert [message]="error.text()" />
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoAuthorsComponent {
  readonly store = inject(CourseEditorStore);
  private readonly api = inject(AuthoringApi);
  readonly query = signal('');
  readonly candidates = signal<Candidate[]>([]);
  readonly searched = signal(false);
  readonly error = messageSlot();

  value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  async find(event: Event): Promise<void> {
    event.preventDefault();
    const course = this.store.course();
    if (!course || this.query().trim().length < 2) return;
    this.error.set(null);
    try {
      this.candidates.set(await this.api.authorCandidates(course.id, this.query().trim()));
      this.searched.set(true);
    } catch (e) {
      this.error.set(apiErrorMessage(toApiError(e)));
    }
  }

  async add(candidate: Candidate): Promise<void> {
    this.error.set(null);
    try {
      await this.store.addAuthor(candidate.id);
      this.candidates.update((list) => list.filter((c) => c.id !== candidate.id));
    } catch (e) {
      this.error.set(apiErrorMessage(toApiError(e)));
    }
  }
}
