import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The learning pages' frame. Its styles are not encapsulated on purpose: the pages and the
 * player's small components share one set of card, notice and button styles (prefixed `ln-`).
 */
@Component({
  selector: 'academy-learning-shell',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  styleUrl: './learning.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningShell {}
