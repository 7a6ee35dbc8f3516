import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { Cohort } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { CohortsStore, TeachingCoursesStore } from '@academy/web/teaching/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { calendarDate } from '../shared/format';
import { CohortFormComponent } from './cohort-form.component';
import { CohortImportComponent } from './cohort-import.component';

/** A course's cohorts: the list with their counts, a new cohort, and learners from CSV files. */
@Component({
  selector: 'academy-cohorts-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    CohortFormComponent,
    CohortImportComponent,
  ],
  providers: [CohortsStore, TeachingCoursesStore],
  templateUrl: './cohorts.page.html',
  styles: `
    .facts {
      display: grid;
      // The terms wrap rather than squeeze the values on a phone.
      grid-template-columns: fit-content(45%) 1fr;
      gap: 0.25rem 1rem;
      margin: 0.5rem 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortsPage {
  readonly store = inject(CohortsStore);
  private readonly courses = inject(TeachingCoursesStore);
  private readonly territories = inject(TerritoriesStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  readonly done = messageSlot();
  readonly courseId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('courseId') ?? '')),
    { requireSync: true },
  );
  /** The course's title comes from the list of courses this person follows. */
  readonly course = computed(() => this.courses.course(this.courseId()));

  constructor() {
    effect(() => {
      const id = this.courseId();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const app = this.i18n.t('app.name');
      const page = this.i18n.t('teaching.cohorts.title');
      const course = this.course();
      if (course) this.title.setTitle(`${page} · ${course.title} · ${app}`);
      else if (this.store.forbidden())
        this.title.setTitle(`${this.i18n.t('page.forbidden')} · ${app}`);
    });
  }

  created(cohort: Cohort): void {
    this.done.set({ key: 'teaching.cohorts.created', params: { name: cohort.name } });
    // The new cohort's card is where its learners are added: keyboard users continue there.
    afterNextRender(() => document.getElementById(`cohort-${cohort.id}`)?.focus(), {
      injector: this.injector,
    });
  }

  dates(cohort: Cohort): string {
    const language = this.i18n.language();
    const start = cohort.startsOn ? calendarDate(cohort.startsOn, language) : null;
    const end = cohort.endsOn ? calendarDate(cohort.endsOn, language) : null;
    if (start && end) return this.i18n.t('teaching.cohorts.fromTo', { start, end });
    if (start) return this.i18n.t('teaching.cohorts.startsOn', { date: start });
    if (end) return this.i18n.t('teaching.cohorts.endsOn', { date: end });
    return this.i18n.t('teaching.cohorts.noDates');
  }

  territoryName(id: string): string {
    return this.territories.territories().find((t) => t.id === id)?.name ?? '';
  }

  retry(): void {
    void this.store.reload();
  }
}
