import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Framework } from '@academy/web/competences/data-access';
import { TranslatePipe } from '@academy/web/i18n';

/**
 * One framework: its proficiency scale, then its areas as native <details>, which every
 * keyboard, screen reader and phone can open without any script of ours.
 */
@Component({
  selector: 'academy-framework-section',
  imports: [TranslatePipe],
  templateUrl: './framework-section.component.html',
  styleUrl: './framework-section.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkSectionComponent {
  readonly framework = input.required<Framework>();
  /** 'en' when the interface is in another language, for the EU's English titles. */
  readonly contentLang = input<string | null>(null);
}
