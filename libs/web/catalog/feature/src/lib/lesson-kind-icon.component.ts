import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LessonKind } from '@academy/shared/contracts';

/**
 * A lesson's kind as a small inline icon (no image to download), named for screen readers by
 * the translated label the parent passes.
 */
@Component({
  selector: 'academy-lesson-kind-icon',
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      @switch (kind()) {
        @case ('article') {
          <path d="M6 3h8l4 4v14H6z" />
          <path d="M14 3v4h4M9 12h6M9 16h6" />
        }
        @case ('video') {
          <circle cx="12" cy="12" r="9" />
          <path d="M10 8.5v7l6-3.5z" fill="currentColor" />
        }
        @case ('resource') {
          <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
        }
        @case ('quiz') {
          <circle cx="12" cy="12" r="9" />
          <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.4" />
          <circle cx="12" cy="17" r="0.6" fill="currentColor" />
        }
        @default {
          <path d="M4 20h4L19 9l-4-4L4 16zM13 7l4 4" />
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonKindIconComponent {
  readonly kind = input.required<LessonKind>();
  readonly label = input.required<string>();
}
