import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@academy/web/i18n';

/** What could not be loaded, announced at once (an alert), with a button to try again. */
@Component({
  selector: 'academy-load-error',
  imports: [TranslatePipe],
  host: { class: 'mt-error', role: 'alert' },
  template: `
    <p>{{ message() }}</p>
    <button type="button" class="mt-button" (click)="retry.emit()">
      {{ 'catalog.retry' | translate }}
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadErrorComponent {
  readonly message = input.required<string>();
  readonly retry = output<void>();
}
