import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A live region for the outcome of a form. It stays in the page even when empty, so screen
 * readers already watch it when the message arrives.
 */
@Component({
  selector: 'academy-form-alert',
  template: `
    @if (tone() === 'error') {
      <div role="alert" class="alert alert--error" [class.alert--shown]="!!message()">
        {{ message() }}
      </div>
    } @else {
      <div role="status" class="alert alert--success" [class.alert--shown]="!!message()">
        {{ message() }}
      </div>
    }
  `,
  styles: `
    .alert {
      display: none;
    }
    .alert--shown {
      display: block;
      margin-block: 1rem;
      padding: 0.875rem 1rem;
      border-radius: 8px;
      border-inline-start: 6px solid currentColor;
      font-weight: 500;
    }
    .alert--error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .alert--success {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlertComponent {
  readonly message = input<string | null>(null);
  readonly tone = input<'error' | 'success'>('error');
}
