import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { FieldError } from '@academy/shared/contracts';
import { type CourseSummary, MyCoursesStore } from '@academy/web/authoring/data-access';
import { languageKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';

/** The author's courses, with their status, and the ways to start one. */
@Component({
  selector: 'academy-my-courses-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent],
  providers: [MyCoursesStore],
  templateUrl: './my-courses.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoursesPage {
  readonly store = inject(MyCoursesStore);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  readonly auth = inject(AuthStore);
  readonly languageKey = languageKey;
  readonly message = messageSlot();
  readonly done = messageSlot();
  readonly importProblems = signal<readonly FieldError[]>([]);
  readonly canReview = () => this.auth.hasAnyRole(['trainer', 'admin']);

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), { dateStyle: 'medium' }).format(
      new Date(iso),
    );
  }

  async download(course: CourseSummary): Promise<void> {
    try {
      const json = await this.store.exportJson(course.id);
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${course.slug}.course.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      this.message.set(apiErrorMessage(toApiError(e)));
    }
  }

  async archive(course: CourseSummary): Promise<void> {
    if (!confirm(this.i18n.t('authoring.list.confirmArchive', { title: course.title }))) return;
    try {
      await this.store.archive(course.id);
      this.done.set({ key: 'authoring.list.archived', params: { title: course.title } });
    } catch (e) {
      this.message.set(apiErrorMessage(toApiError(e)));
    }
  }

  async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importProblems.set([]);
    this.message.set(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      this.message.set({ key: 'authoring.import.notJson' });
      return;
    }
    try {
      const created = await this.store.importDocument(document);
      input.value = '';
      await this.router.navigate(['/authoring/courses', created.id]);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'invalid_document') {
        this.importProblems.set(error.fieldErrors);
        this.message.set({ key: 'authoring.import.invalid' });
      } else this.message.set(apiErrorMessage(error));
    }
  }
}
