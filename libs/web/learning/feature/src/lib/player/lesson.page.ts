import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { DomSanitizer, Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { lessonKindKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  fileSize,
  findLesson,
  neighbours,
  PlayerStore,
  type PublicArticleLesson,
  type PublicAssignmentLesson,
  type PublicQuizLesson,
  type PublicResourceLesson,
  type PublicVideoLesson,
} from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot, nestHeadings } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { lessonStatusKey } from '../shared/labels';
import { learningErrorMessage } from '../shared/learning-errors';
import { LessonStatusIconComponent } from '../shared/lesson-status-icon.component';
import { videoEmbedUrl, videoHost } from '../shared/video-embed';
import { AssignmentComponent } from './assignment.component';
import { QuizComponent } from './quiz.component';

/** One lesson in the player: its content by kind, "Mark as done", and the way on. */
@Component({
  selector: 'academy-lesson-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    LessonStatusIconComponent,
    QuizComponent,
    AssignmentComponent,
  ],
  templateUrl: './lesson.page.html',
  styleUrl: './lesson.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonPage {
  readonly store = inject(PlayerStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly injector = inject(Injector);

  readonly lessonKindKey = lessonKindKey;
  readonly lessonStatusKey = lessonStatusKey;
  readonly error = messageSlot();
  readonly busy = signal(false);

  readonly lessonId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('lessonId') ?? '')),
    { requireSync: true },
  );
  readonly entry = computed(() => findLesson(this.store.plan(), this.lessonId()));
  /** One item while a lesson is shown: the lesson's parts are rebuilt for each lesson. */
  readonly shown = computed(() => {
    const entry = this.entry();
    return entry ? [entry] : [];
  });
  readonly lesson = computed(() => this.entry()?.lesson ?? null);
  readonly around = computed(() => neighbours(this.store.plan(), this.lessonId()));
  readonly status = computed(() => this.store.status(this.lessonId()));
  readonly language = computed(() => this.store.course()?.language ?? null);
  /** Articles, videos and resources are marked done by the learner; quizzes and assignments by their results. */
  readonly markable = computed(() => {
    const kind = this.lesson()?.kind;
    return kind === 'article' || kind === 'video' || kind === 'resource';
  });

  readonly article = computed(() => this.narrow<PublicArticleLesson>('article'));
  readonly video = computed(() => this.narrow<PublicVideoLesson>('video'));
  readonly resource = computed(() => this.narrow<PublicResourceLesson>('resource'));
  readonly quiz = computed(() => this.narrow<PublicQuizLesson>('quiz'));
  readonly assignment = computed(() => this.narrow<PublicAssignmentLesson>('assignment'));

  // The lesson title is an h2 (the course's is the h1): authors' headings go under it.
  readonly articleHtml = computed(() => nestHeadings(this.article()?.bodyHtml ?? '', 2));
  readonly transcriptHtml = computed(() => nestHeadings(this.video()?.transcriptHtml ?? '', 3));
  readonly resourceHtml = computed(() => nestHeadings(this.resource()?.descriptionHtml ?? '', 2));
  readonly embedUrl = computed(() => {
    const video = this.video();
    const url = video ? videoEmbedUrl(video.url) : null;
    // Only https addresses of the video hosts' players get here (see videoEmbedUrl).
    return url ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  readonly videoHost = computed(() => videoHost(this.video()?.url ?? ''));
  readonly fileSize = computed(() => {
    const file = this.resource()?.file;
    return file ? fileSize(file.size, this.i18n.language()) : '';
  });

  constructor() {
    this.recordVisits();
    this.followTitle();
    this.focusOnLessonChange();
  }

  async markDone(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.store.markDone(this.lessonId());
      // The button is replaced by the "done" line: focus follows it (or the success message).
      this.focus(result.courseCompleted ? 'course-completed' : 'lesson-done');
    } catch (e) {
      this.error.set(learningErrorMessage(toApiError(e)));
    } finally {
      this.busy.set(false);
    }
  }

  private narrow<T extends { kind: string }>(kind: T['kind']): T | null {
    const lesson = this.lesson();
    return lesson?.kind === kind ? (lesson as unknown as T) : null;
  }

  /** Each lesson opened is recorded once per visit, as "where I left off". */
  private recordVisits(): void {
    let last: string | null = null;
    effect(() => {
      const entry = this.entry();
      if (!entry || entry.lesson.id === last) return;
      last = entry.lesson.id;
      untracked(() => this.store.visit(entry.lesson.id));
    });
  }

  /** "Lesson · Course · Academy": what a tab or a bookmark should say. */
  private followTitle(): void {
    effect(() => {
      const lesson = this.lesson();
      const course = this.store.course();
      const app = this.i18n.t('app.name');
      if (lesson && course) this.title.setTitle(`${lesson.title} · ${course.title} · ${app}`);
      else if (course) this.title.setTitle(`${this.i18n.t('learning.lesson.notFound')} · ${app}`);
    });
  }

  /**
   * Moving from lesson to lesson, keyboard and screen-reader users start at the new lesson's
   * title rather than at the top of the player (the first lesson shown keeps the app's focus).
   */
  private focusOnLessonChange(): void {
    let shown: string | null = null;
    effect(() => {
      const id = this.entry()?.lesson.id ?? null;
      if (!id || id === shown) return;
      const first = shown === null;
      shown = id;
      if (!first) untracked(() => this.focus('lesson-title'));
    });
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
