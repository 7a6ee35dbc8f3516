import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The authoring pages' frame. Its styles are not encapsulated on purpose: the small editor
 * components share one set of field, fieldset and toolbar styles (prefixed `au-`).
 */
@Component({
  selector: 'academy-authoring-shell',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  styleUrl: './authoring.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthoringShell {}
