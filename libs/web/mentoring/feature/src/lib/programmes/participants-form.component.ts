import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import type { ProgrammeView } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { type UserSummary, UsersApi } from '@academy/web/identity/data-access';
import {
  type ParticipantProblem,
  participantProblems,
  parseUserIds,
  ProgrammeStore,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { focusAfterRender } from '../shared/form-support';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

type Side = 'mentors' | 'mentees';
interface Person {
  id: string;
  label: string;
}

/**
 * Adds people to a draft programme: found by name or email (the users directory partner
 * admins and admins already use), or pasted as user ids. The API takes mentors with an
 * approved offer and mentees with a profile, and names those it refuses.
 */
@Component({
  selector: 'academy-participants-form',
  imports: [TranslatePipe, FormAlertComponent, FIELD],
  template: `
    <form novalidate role="search" (submit)="search($event)">
      <academy-field
        fieldId="people-search"
        [label]="'mentoring.participants.search' | translate"
        [hint]="'mentoring.participants.searchHint' | translate"
      >
        <input
          academyFieldControl
          type="search"
          autocomplete="off"
          [value]="query()"
          (input)="query.set($any($event.target).value)"
        />
      </academy-field>
      <button type="submit" class="mt-button" [disabled]="searching()">
        {{ 'mentoring.participants.find' | translate }}
      </button>
    </form>
    <p class="visually-hidden" role="status">{{ resultsStatus() }}</p>
    @if (results().length) {
      <ul class="mt-list">
        @for (u of results(); track u.id) {
          <li class="person">
            <span>
              {{ u.displayName }} <span class="mt-meta">{{ u.email }}</span>
            </span>
            <span class="mt-actions person__actions">
              <button type="button" class="mt-button" (click)="add('mentors', u)">
                {{ 'mentoring.participants.asMentor' | translate
                }}<span class="visually-hidden">: {{ u.displayName }}</span>
              </button>
              <button type="button" class="mt-button" (click)="add('mentees', u)">
                {{ 'mentoring.participants.asMentee' | translate
                }}<span class="visually-hidden">: {{ u.displayName }}</span>
              </button>
            </span>
          </li>
        }
      </ul>
    }

    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <academy-form-alert tone="success" [message]="done.text()" />
      @for (side of sides; track side) {
        <h4 [id]="'chosen-' + side">
          {{
            (side === 'mentors'
              ? 'mentoring.participants.chosenMentors'
              : 'mentoring.participants.chosenMentees'
            ) | translate: { count: chosen()[side].length }
          }}
        </h4>
        @if (chosen()[side].length) {
          <ul class="mt-list" [attr.aria-labelledby]="'chosen-' + side">
            @for (p of chosen()[side]; track p.id; let i = $index) {
              <li class="person">
                <span>
                  {{ p.label }}
                  @if (problemFor(side, p.id); as problem) {
                    <span class="field-error person__problem">{{ problem.key | translate }}</span>
                  }
                </span>
                <button
                  type="button"
                  class="mt-button"
                  [id]="'remove-' + side + '-' + i"
                  (click)="remove(side, p.id)"
                >
                  {{ 'mentoring.competences.remove' | translate
                  }}<span class="visually-hidden">: {{ p.label }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="mt-meta">{{ 'mentoring.participants.noneChosen' | translate }}</p>
        }
      }
      <details>
        <summary>{{ 'mentoring.participants.pasteTitle' | translate }}</summary>
        <div class="mt-row">
          @for (side of sides; track side) {
            @let notIds = invalid()[side];
            <academy-field
              [fieldId]="'paste-' + side"
              [label]="
                (side === 'mentors'
                  ? 'mentoring.participants.pasteMentors'
                  : 'mentoring.participants.pasteMentees'
                ) | translate
              "
              [hint]="'mentoring.participants.pasteHint' | translate"
              [error]="
                notIds.length
                  ? ('mentoring.participants.notIds' | translate: { values: notIds.join(', ') })
                  : null
              "
            >
              <textarea
                academyFieldControl
                rows="4"
                [value]="pasted()[side]"
                (input)="paste(side, $any($event.target).value)"
              ></textarea>
            </academy-field>
          }
        </div>
      </details>
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.saving' : 'mentoring.participants.add') | translate }}
      </button>
    </form>
  `,
  styles: `
    .person {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      padding-block: 0.25rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .person__actions {
      margin-block: 0.25rem;
    }
    .person__problem {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantsFormComponent {
  readonly programme = input.required<ProgrammeView>();

  private readonly store = inject(ProgrammeStore);
  private readonly users = inject(UsersApi);
  private readonly injector = inject(Injector);
  readonly sides: Side[] = ['mentors', 'mentees'];
  readonly query = signal('');
  readonly searching = signal(false);
  readonly results = signal<UserSummary[]>([]);
  readonly picked = signal<Record<Side, Person[]>>({ mentors: [], mentees: [] });
  readonly pasted = signal<Record<Side, string>>({ mentors: '', mentees: '' });
  readonly problems = signal<ParticipantProblem[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly searchStatus = messageSlot();
  readonly done = messageSlot();

  readonly resultsStatus = this.searchStatus.text;
  /** Everyone to add: picked by name, then pasted ids, once each. */
  readonly chosen = computed<Record<Side, Person[]>>(() => {
    const result = {} as Record<Side, Person[]>;
    for (const side of this.sides) {
      const people = [...this.picked()[side]];
      for (const id of parseUserIds(this.pasted()[side]).ids)
        if (!people.some((p) => p.id === id)) people.push({ id, label: id });
      result[side] = people;
    }
    return result;
  });
  readonly invalid = computed<Record<Side, string[]>>(() => ({
    mentors: parseUserIds(this.pasted().mentors).invalid,
    mentees: parseUserIds(this.pasted().mentees).invalid,
  }));

  async search(event: Event): Promise<void> {
    event.preventDefault();
    const q = this.query().trim();
    if (!q || this.searching()) return;
    this.searching.set(true);
    try {
      const page = await this.users.search({ q, limit: 20 });
      this.results.set(page.items);
      this.searchStatus.set({
        key: 'mentoring.participants.found',
        params: { count: page.items.length },
      });
    } catch (e) {
      this.results.set([]);
      this.searchStatus.set(mentoringErrorMessage(toApiError(e)));
    } finally {
      this.searching.set(false);
    }
  }

  add(side: Side, user: UserSummary): void {
    this.picked.update((picked) =>
      picked[side].some((p) => p.id === user.id)
        ? picked
        : { ...picked, [side]: [...picked[side], { id: user.id, label: user.displayName }] },
    );
    this.searchStatus.set({
      key:
        side === 'mentors'
          ? 'mentoring.participants.addedMentor'
          : 'mentoring.participants.addedMentee',
      params: { name: user.displayName },
    });
  }

  remove(side: Side, id: string): void {
    this.picked.update((picked) => ({
      ...picked,
      [side]: picked[side].filter((p) => p.id !== id),
    }));
    this.pasted.update((pasted) => ({
      ...pasted,
      [side]: parseUserIds(pasted[side])
        .ids.filter((i) => i !== id)
        .join('\n'),
    }));
    this.problems.update((problems) => problems.filter((p) => p.userId !== id));
  }

  paste(side: Side, text: string): void {
    this.pasted.update((pasted) => ({ ...pasted, [side]: text }));
  }

  problemFor(side: Side, id: string): ParticipantProblem | null {
    return this.problems().find((p) => p.list === side && p.userId === id) ?? null;
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const chosen = this.chosen();
    const request = {
      mentors: chosen.mentors.map((p) => p.id),
      mentees: chosen.mentees.map((p) => p.id),
    };
    if (!request.mentors.length && !request.mentees.length) {
      this.error.set({ key: 'mentoring.participants.nobody' });
      focusAfterRender('people-search', this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    this.problems.set([]);
    try {
      await this.store.addParticipants(request);
      this.picked.set({ mentors: [], mentees: [] });
      this.pasted.set({ mentors: '', mentees: '' });
      this.results.set([]);
      this.searchStatus.set(null);
      this.done.set({
        key: 'mentoring.participants.added',
        params: { mentors: request.mentors.length, mentees: request.mentees.length },
      });
      focusAfterRender('participants-heading', this.injector);
    } catch (e) {
      const error = toApiError(e);
      const problems = participantProblems(error.fieldErrors, request);
      this.problems.set(problems);
      this.error.set(
        problems.length
          ? { key: 'mentoring.participants.someRefused', params: { count: problems.length } }
          : mentoringErrorMessage(error),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
