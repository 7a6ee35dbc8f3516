import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { Question } from '@academy/shared/contracts';
import {
  changeQuestionType,
  newOption,
  newQuestion,
  type QuestionType,
  type QuizLessonDraft,
  removeAt,
  replaceAt,
  toggleCorrect,
} from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { questionTypeKey } from '../shared/labels';
import { LessonPartEditor } from './lesson-base';

const TYPES: QuestionType[] = ['single', 'multiple', 'true_false'];

/** A quiz: pass mark, attempt limit, and its questions with options marked correct. */
@Component({
  selector: 'academy-quiz-builder',
  imports: [TranslatePipe, DocErrorsComponent],
  templateUrl: './quiz-builder.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizBuilderComponent extends LessonPartEditor<QuizLessonDraft> {
  readonly types = TYPES;
  readonly questionTypeKey = questionTypeKey;

  passMark(event: Event): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.patch({ passMark: Number.isFinite(value) ? value : 0 });
  }

  attemptLimit(event: Event): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.patch((l) => {
      const { attemptLimit: _dropped, ...rest } = l;
      return Number.isFinite(value) && value > 0 ? { ...rest, attemptLimit: value } : rest;
    });
  }

  private question(index: number, change: (q: Question) => Question): void {
    this.patch((l) => ({
      ...l,
      questions: replaceAt(l.questions, index, change(l.questions[index])),
    }));
  }

  prompt(index: number, event: Event): void {
    const prompt = this.value(event);
    this.question(index, (q) => ({ ...q, prompt }));
  }

  type(index: number, event: Event): void {
    const type = this.value(event) as QuestionType;
    this.question(index, (q) => changeQuestionType(q, type));
  }

  correct(index: number, optionId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.question(index, (q) => toggleCorrect(q, optionId, checked));
  }

  optionText(index: number, optionIndex: number, event: Event): void {
    const text = this.value(event);
    this.question(index, (q) => ({
      ...q,
      options: replaceAt(q.options, optionIndex, { ...q.options[optionIndex], text }),
    }));
  }

  optionFeedback(index: number, optionIndex: number, event: Event): void {
    const feedback = this.value(event).trim() ? this.value(event) : undefined;
    this.question(index, (q) => {
      const { feedback: _old, ...option } = q.options[optionIndex];
      return {
        ...q,
        options: replaceAt(q.options, optionIndex, feedback ? { ...option, feedback } : option),
      };
    });
  }

  addOption(index: number): void {
    this.question(index, (q) => ({ ...q, options: [...q.options, newOption()] }));
  }

  removeOption(index: number, optionIndex: number): void {
    this.question(index, (q) => ({ ...q, options: removeAt(q.options, optionIndex) }));
  }

  addQuestion(): void {
    this.patch((l) => ({ ...l, questions: [...l.questions, newQuestion('single')] }));
  }

  removeQuestion(index: number): void {
    this.patch((l) => ({ ...l, questions: removeAt(l.questions, index) }));
  }
}
