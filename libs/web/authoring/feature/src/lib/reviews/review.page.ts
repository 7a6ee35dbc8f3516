import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AuthoringApi, CourseEditorStore } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { CourseDetailsComponent } from '../editor/course-details.component';
import { ModuleListComponent } from '../editor/module-list.component';

type Decision = 'approve' | 'changes';

/** The submitted version, read-only, with the reviewer's two answers. */
@Component({
  selector: 'academy-review-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    CourseDetailsComponent,
    ModuleListComponent,
  ],
  providers: [CourseEditorStore],
  templateUrl: './review.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  readonly store = inject(CourseEditorStore);
  private readonly api = inject(AuthoringApi);
  private readonly router = inject(Router);
  readonly error = messageSlot();
  readonly success = messageSlot();
  readonly note = signal('');
  readonly comments = signal('');
  readonly busy = signal(false);
  readonly missing = signal<Decision | null>(null);
  readonly decided = signal(false);

  private readonly courseId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('courseId') ?? '')),
    { requireSync: true },
  );

  constructor() {
    effect(() => {
      const id = this.courseId();
      untracked(() => void this.store.load(id));
    });
  }

  async decide(decision: Decision): Promise<void> {
    const text = (decision === 'approve' ? this.note() : this.comments()).trim();
    if (!text) {
      this.missing.set(decision);
      this.error.set({
        key:
          decision === 'approve'
            ? 'authoring.review.noteRequired'
            : 'authoring.review.commentsRequired',
      });
      document.getElementById(decision === 'approve' ? 'review-note' : 'review-comments')?.focus();
      return;
    }
    this.missing.set(null);
    this.busy.set(true);
    this.error.set(null);
    try {
      if (decision === 'approve') await this.api.approve(this.courseId(), text);
      else await this.api.requestChanges(this.courseId(), text);
      this.decided.set(true);
      this.success.set({
        key: decision === 'approve' ? 'authoring.review.approved' : 'authoring.review.sentBack',
      });
      await this.store.load(this.courseId());
    } catch (e) {
      const error = toApiError(e);
      this.error.set(
        error.code === 'own_course'
          ? { key: 'authoring.review.ownCourse' }
          : apiErrorMessage(error),
      );
    } finally {
      this.busy.set(false);
    }
  }

  back(): void {
    void this.router.navigate(['/authoring/reviews']);
  }
}
