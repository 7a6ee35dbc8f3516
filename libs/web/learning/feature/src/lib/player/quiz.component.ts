import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import type { QuizResult } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import {
  buildSubmission,
  canRetry,
  chooseOption,
  LearningApi,
  newAttemptId,
  optionTexts,
  pairResults,
  PlayerStore,
  type PublicQuestion,
  type PublicQuizLesson,
  type QuizAnswers,
  unansweredQuestions,
} from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { fieldIds, learningErrorMessage } from '../shared/learning-errors';

type Mode = 'loading' | 'form' | 'result';

/**
 * A quiz: one fieldset per question, then the result with feedback on every question. Each
 * attempt has its own id, kept when the same answers are sent again after a failure (so a
 * lost answer from the server never costs an attempt), and renewed for "Try again".
 */
@Component({
  selector: 'academy-quiz',
  imports: [TranslatePipe, FormAlertComponent],
  templateUrl: './quiz.component.html',
  styleUrl: './quiz.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizComponent implements OnInit {
  readonly lesson = input.required<PublicQuizLesson>();
  /** The course's language, for the questions' text. */
  readonly language = input<string | null>(null);

  private readonly api = inject(LearningApi);
  private readonly store = inject(PlayerStore);
  private readonly injector = inject(Injector);

  readonly mode = signal<Mode>('loading');
  /** Earlier attempts, newest first. */
  readonly attempts = signal<QuizResult[]>([]);
  readonly result = signal<QuizResult | null>(null);
  readonly answers = signal<QuizAnswers>({});
  readonly missing = signal<readonly string[]>([]);
  readonly submitting = signal(false);
  readonly error = messageSlot();
  private attemptId = newAttemptId();

  readonly questions = computed(() => this.lesson().questions);
  readonly state = computed(
    () =>
      this.result()?.quiz ??
      this.attempts()[0]?.quiz ??
      this.store.progress()?.lessons[this.lesson().id]?.quiz ??
      null,
  );
  readonly canRetry = computed(() => {
    const state = this.state();
    return state ? canRetry(state) : true;
  });
  readonly outOfAttempts = computed(() => {
    const state = this.state();
    return !!state && !state.passed && state.attemptsLeft === 0;
  });
  readonly answered = computed(() => {
    const result = this.result();
    return result ? pairResults(this.questions(), result.questions) : [];
  });

  ngOnInit(): void {
    void this.load();
  }

  chosen(questionId: string, optionId: string): boolean {
    return this.answers()[questionId]?.includes(optionId) ?? false;
  }

  isMissing(questionId: string): boolean {
    return this.missing().includes(questionId);
  }

  choose(question: PublicQuestion, optionId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.answers.update((answers) => chooseOption(answers, question, optionId, checked));
    if (this.isMissing(question.id)) {
      this.missing.update((ids) => ids.filter((id) => id !== question.id));
    }
  }

  texts(question: PublicQuestion, optionIds: readonly string[]): string {
    return optionTexts(question, optionIds).join('; ');
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const missing = unansweredQuestions(this.questions(), this.answers());
    this.missing.set(missing);
    if (missing.length) {
      this.error.set({ key: 'learning.quiz.unanswered', params: { count: missing.length } });
      const first = this.questions().find((q) => q.id === missing[0]);
      this.focus(first ? `option-${first.options[0].id}` : 'quiz-title');
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const lesson = this.lesson();
    try {
      const result = await this.api.submitQuiz(
        this.enrolmentId(),
        lesson.id,
        buildSubmission(this.attemptId, lesson.questions, this.answers()),
      );
      this.show(result);
      this.attempts.update((list) => [
        result,
        ...list.filter((a) => a.attemptId !== result.attemptId),
      ]);
      this.store.applyQuizResult(lesson.id, result);
      this.focus('quiz-result-title');
    } catch (e) {
      const error = toApiError(e);
      this.error.set(learningErrorMessage(error));
      const refused = fieldIds(error, 'answers');
      if (refused.length) this.missing.set(refused);
      if (error.code === 'attempt_limit_reached') await this.load();
    } finally {
      this.submitting.set(false);
    }
  }

  /** A fresh attempt: new id, no answers, focus on the first question. */
  tryAgain(): void {
    this.attemptId = newAttemptId();
    this.answers.set({});
    this.missing.set([]);
    this.result.set(null);
    this.error.set(null);
    this.mode.set('form');
    this.focus(`option-${this.questions()[0].options[0].id}`);
  }

  async load(): Promise<void> {
    this.mode.set('loading');
    try {
      const attempts = await this.api.quizAttempts(this.enrolmentId(), this.lesson().id);
      this.attempts.set(attempts);
      if (attempts.length) this.show(attempts[0]);
      else this.mode.set('form');
    } catch {
      // Without the history the quiz can still be taken: the server keeps the count.
      this.mode.set('form');
    }
  }

  private show(result: QuizResult): void {
    this.result.set(result);
    this.mode.set('result');
  }

  private enrolmentId(): string {
    return this.store.enrolmentId() ?? '';
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
