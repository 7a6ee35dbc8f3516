import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { CourseStore } from '@academy/web/catalog/data-access';
import { frameworkName, lessonKindKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { CourseFactsComponent } from './course-facts.component';
import { nestHeadings } from '@academy/web/shared/ui';
import { EnrolmentBlockComponent } from './enrolment-block.component';
import { LessonKindIconComponent } from './lesson-kind-icon.component';
import { LocaleFormat } from './locale-format';

/** The public page of a course: what it teaches, to whom, how long it takes, its syllabus. */
@Component({
  selector: 'academy-course-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    LessonKindIconComponent,
    CourseFactsComponent,
    EnrolmentBlockComponent,
  ],
  providers: [CourseStore],
  templateUrl: './course.page.html',
  styleUrl: './course.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursePage {
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  readonly store = inject(CourseStore);
  readonly format = inject(LocaleFormat);

  readonly lessonKindKey = lessonKindKey;
  readonly frameworkName = frameworkName;

  private readonly slug = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('slug') ?? '')),
    { requireSync: true },
  );

  readonly detail = this.store.course;
  readonly published = computed(() => {
    const detail = this.detail();
    return detail ? this.format.date(detail.publishedAt) : '';
  });
  readonly descriptionHtml = computed(() =>
    nestHeadings(this.detail()?.course.descriptionHtml ?? '', 2),
  );
  readonly authors = computed(() =>
    (this.detail()?.authors ?? []).map((a) => a.displayName).join(', '),
  );
  readonly lessonCount = computed(() =>
    (this.detail()?.course.modules ?? []).reduce((sum, m) => sum + m.lessons.length, 0),
  );
  readonly hasChanges = computed(() => {
    const changes = this.detail()?.changes;
    return !!changes && changes.added.length + changes.changed.length + changes.removed.length > 0;
  });
  /** Competence titles are the EU's English ones: screen readers must read them as English. */
  readonly competenceLang = computed(() => (this.i18n.language() === 'en' ? null : 'en'));

  constructor() {
    effect(() => this.store.load(this.slug()));
    // The route's title is generic; the course's own title is what a tab or bookmark should say.
    effect(() => {
      const app = this.i18n.t('app.name');
      const detail = this.detail();
      if (detail) this.title.setTitle(`${detail.course.title} · ${app}`);
      else if (this.store.notFound())
        this.title.setTitle(`${this.i18n.t('course.notFound')} · ${app}`);
    });
  }
}
