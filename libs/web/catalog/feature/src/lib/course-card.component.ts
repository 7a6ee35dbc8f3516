import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CatalogItem } from '@academy/web/catalog/data-access';
import { audienceKey, languageKey, levelKey, themeKey, TranslatePipe } from '@academy/web/i18n';
import { hoursKey } from './course-facts';
import { LocaleFormat } from './locale-format';

/**
 * One search result. The title links to the course and covers the whole card, so the touch
 * target is the card while screen readers hear only the title as the link's name.
 */
@Component({
  selector: 'academy-course-card',
  imports: [RouterLink, TranslatePipe],
  templateUrl: './course-card.component.html',
  styleUrl: './course-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCardComponent {
  readonly course = input.required<CatalogItem>();
  readonly format = inject(LocaleFormat);

  readonly languageKey = languageKey;
  readonly levelKey = levelKey;
  readonly audienceKey = audienceKey;
  readonly themeKey = themeKey;
  readonly hoursKey = hoursKey;
}
