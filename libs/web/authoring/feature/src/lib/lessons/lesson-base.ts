import { computed, Directive, inject, input } from '@angular/core';
import type { Lesson } from '@academy/shared/contracts';
import { CourseEditorStore } from '@academy/web/authoring/data-access';
import { docFields } from '../shared/field-a11y';

/** What every lesson-kind editor shares: where its lesson sits and how to change it. */
@Directive()
export abstract class LessonPartEditor<T extends Lesson> {
  protected readonly store = inject(CourseEditorStore);
  readonly f = docFields();
  readonly moduleIndex = input.required<number>();
  readonly lessonIndex = input.required<number>();
  readonly lesson = input.required<T>();
  readonly path = computed(() => `modules.${this.moduleIndex()}.lessons.${this.lessonIndex()}`);

  protected patch(change: Partial<T> | ((lesson: T) => T)): void {
    this.store.updateLesson(this.moduleIndex(), this.lessonIndex(), (lesson) =>
      typeof change === 'function' ? change(lesson as T) : ({ ...lesson, ...change } as Lesson),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
