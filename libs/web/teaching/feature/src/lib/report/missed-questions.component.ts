import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CourseReport } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { questionsMostMissed } from '@academy/web/teaching/data-access';

/**
 * "Questions learners miss": per quiz, its questions from the least often right on a first
 * attempt, with how many learners answered each, as one small table per quiz.
 */
@Component({
  selector: 'academy-missed-questions',
  imports: [TranslatePipe],
  template: `
    <section aria-labelledby="missed-heading">
      <h2 id="missed-heading">{{ 'teaching.missed.title' | translate }}</h2>
      <p class="tc-lead">{{ 'teaching.missed.intro' | translate }}</p>
      @for (quiz of sorted(); track quiz.lessonId; let i = $index) {
        <h3>{{ quiz.title }}</h3>
        <div
          class="tc-table-scroll"
          role="region"
          tabindex="0"
          [attr.aria-labelledby]="'quiz-caption-' + i"
        >
          <table class="tc-table">
            <caption [id]="'quiz-caption-' + i">
              {{
                'teaching.missed.caption' | translate: { quiz: quiz.title }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'teaching.missed.question' | translate }}</th>
                <th scope="col" class="tc-num">{{ 'teaching.missed.correctRate' | translate }}</th>
                <th scope="col" class="tc-num">{{ 'teaching.missed.answered' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (q of quiz.questions; track q.questionId) {
                <tr>
                  <th scope="row">{{ q.prompt }}</th>
                  <td class="tc-num">
                    @if (q.correctRate === null) {
                      <span class="tc-meta">{{ 'teaching.missed.noAnswers' | translate }}</span>
                    } @else {
                      {{ q.correctRate }}%
                    }
                  </td>
                  <td class="tc-num">{{ q.answered }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @empty {
        <p>{{ 'teaching.missed.noQuizzes' | translate }}</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MissedQuestionsComponent {
  readonly quizzes = input.required<CourseReport['quizzes']>();
  readonly sorted = computed(() =>
    this.quizzes().map((quiz) => ({ ...quiz, questions: questionsMostMissed(quiz.questions) })),
  );
}
