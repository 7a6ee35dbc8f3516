import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  Injector,
  afterNextRender,
  untracked,
} from '@angular/core';
import { CoAuthorsComponent } from './co-authors.component';
import { Location } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { CourseEditorStore, isApiError } from '@academy/web/authoring/data-access';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, type ApiError } from '@academy/web/shared/util-http';
import { CourseDetailsComponent } from './course-details.component';
import { ModuleListComponent } from './module-list.component';
import { ProblemListComponent } from './problem-list.component';
import { VersionHistoryComponent } from './version-history.component';

/** Creates or edits a course: details, modules and lessons, save, submit, new version. */
@Component({
  selector: 'academy-course-editor-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    CourseDetailsComponent,
    ModuleListComponent,
    ProblemListComponent,
    VersionHistoryComponent,
    CoAuthorsComponent,
  ],
  providers: [CourseEditorStore],
  templateUrl: './course-editor.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseEditorPage {
  readonly store = inject(CourseEditorStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly error = messageSlot();
  readonly success = messageSlot();

  private readonly courseId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id'))),
    { requireSync: true },
  );

  constructor() {
    // A new course moves to its own address once created: say so there.
    const state = inject(Location).getState() as { justSaved?: 'saved' | 'submitted' } | null;
    if (state?.justSaved === 'saved') this.success.set({ key: 'authoring.editor.saved' });
    if (state?.justSaved === 'submitted') this.success.set({ key: 'authoring.editor.submitted' });
    effect(() => {
      const id = this.courseId();
      untracked(() => {
        if (id) void this.store.load(id);
        else this.store.startNew(this.i18n.language());
      });
    });
  }

  async save(): Promise<void> {
    const isNew = this.store.status() === 'new';
    try {
      const id = await this.store.save();
      this.error.set(null);
      this.success.set({ key: 'authoring.editor.saved' });
      if (isNew)
        await this.router.navigate(['/authoring/courses', id], {
          replaceUrl: true,
          state: { justSaved: 'saved' },
        });
      else void this.store.loadHistory();
    } catch (e) {
      this.fail(e);
    }
  }

  async submit(): Promise<void> {
    const isNew = this.store.status() === 'new';
    try {
      const id = await this.store.submit();
      this.error.set(null);
      this.success.set({ key: 'authoring.editor.submitted' });
      if (isNew)
        await this.router.navigate(['/authoring/courses', id], {
          replaceUrl: true,
          state: { justSaved: 'submitted' },
        });
    } catch (e) {
      this.fail(e);
    }
  }

  async startNewVersion(): Promise<void> {
    try {
      await this.store.startNewVersion();
      this.error.set(null);
      this.success.set({ key: 'authoring.editor.newVersionStarted' });
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.success.set(null);
    const error = isApiError(e) ? (e as ApiError) : null;
    if (error?.code === 'invalid_document') {
      this.error.set({ key: 'authoring.editor.invalid' });
      afterNextRender(() => document.getElementById('document-problems')?.focus(), {
        injector: this.injector,
      });
    } else if (error?.code === 'not_editable') {
      this.error.set({ key: 'authoring.editor.notEditable' });
    } else {
      this.error.set(error ? apiErrorMessage(error) : { key: 'error.generic' });
    }
  }
}
