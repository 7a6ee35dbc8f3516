import {
  ChangeDetectionStrategy,
  Component,
  computed,
  forwardRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import type { CompetenceLevel } from '@academy/shared/contracts';
import { CompetencesStore } from '@academy/web/competences/data-access';
import { type TranslatedMessage, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { upsertByCode, type WantedCompetenceDraft } from '@academy/web/mentoring/data-access';
import { competenceName, levelName } from './competence-names';
import { FIELD } from './field.component';
import { hintAndErrorIds } from './described-by';
import { focusAfterRender } from './form-support';

type Entry = CompetenceLevel | WantedCompetenceDraft;
const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The competences of a profile, for one form control: a mentor's with the level they can
 * mentor at, a mentee's with where they are and where they want to get. A competence is
 * chosen by framework, then by name; choosing one again replaces its levels.
 */
@Component({
  selector: 'academy-competence-levels',
  imports: [TranslatePipe, FIELD],
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => CompetenceLevelsComponent),
      multi: true,
    },
  ],
  template: `
    @let id = groupId();
    <fieldset
      class="mt-group"
      [class.mt-group--invalid]="!!error()"
      [attr.aria-describedby]="describedBy()"
    >
      <legend>{{ legend() }}</legend>
      <p class="mt-hint" [id]="id + '-hint'">{{ hint() }}</p>
      @if (value().length) {
        <ul class="mt-list">
          @for (entry of value(); track entry.code; let i = $index) {
            <li class="entry">
              <span>{{ describe(entry) }}</span>
              <button
                type="button"
                class="mt-button"
                [id]="id + '-remove-' + i"
                [disabled]="disabled()"
                (click)="remove(i)"
              >
                {{ 'mentoring.competences.remove' | translate
                }}<span class="visually-hidden">: {{ name(entry.code) }}</span>
              </button>
            </li>
          }
        </ul>
      } @else {
        <p class="mt-meta">{{ 'mentoring.competences.none' | translate }}</p>
      }
      <div class="mt-row">
        <academy-field
          [fieldId]="id + '-framework'"
          [label]="'mentoring.competences.framework' | translate"
        >
          <select
            academyFieldControl
            [disabled]="disabled()"
            (change)="pickFramework($any($event.target).value)"
          >
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (fw of competences.frameworks(); track fw.code) {
              <option [value]="fw.code" [selected]="fw.code === framework()">{{ fw.title }}</option>
            }
          </select>
        </academy-field>
        <academy-field
          [fieldId]="id + '-competence'"
          [label]="'mentoring.competences.competence' | translate"
        >
          <select
            academyFieldControl
            [disabled]="disabled() || !selectedFramework()"
            (change)="competence.set($any($event.target).value)"
          >
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (area of selectedFramework()?.areas ?? []; track area.code) {
              <optgroup [label]="area.title">
                @for (c of area.competences; track c.code) {
                  <option [value]="c.code" [selected]="c.code === competence()">
                    {{ c.code }} {{ c.title }}
                  </option>
                }
              </optgroup>
            }
          </select>
        </academy-field>
      </div>
      <div class="mt-row">
        @if (mode() === 'mentee') {
          <academy-field
            [fieldId]="id + '-current'"
            [label]="'mentoring.competences.current' | translate"
          >
            <select
              academyFieldControl
              [disabled]="disabled()"
              (change)="current.set($any($event.target).value)"
            >
              <option value="0" [selected]="current() === '0'">
                {{ 'mentoring.competences.notStarted' | translate }}
              </option>
              @for (l of levels.slice(0, 7); track l) {
                <option [value]="l" [selected]="'' + l === current()">{{ levelLabel(l) }}</option>
              }
            </select>
          </academy-field>
        }
        <academy-field
          [fieldId]="id + levelField().idSuffix"
          [label]="levelField().label | translate"
        >
          <select
            academyFieldControl
            [disabled]="disabled()"
            (change)="level.set($any($event.target).value)"
          >
            <option value="">{{ 'mentoring.competences.choose' | translate }}</option>
            @for (l of levels; track l) {
              <option [value]="l" [selected]="'' + l === level()">{{ levelLabel(l) }}</option>
            }
          </select>
        </academy-field>
      </div>
      @if (addProblem(); as problem) {
        <p class="field-error" [id]="id + '-add-error'">
          {{ problem.key | translate: problem.params }}
        </p>
      }
      <button
        type="button"
        class="mt-button"
        [disabled]="disabled()"
        [attr.aria-describedby]="addProblem() ? id + '-add-error' : null"
        (click)="add()"
      >
        {{ 'mentoring.competences.add' | translate }}
      </button>
      <p class="visually-hidden" role="status">{{ announcement() }}</p>
      @if (error()) {
        <p class="field-error" [id]="id + '-error'">{{ error() }}</p>
      }
    </fieldset>
  `,
  styles: `
    .entry {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding-block: 0.375rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceLevelsComponent implements ControlValueAccessor {
  readonly mode = input.required<'mentor' | 'mentee'>();
  /** Prefix of the ids; the framework's select is `<groupId>-framework` (where focus goes on an error). */
  readonly groupId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input.required<string>();
  readonly max = input(20);
  readonly error = input<string | null>(null);

  readonly competences = inject(CompetencesStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly levels = LEVELS;

  readonly value = signal<readonly Entry[]>([]);
  readonly disabled = signal(false);
  readonly framework = signal('');
  readonly competence = signal('');
  /** The mentor's level, or the mentee's target. */
  readonly level = signal('');
  readonly current = signal('0');
  readonly addProblem = signal<TranslatedMessage | null>(null);
  private readonly lastAction = signal<TranslatedMessage | null>(null);
  readonly announcement = computed(() => {
    const message = this.lastAction();
    return message ? this.i18n.t(message.key, message.params) : '';
  });
  /** The level select: the mentor's level, or the mentee's target (after where they are now). */
  readonly levelField = computed(() =>
    this.mode() === 'mentor'
      ? { idSuffix: '-level', label: 'mentoring.competences.mentorLevel' as const }
      : { idSuffix: '-target', label: 'mentoring.competences.target' as const },
  );
  readonly selectedFramework = computed(
    () => this.competences.frameworks().find((fw) => fw.code === this.framework()) ?? null,
  );

  private onChange: (value: Entry[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  describedBy(): string | null {
    return hintAndErrorIds(this.groupId(), this.hint(), this.error());
  }

  name(code: string): string {
    return competenceName(this.competences.frameworks(), code);
  }

  levelLabel(level: number): string {
    const framework = this.framework();
    return framework
      ? levelName(this.competences.frameworks(), `${framework}:x`, level)
      : String(level);
  }

  describe(entry: Entry): string {
    const competence = this.name(entry.code);
    if ('level' in entry)
      return this.i18n.t('mentoring.competences.mentorEntry', { competence, level: entry.level });
    const current = entry.currentLevel ?? 0;
    const target = entry.targetLevel ?? current + 1;
    return this.i18n.t('mentoring.competences.menteeEntry', { competence, current, target });
  }

  pickFramework(code: string): void {
    this.framework.set(code);
    this.competence.set('');
    this.addProblem.set(null);
  }

  add(): void {
    const framework = this.framework();
    const competence = this.competence();
    const level = Number(this.level());
    const current = Number(this.current());
    let problem: TranslatedMessage | null = null;
    if (!framework || !competence) problem = { key: 'mentoring.competences.chooseCompetence' };
    else if (!level)
      problem = {
        key:
          this.mode() === 'mentor'
            ? 'mentoring.competences.chooseLevel'
            : 'mentoring.competences.chooseTarget',
      };
    else if (this.mode() === 'mentee' && level <= current)
      problem = { key: 'mentoring.competences.targetNotAbove' };
    const code = `${framework}:${competence}`;
    const replacing = this.value().some((e) => e.code === code);
    if (!problem && !replacing && this.value().length >= this.max())
      problem = { key: 'mentoring.competences.tooMany', params: { max: this.max() } };
    this.addProblem.set(problem);
    if (problem) return;
    const entry: Entry =
      this.mode() === 'mentor'
        ? { code, level }
        : { code, currentLevel: current, targetLevel: level };
    this.update(upsertByCode<Entry>(this.value(), entry));
    this.lastAction.set({ key: 'mentoring.competences.added', params: { name: this.name(code) } });
    this.competence.set('');
    this.level.set('');
    this.current.set('0');
  }

  remove(index: number): void {
    const entry = this.value()[index];
    if (!entry) return;
    const next = this.value().filter((_, i) => i !== index);
    this.update(next);
    this.lastAction.set({
      key: 'mentoring.competences.removed',
      params: { name: this.name(entry.code) },
    });
    // The button is gone: focus the next entry's, or the framework's select when none is left.
    const id = next.length
      ? `${this.groupId()}-remove-${Math.min(index, next.length - 1)}`
      : `${this.groupId()}-framework`;
    focusAfterRender(id, this.injector);
  }

  private update(next: Entry[]): void {
    this.value.set(next);
    this.onChange(next);
    this.onTouched();
  }

  writeValue(value: readonly Entry[] | null): void {
    this.value.set(value ?? []);
  }
  registerOnChange(fn: (value: Entry[]) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
