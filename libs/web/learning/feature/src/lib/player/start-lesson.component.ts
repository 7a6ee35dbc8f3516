import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { PlayerStore } from '@academy/web/learning/data-access';

/** `/learn/:enrolmentId`: goes on to the lesson where the learner left off. */
@Component({
  selector: 'academy-start-lesson',
  imports: [TranslatePipe],
  template: `<p role="status">{{ 'learning.player.loading' | translate }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartLessonComponent {
  private readonly store = inject(PlayerStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  constructor() {
    effect(() => {
      const lessonId = this.store.startLessonId();
      if (!lessonId) return;
      untracked(
        () =>
          void this.router.navigate(['lessons', lessonId], {
            relativeTo: this.route,
            replaceUrl: true,
          }),
      );
    });
  }
}
