import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { RubricScores } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';

/** A criterion as the picker shows it: the course's own words, in the course's language. */
export interface RubricLevelsCriterion {
  readonly id: string;
  readonly title: string;
  readonly levels: readonly {
    readonly id: string;
    readonly title: string;
    readonly points: number;
    readonly description?: string;
  }[];
}

/** A level chosen for a criterion. */
export interface RubricLevelChoice {
  criterionId: string;
  levelId: string;
}

/**
 * The id of a level's radio button, for a form that moves the focus to it: `level-<prefix><level>`.
 * The prefix keeps the ids apart when several pickers share a page.
 */
export function rubricLevelId(idPrefix: string, levelId: string): string {
  return `level-${idPrefix}${levelId}`;
}

/**
 * A review's rubric levels: a group of radio buttons per criterion, its legend the criterion,
 * each level with its title, points and description, and "choose a level" on the criteria
 * still missing one. The form around it keeps the scores and hears each choice.
 */
@Component({
  selector: 'academy-rubric-levels',
  imports: [TranslatePipe],
  template: `
    @let prefix = idPrefix();
    @for (c of criteria(); track c.id) {
      @let invalid = missing().includes(c.id);
      <fieldset
        class="rubric-levels__group"
        [class.rubric-levels__group--invalid]="invalid"
        [attr.aria-describedby]="invalid ? 'criterion-error-' + prefix + c.id : null"
      >
        <legend [attr.lang]="language()">{{ c.title }}</legend>
        @if (invalid) {
          <p class="rubric-levels__error" [id]="'criterion-error-' + prefix + c.id">
            {{ 'rubric.chooseLevel' | translate }}
          </p>
        }
        @for (l of c.levels; track l.id) {
          <label class="rubric-levels__choice">
            <input
              type="radio"
              [id]="'level-' + prefix + l.id"
              [name]="'criterion-' + prefix + c.id"
              [value]="l.id"
              [checked]="scores()[c.id] === l.id"
              (change)="chosen.emit({ criterionId: c.id, levelId: l.id })"
            />
            <span>
              <span class="rubric-levels__title" [attr.lang]="language()">{{ l.title }}</span>
              · {{ 'rubric.levelPoints' | translate: { points: l.points } }}
              @if (l.description) {
                <span class="rubric-levels__description" [attr.lang]="language()">{{
                  l.description
                }}</span>
              }
            </span>
          </label>
        }
      </fieldset>
    }
  `,
  styleUrl: './rubric-levels.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricLevelsComponent {
  readonly criteria = input.required<readonly RubricLevelsCriterion[]>();
  readonly scores = input.required<Readonly<RubricScores>>();
  /** The criteria shown as still without a level. */
  readonly missing = input<readonly string[]>([]);
  /** Put in every id and radio group name, so two pickers on a page never clash. */
  readonly idPrefix = input('');
  /** The course's language, for the criteria's and levels' own words. */
  readonly language = input<string | null>(null);
  readonly chosen = output<RubricLevelChoice>();
}
