import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { TranslatePipe } from '@academy/web/i18n';
import { PlayerStore } from '@academy/web/learning/data-access';
import { ProgressMeterComponent } from '../shared/progress-meter.component';
import { CourseOutlineComponent } from './course-outline.component';

/**
 * The course player's frame: the course, the learner's progress and the outline, around the
 * lesson (a child route). The store it provides is shared by the lessons.
 */
@Component({
  selector: 'academy-player-page',
  imports: [
    RouterLink,
    RouterOutlet,
    TranslatePipe,
    ProgressMeterComponent,
    CourseOutlineComponent,
  ],
  providers: [PlayerStore],
  templateUrl: './player.page.html',
  styleUrl: './player.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlayerPage {
  readonly store = inject(PlayerStore);

  private readonly enrolmentId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('enrolmentId') ?? '')),
    { requireSync: true },
  );

  constructor() {
    effect(() => {
      const id = this.enrolmentId();
      untracked(() => void this.store.load(id));
    });
  }
}
