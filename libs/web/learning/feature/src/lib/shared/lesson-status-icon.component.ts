import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LessonStatus } from '@academy/shared/contracts';

/**
 * A lesson's status as a small inline icon, named for screen readers by the translated label
 * the parent passes (colour is never the only cue: each status has its own shape).
 */
@Component({
  selector: 'academy-lesson-status-icon',
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      [class]="'status status--' + status()"
    >
      <circle cx="12" cy="12" r="9" />
      @switch (status()) {
        @case ('done') {
          <path d="M7.5 12.5l3 3 6-6.5" />
        }
        @case ('failed') {
          <path d="M9 9l6 6M15 9l-6 6" />
        }
        @case ('in_progress') {
          <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
    .status--done,
    .status--in_progress {
      color: var(--mat-sys-primary);
    }
    .status--failed {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonStatusIconComponent {
  readonly status = input.required<LessonStatus>();
  readonly label = input.required<string>();
}
