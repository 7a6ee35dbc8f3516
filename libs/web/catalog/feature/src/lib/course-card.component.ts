import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CatalogItem } from '@academy/web/catalog/data-access';
import { CourseFactsComponent } from './course-facts.component';

/**
 * One search result. The title links to the course and covers the whole card, so the touch
 * target is the card while screen readers hear only the title as the link's name.
 */
@Component({
  selector: 'academy-course-card',
  imports: [RouterLink, CourseFactsComponent],
  templateUrl: './course-card.component.html',
  styleUrl: './course-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCardComponent {
  readonly course = input.required<CatalogItem>();
}
