import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LESSON_KINDS, type LessonKind } from '@academy/shared/contracts';
import {
  CourseEditorStore,
  moveItem,
  newLesson,
  newModule,
  removeAt,
} from '@academy/web/authoring/data-access';
import { lessonKindKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { LessonEditorComponent } from '../lessons/lesson-editor.component';
import { DocErrorsComponent } from '../shared/doc-errors.component';
import { docFields } from '../shared/field-a11y';

/**
 * The course's modules and their lessons: add, rename, delete, and reorder with the Move
 * buttons (keyboard) or by dragging; every move is announced to screen readers.
 */
@Component({
  selector: 'academy-module-list',
  imports: [DragDropModule, TranslatePipe, LessonEditorComponent, DocErrorsComponent],
  templateUrl: './module-list.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleListComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly i18n = inject(TranslationService);
  private readonly announcer = inject(LiveAnnouncer);
  readonly f = docFields();
  readonly doc = this.store.document;
  readonly kinds = LESSON_KINDS;
  readonly lessonKindKey = lessonKindKey;

  rename(index: number, event: Event): void {
    const title = (event.target as HTMLInputElement).value;
    this.store.updateModule(index, (m) => ({ ...m, title }));
  }

  addModule(): void {
    this.store.update((doc) => ({ ...doc, modules: [...doc.modules, newModule()] }));
    this.focusLater(`doc-modules-${this.doc().modules.length - 1}-title`);
  }

  removeModule(index: number): void {
    const module = this.doc().modules[index];
    const name = module.title || this.i18n.t('authoring.modules.number', { number: index + 1 });
    if (!confirm(this.i18n.t('authoring.modules.confirmDelete', { name }))) return;
    this.store.update((doc) => ({ ...doc, modules: removeAt(doc.modules, index) }));
    void this.announcer.announce(this.i18n.t('authoring.deleted', { name }));
  }

  moveModule(from: number, to: number, refocus = true): void {
    const modules = this.doc().modules;
    if (to < 0 || to >= modules.length || from === to) return;
    this.store.update((doc) => ({ ...doc, modules: moveItem(doc.modules, from, to) }));
    const name = modules[from].title || this.i18n.t('authoring.modules.untitled');
    this.announce(name, to, modules.length);
    if (refocus) this.focusLater(`move-module-${modules[from].id}-${to < from ? 'up' : 'down'}`);
  }

  dropModule(event: CdkDragDrop<unknown>): void {
    this.moveModule(event.previousIndex, event.currentIndex, false);
  }

  addLesson(moduleIndex: number, kind: string): void {
    this.store.updateModule(moduleIndex, (m) => ({
      ...m,
      lessons: [...m.lessons, newLesson(kind as LessonKind)],
    }));
    const count = this.doc().modules[moduleIndex].lessons.length;
    this.focusLater(`doc-modules-${moduleIndex}-lessons-${count - 1}-title`);
  }

  removeLesson(moduleIndex: number, lessonIndex: number): void {
    const lesson = this.doc().modules[moduleIndex].lessons[lessonIndex];
    const name = lesson.title || this.i18n.t('authoring.lessons.untitled');
    if (!confirm(this.i18n.t('authoring.lessons.confirmDelete', { name }))) return;
    this.store.updateModule(moduleIndex, (m) => ({
      ...m,
      lessons: removeAt(m.lessons, lessonIndex),
    }));
    void this.announcer.announce(this.i18n.t('authoring.deleted', { name }));
  }

  moveLesson(moduleIndex: number, from: number, to: number, refocus = true): void {
    const lessons = this.doc().modules[moduleIndex].lessons;
    if (to < 0 || to >= lessons.length || from === to) return;
    this.store.updateModule(moduleIndex, (m) => ({ ...m, lessons: moveItem(m.lessons, from, to) }));
    this.announce(
      lessons[from].title || this.i18n.t('authoring.lessons.untitled'),
      to,
      lessons.length,
    );
    if (refocus) this.focusLater(`move-lesson-${lessons[from].id}-${to < from ? 'up' : 'down'}`);
  }

  dropLesson(moduleIndex: number, event: CdkDragDrop<unknown>): void {
    this.moveLesson(moduleIndex, event.previousIndex, event.currentIndex, false);
  }

  private announce(name: string, index: number, total: number): void {
    void this.announcer.announce(
      this.i18n.t('authoring.moved', { name, position: index + 1, total }),
    );
  }

  /** After a move the button may be gone (first or last place): fall back to its sibling. */
  private focusLater(id: string): void {
    setTimeout(() => {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) el.focus();
      else {
        const other = document.getElementById(
          id.endsWith('-up') ? id.replace(/-up$/, '-down') : id.replace(/-down$/, '-up'),
        );
        (other ?? el)?.focus();
      }
    });
  }
}
