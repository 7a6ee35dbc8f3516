import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The mentoring pages' frame. Its styles are not encapsulated on purpose: the pages and their
 * small components share one set of card, form, notice and button styles (prefixed `mt-`).
 */
@Component({
  selector: 'academy-mentoring-shell',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  styleUrl: './mentoring.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentoringShell {}
