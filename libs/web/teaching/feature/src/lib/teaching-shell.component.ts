import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The teaching pages' frame. Its styles are not encapsulated on purpose: the pages and their
 * small components share one set of table, card, notice and button styles (prefixed `tc-`).
 */
@Component({
  selector: 'academy-teaching-shell',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  styleUrl: './teaching.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachingShell {}
