import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  output,
  signal,
} from '@angular/core';
import type { ProgrammeView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import {
  DEFAULT_WEIGHTS,
  type MatchingObjective,
  PROGRAMME_NAME_MAX,
  type ProgrammeFormProblem,
  type ProgrammeFormValue,
  programmeProblems,
  programmeRequest,
  ProgrammesStore,
  WEIGHT_CRITERIA,
  type WeightCriterion,
} from '@academy/web/mentoring/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { FIELD } from '../shared/field.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';

const PROBLEMS: Readonly<Record<ProgrammeFormProblem, { key: TranslationKey; field: string }>> = {
  name: { key: 'mentoring.programmes.nameInvalid', field: 'programme-name' },
  startsOn: { key: 'validation.required', field: 'programme-starts' },
  endsOn: { key: 'validation.required', field: 'programme-ends' },
  endsBeforeStart: { key: 'mentoring.programmes.endsBeforeStart', field: 'programme-ends' },
  territoryId: { key: 'mentoring.programmes.territoryRequired', field: 'programme-territory' },
  weights: { key: 'mentoring.programmes.weightsInvalid', field: 'weight-competence' },
};

/**
 * "New programme": a name, its dates, its territory (for partner admins of several territories
 * and admins), what the match favours, and optionally how much each criterion weighs.
 */
@Component({
  selector: 'academy-programme-form',
  imports: [TranslatePipe, FormAlertComponent, FIELD],
  template: `
    <form novalidate (submit)="submit($event)">
      <academy-form-alert [message]="error.text()" />
      <academy-field
        fieldId="programme-name"
        [label]="'mentoring.programmes.name' | translate"
        [error]="problemText('name')"
      >
        <input
          academyFieldControl
          autocomplete="off"
          required
          [attr.maxlength]="nameMax"
          [value]="name()"
          (input)="name.set($any($event.target).value)"
        />
      </academy-field>
      <div class="mt-row">
        <academy-field
          fieldId="programme-starts"
          [label]="'mentoring.programmes.startsOn' | translate"
          [error]="problemText('startsOn')"
        >
          <input
            academyFieldControl
            type="date"
            required
            [value]="startsOn()"
            (input)="startsOn.set($any($event.target).value)"
          />
        </academy-field>
        <academy-field
          fieldId="programme-ends"
          [label]="'mentoring.programmes.endsOn' | translate"
          [error]="problemText('endsOn', 'endsBeforeStart')"
        >
          <input
            academyFieldControl
            type="date"
            required
            [value]="endsOn()"
            (input)="endsOn.set($any($event.target).value)"
          />
        </academy-field>
      </div>
      @if (territoryChoices().length > 0 && territoryRequired()) {
        <academy-field
          fieldId="programme-territory"
          [label]="'mentoring.programmes.territory' | translate"
          [error]="problemText('territoryId')"
        >
          <select
            academyFieldControl
            required
            (change)="territoryId.set($any($event.target).value)"
          >
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (t of territoryChoices(); track t.id) {
              <option [value]="t.id" [selected]="t.id === territoryId()">{{ t.name }}</option>
            }
          </select>
        </academy-field>
      }
      <fieldset class="mt-group">
        <legend>{{ 'mentoring.programmes.objective' | translate }}</legend>
        @for (o of objectives; track o) {
          <label class="mt-choice">
            <input
              type="radio"
              name="programme-objective"
              [value]="o"
              [checked]="objective() === o"
              (change)="objective.set(o)"
            />
            <span>{{ objectiveKey(o) | translate }}</span>
          </label>
        }
      </fieldset>
      <details>
        <summary>{{ 'mentoring.programmes.weights' | translate }}</summary>
        <fieldset
          class="mt-group"
          [class.mt-group--invalid]="!!problem('weights')"
          [attr.aria-describedby]="'weights-hint' + (problem('weights') ? ' weights-error' : '')"
        >
          <legend>{{ 'mentoring.programmes.weightsLegend' | translate }}</legend>
          <p class="mt-hint" id="weights-hint">
            {{ 'mentoring.programmes.weightsHint' | translate }}
          </p>
          <div class="mt-row">
            @for (c of criteria; track c) {
              <academy-field
                class="weight"
                [fieldId]="'weight-' + c"
                [label]="criterionKey(c) | translate"
              >
                <input
                  academyFieldControl
                  type="number"
                  inputmode="numeric"
                  min="0"
                  [placeholder]="defaults[c]"
                  [value]="weights()[c] ?? ''"
                  (input)="setWeight(c, $any($event.target).value)"
                />
              </academy-field>
            }
          </div>
          @if (problem('weights'); as p) {
            <p class="field-error" id="weights-error">{{ p | translate }}</p>
          }
        </fieldset>
      </details>
      <button
        type="submit"
        class="mt-button mt-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'mentoring.saving' : 'mentoring.programmes.create') | translate }}
      </button>
    </form>
  `,
  styles: `
    .weight {
      flex: 0 1 9rem !important;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeFormComponent {
  readonly created = output<ProgrammeView>();

  private readonly store = inject(ProgrammesStore);
  private readonly auth = inject(AuthStore);
  private readonly territories = inject(TerritoriesStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly nameMax = PROGRAMME_NAME_MAX;
  readonly criteria = WEIGHT_CRITERIA;
  readonly defaults = DEFAULT_WEIGHTS;
  readonly objectives: MatchingObjective[] = ['max-matched', 'max-score'];

  readonly name = signal('');
  readonly startsOn = signal('');
  readonly endsOn = signal('');
  readonly territoryId = signal('');
  readonly objective = signal<MatchingObjective>('max-matched');
  readonly weights = signal<Record<WeightCriterion, number | null>>(emptyWeights());
  readonly problems = signal<readonly ProgrammeFormProblem[]>([]);
  readonly busy = signal(false);
  readonly error = messageSlot();

  /** The territories this person administers as partner admin (the API takes the only one). */
  private readonly own = computed(() => {
    const byId = new Map<string, string>();
    for (const r of this.auth.user()?.roles ?? [])
      if (r.role === 'partner_admin' && r.territoryId)
        byId.set(r.territoryId, r.territoryName ?? r.territoryId);
    return [...byId].map(([id, name]) => ({ id, name }));
  });
  readonly territoryRequired = computed(() => this.own().length !== 1);
  readonly territoryChoices = computed(() =>
    this.auth.hasAnyRole(['admin'])
      ? this.territories.territories().map((t) => ({ id: t.id, name: t.name }))
      : [...this.own()].sort((a, b) => a.name.localeCompare(b.name)),
  );

  criterionKey(criterion: WeightCriterion): TranslationKey {
    return `mentoring.criterion.${criterion}` satisfies TranslationKey;
  }
  objectiveKey(objective: MatchingObjective): TranslationKey {
    return `mentoring.programmes.objective.${objective}` satisfies TranslationKey;
  }

  problem(kind: ProgrammeFormProblem): TranslationKey | null {
    return this.problems().includes(kind) ? PROBLEMS[kind].key : null;
  }

  /** The message of the first of these problems the form has, in the reader's language. */
  problemText(...kinds: ProgrammeFormProblem[]): string | null {
    const key = kinds.map((kind) => this.problem(kind)).find((k) => k !== null);
    return key ? this.i18n.t(key) : null;
  }

  setWeight(criterion: WeightCriterion, raw: string): void {
    const value = raw.trim() === '' ? null : Number(raw);
    this.weights.update((w) => ({ ...w, [criterion]: value }));
  }

  private value(): ProgrammeFormValue {
    return {
      name: this.name(),
      startsOn: this.startsOn(),
      endsOn: this.endsOn(),
      territoryId: this.territoryId(),
      objective: this.objective(),
      weights: this.weights(),
    };
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const value = this.value();
    const problems = programmeProblems(value, this.territoryRequired());
    this.problems.set(problems);
    if (problems.length) {
      this.error.set({ key: 'validation.summary' });
      this.focus(PROBLEMS[problems[0]].field);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const programme = await this.store.create(programmeRequest(value));
      this.name.set('');
      this.startsOn.set('');
      this.endsOn.set('');
      this.weights.set(emptyWeights());
      this.problems.set([]);
      this.created.emit(programme);
    } catch (e) {
      const error = toApiError(e);
      const fields = new Set(error.fieldErrors.map((f) => f.field));
      const refused: ProgrammeFormProblem[] = [];
      if (fields.has('name')) refused.push('name');
      if (fields.has('startsOn')) refused.push('startsOn');
      if (fields.has('endsOn')) refused.push(value.endsOn ? 'endsBeforeStart' : 'endsOn');
      if (fields.has('territoryId')) refused.push('territoryId');
      this.problems.set(refused);
      this.error.set(mentoringErrorMessage(error));
      if (refused.length) this.focus(PROBLEMS[refused[0]].field);
    } finally {
      this.busy.set(false);
    }
  }

  private focus(id: string): void {
    afterNextRender(
      () => {
        const element = document.getElementById(id);
        // A weight's field is inside the closed "weights" section: open it first.
        element?.closest('details')?.setAttribute('open', '');
        element?.focus();
      },
      { injector: this.injector },
    );
  }
}

function emptyWeights(): Record<WeightCriterion, number | null> {
  return Object.fromEntries(WEIGHT_CRITERIA.map((c) => [c, null])) as Record<
    WeightCriterion,
    number | null
  >;
}
