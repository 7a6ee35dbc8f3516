import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { CompetenceTag } from '@academy/shared/contracts';
import { CourseEditorStore, removeAt } from '@academy/web/authoring/data-access';
import { CompetencesStore } from '@academy/web/competences/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { docFields } from '../shared/field-a11y';

/** Tags the course with competences: framework, then competence, then an optional target level. */
@Component({
  selector: 'academy-competence-picker',
  imports: [TranslatePipe, DocErrorsComponent],
  template: `
    <fieldset class="au-group" [id]="f.id('competences')">
      <legend>{{ 'authoring.competences.legend' | translate }}</legend>
      @if (doc().competences.length) {
        <ul class="au-list">
          @for (tag of doc().competences; track $index; let i = $index) {
            <li class="au-toolbar">
              <span lang="en">{{ describe(tag) }}</span>
              @if (!f.readOnly()) {
                <button type="button" class="au-button au-button--danger" (click)="remove(i)">
                  {{ 'authoring.competences.remove' | translate: { name: describe(tag) } }}
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="au-hint">{{ 'authoring.competences.none' | translate }}</p>
      }
      @if (!f.readOnly()) {
        <div class="au-row">
          <div class="au-field">
            <label for="pick-framework">{{ 'authoring.competences.framework' | translate }}</label>
            <select id="pick-framework" (change)="pickFramework($any($event.target).value)">
              <option value="">{{ 'authoring.competences.choose' | translate }}</option>
              @for (fw of competences.frameworks(); track fw.code) {
                <option [value]="fw.code" [selected]="fw.code === framework()">
                  {{ fw.title }}
                </option>
              }
            </select>
          </div>
          <div class="au-field">
            <label for="pick-competence">{{
              'authoring.competences.competence' | translate
            }}</label>
            <select
              id="pick-competence"
              [disabled]="!selectedFramework()"
              (change)="competence.set($any($event.target).value)"
            >
              <option value="">{{ 'authoring.competences.choose' | translate }}</option>
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
          </div>
          <div class="au-field">
            <label for="pick-level">{{ 'authoring.competences.level' | translate }}</label>
            <select
              id="pick-level"
              [disabled]="!selectedFramework()?.levels?.length"
              (change)="level.set($any($event.target).value)"
            >
              <option value="">{{ 'authoring.competences.noLevel' | translate }}</option>
              @for (l of selectedFramework()?.levels ?? []; track l.level) {
                <option [value]="l.level" [selected]="'' + l.level === level()">
                  {{ l.level }} · {{ l.name }}
                </option>
              }
            </select>
          </div>
        </div>
        <button type="button" class="au-button" [disabled]="!competence()" (click)="add()">
          {{ 'authoring.competences.add' | translate }}
        </button>
      }
      <academy-doc-errors path="competences" />
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetencePickerComponent {
  private readonly store = inject(CourseEditorStore);
  readonly competences = inject(CompetencesStore);
  readonly f = docFields();
  readonly doc = this.store.document;

  readonly framework = signal('');
  readonly competence = signal('');
  readonly level = signal('');
  readonly selectedFramework = computed(
    () => this.competences.frameworks().find((fw) => fw.code === this.framework()) ?? null,
  );

  pickFramework(code: string): void {
    this.framework.set(code);
    this.competence.set('');
    this.level.set('');
  }

  describe(tag: CompetenceTag): string {
    const fw = this.competences.frameworks().find((f) => f.code === tag.framework);
    const title = fw?.areas.flatMap((a) => a.competences).find((c) => c.code === tag.code)?.title;
    const name = `${fw?.title ?? tag.framework} ${tag.code}${title ? ` ${title}` : ''}`;
    return tag.targetLevel ? `${name} (${tag.targetLevel})` : name;
  }

  add(): void {
    const tag: CompetenceTag = { framework: this.framework(), code: this.competence() };
    if (this.level()) tag.targetLevel = Number(this.level());
    this.store.update((doc) => ({
      ...doc,
      competences: [
        ...doc.competences.filter((t) => !(t.framework === tag.framework && t.code === tag.code)),
        tag,
      ],
    }));
    this.competence.set('');
    this.level.set('');
  }

  remove(index: number): void {
    this.store.update((doc) => ({ ...doc, competences: removeAt(doc.competences, index) }));
  }
}
