import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProgressSummary } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';

let nextId = 0;

/**
 * A course's progress as a labelled progress bar: "2 of 5 lessons done". Screen readers get
 * the same words as the value text, not just a percentage.
 */
@Component({
  selector: 'academy-progress-meter',
  imports: [TranslatePipe],
  template: `
    <div class="meter">
      <span class="meter__label" [id]="labelId">{{ 'learning.progress.label' | translate }}</span>
      <div
        class="meter__track"
        role="progressbar"
        [attr.aria-labelledby]="labelId"
        aria-valuemin="0"
        aria-valuemax="100"
        [attr.aria-valuenow]="percent()"
        [attr.aria-valuetext]="
          'learning.progress.value'
            | translate: { done: progress().done, total: progress().total, percent: percent() }
        "
      >
        <span class="meter__bar" [style.width.%]="percent()"></span>
      </div>
      <span class="meter__text" aria-hidden="true">{{
        'learning.progress.value'
          | translate: { done: progress().done, total: progress().total, percent: percent() }
      }}</span>
    </div>
  `,
  styles: `
    .meter {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin-block: 0.75rem;
    }
    .meter__label {
      font-weight: 600;
    }
    .meter__track {
      display: block;
      height: 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .meter__bar {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .meter__text {
      grid-column: 1 / -1;
      font-size: 0.9375rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressMeterComponent {
  readonly progress = input.required<ProgressSummary>();
  readonly labelId = `progress-label-${nextId++}`;
  readonly percent = computed(() =>
    Math.max(0, Math.min(100, Math.round(this.progress().percent))),
  );
}
