import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  type AssignmentLesson,
  newCriterion,
  newLevel,
  removeAt,
  replaceAt,
  type RubricCriterion,
  type RubricLevel,
} from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { LessonPartEditor } from './lesson-base';

/** An assignment's rubric: criteria, each with levels worth some points. */
@Component({
  selector: 'academy-rubric-builder',
  imports: [TranslatePipe, DocErrorsComponent],
  template: `
    @let p = path() + '.rubric.criteria';
    <academy-doc-errors [path]="p" />
    @for (c of lesson().rubric.criteria; track c.id; let ci = $index) {
      <fieldset class="au-group">
        <legend>{{ 'authoring.rubric.criterion' | translate: { number: ci + 1 } }}</legend>
        <div class="au-field">
          <label [for]="f.id(p + '.' + ci + '.title')">{{
            'authoring.rubric.criterionTitle' | translate
          }}</label>
          <input
            [id]="f.id(p + '.' + ci + '.title')"
            [value]="c.title"
            [readOnly]="f.readOnly()"
            [attr.aria-invalid]="f.invalid(p + '.' + ci + '.title')"
            [attr.aria-describedby]="f.describedBy(p + '.' + ci + '.title')"
            (input)="criterion(ci, { title: value($event) })"
          />
          <academy-doc-errors [path]="p + '.' + ci + '.title'" />
        </div>
        @for (l of c.levels; track l.id; let li = $index) {
          @let lp = p + '.' + ci + '.levels.' + li;
          <fieldset class="au-group">
            <legend>{{ 'authoring.rubric.level' | translate: { number: li + 1 } }}</legend>
            <div class="au-row">
              <div class="au-field">
                <label [for]="f.id(lp + '.title')">{{
                  'authoring.rubric.levelTitle' | translate
                }}</label>
                <input
                  [id]="f.id(lp + '.title')"
                  [value]="l.title"
                  [readOnly]="f.readOnly()"
                  [attr.aria-invalid]="f.invalid(lp + '.title')"
                  [attr.aria-describedby]="f.describedBy(lp + '.title')"
                  (input)="level(ci, li, { title: value($event) })"
                />
                <academy-doc-errors [path]="lp + '.title'" />
              </div>
              <div class="au-field">
                <label [for]="f.id(lp + '.points')">{{
                  'authoring.rubric.points' | translate
                }}</label>
                <input
                  type="number"
                  min="0"
                  max="100"
                  [id]="f.id(lp + '.points')"
                  [value]="l.points"
                  [readOnly]="f.readOnly()"
                  (input)="level(ci, li, { points: +value($event) || 0 })"
                />
              </div>
            </div>
            <div class="au-field">
              <label [for]="f.id(lp + '.description')">{{
                'authoring.rubric.description' | translate
              }}</label>
              <input
                [id]="f.id(lp + '.description')"
                [value]="l.description ?? ''"
                [readOnly]="f.readOnly()"
                (input)="level(ci, li, { description: value($event) || undefined })"
              />
            </div>
            @if (!f.readOnly() && c.levels.length > 2) {
              <button
                type="button"
                class="au-button au-button--danger"
                (click)="removeLevel(ci, li)"
              >
                {{ 'authoring.rubric.removeLevel' | translate: { number: li + 1 } }}
              </button>
            }
          </fieldset>
        }
        @if (!f.readOnly()) {
          <div class="au-toolbar">
            <button type="button" class="au-button" (click)="addLevel(ci)">
              {{ 'authoring.rubric.addLevel' | translate }}
            </button>
            @if (lesson().rubric.criteria.length > 1) {
              <button
                type="button"
                class="au-button au-button--danger"
                (click)="removeCriterion(ci)"
              >
                {{ 'authoring.rubric.removeCriterion' | translate: { number: ci + 1 } }}
              </button>
            }
          </div>
        }
      </fieldset>
    }
    @if (!f.readOnly()) {
      <button type="button" class="au-button" (click)="addCriterion()">
        {{ 'authoring.rubric.addCriterion' | translate }}
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricBuilderComponent extends LessonPartEditor<AssignmentLesson> {
  private criteria(change: (criteria: RubricCriterion[]) => RubricCriterion[]): void {
    this.patch((l) => ({ ...l, rubric: { criteria: change(l.rubric.criteria) } }));
  }

  criterion(index: number, change: Partial<RubricCriterion>): void {
    this.criteria((list) => replaceAt(list, index, { ...list[index], ...change }));
  }

  level(ci: number, li: number, change: Partial<RubricLevel>): void {
    this.criteria((list) => {
      const levels = list[ci].levels;
      const next = { ...levels[li], ...change };
      if (next.description === undefined) delete next.description;
      return replaceAt(list, ci, { ...list[ci], levels: replaceAt(levels, li, next) });
    });
  }

  addLevel(ci: number): void {
    this.criteria((list) =>
      replaceAt(list, ci, {
        ...list[ci],
        levels: [...list[ci].levels, newLevel(list[ci].levels.length)],
      }),
    );
  }

  removeLevel(ci: number, li: number): void {
    this.criteria((list) =>
      replaceAt(list, ci, { ...list[ci], levels: removeAt(list[ci].levels, li) }),
    );
  }

  addCriterion(): void {
    this.criteria((list) => [...list, newCriterion()]);
  }

  removeCriterion(ci: number): void {
    this.criteria((list) => removeAt(list, ci));
  }
}
