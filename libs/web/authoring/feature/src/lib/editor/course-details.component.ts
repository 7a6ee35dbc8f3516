import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import {
  COURSE_LEVELS,
  COURSE_THEMES,
  type CourseDocument,
  LANGUAGES,
  LEARNER_PROFILES,
} from '@academy/shared/contracts';
import {
  CourseEditorStore,
  removeAt,
  replaceAt,
  type UploadedFile,
} from '@academy/web/authoring/data-access';
import { audienceKey, languageKey, levelKey, themeKey, TranslatePipe } from '@academy/web/i18n';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { FileUploadComponent } from '../shared/file-upload.component';
import { docFields } from '../shared/field-a11y';
import { MarkdownFieldComponent } from '../shared/markdown-field.component';
import { CompetencePickerComponent } from './competence-picker.component';

type ListField = 'audiences' | 'themes';

/** The course's own fields: what it is, for whom, where, and what learners take away. */
@Component({
  selector: 'academy-course-details',
  imports: [
    TranslatePipe,
    DocErrorsComponent,
    MarkdownFieldComponent,
    CompetencePickerComponent,
    FileUploadComponent,
  ],
  templateUrl: './course-details.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseDetailsComponent {
  readonly store = inject(CourseEditorStore);
  readonly territories = inject(TerritoriesStore);
  readonly f = docFields();
  readonly doc = this.store.document;

  readonly languages = LANGUAGES;
  readonly levels = COURSE_LEVELS;
  readonly themes = COURSE_THEMES;
  readonly audiences = LEARNER_PROFILES;
  readonly languageKey = languageKey;
  readonly levelKey = levelKey;
  readonly themeKey = themeKey;
  readonly audienceKey = audienceKey;

  readonly territoryName = computed(() => {
    const id = this.store.territoryId();
    return id ? (this.territories.territories().find((t) => t.id === id)?.name ?? '') : null;
  });

  set<K extends keyof CourseDocument>(key: K, value: CourseDocument[K]): void {
    this.store.update((doc) => ({ ...doc, [key]: value }));
  }

  text(key: 'title' | 'summary' | 'description', event: Event): void {
    this.set(key, (event.target as HTMLInputElement).value);
  }

  hours(event: Event): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.set('estimatedHours', Number.isFinite(value) ? value : 0);
  }

  toggle(key: ListField, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.store.update((doc) => {
      const current = doc[key] as string[];
      const next = checked ? [...current, value] : current.filter((v) => v !== value);
      return { ...doc, [key]: next };
    });
  }

  territory(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.setTerritory(value || null);
  }

  outcome(index: number, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.update((doc) => ({
      ...doc,
      learningOutcomes: replaceAt(doc.learningOutcomes, index, value),
    }));
  }

  addOutcome(): void {
    this.store.update((doc) => ({ ...doc, learningOutcomes: [...doc.learningOutcomes, ''] }));
  }

  removeOutcome(index: number): void {
    this.store.update((doc) => ({
      ...doc,
      learningOutcomes: removeAt(doc.learningOutcomes, index),
    }));
  }

  /** A new picture keeps the description already written for the previous one. */
  setCover(file: UploadedFile): void {
    this.store.update((doc) => ({
      ...doc,
      coverImage: { fileId: file.id, alt: doc.coverImage?.alt ?? '' },
    }));
  }

  coverAlt(event: Event): void {
    const alt = (event.target as HTMLInputElement).value;
    this.store.update((doc) =>
      doc.coverImage ? { ...doc, coverImage: { ...doc.coverImage, alt } } : doc,
    );
  }

  removeCover(): void {
    this.store.update((doc) => {
      const { coverImage: _cover, ...rest } = doc;
      return rest;
    });
  }
}
