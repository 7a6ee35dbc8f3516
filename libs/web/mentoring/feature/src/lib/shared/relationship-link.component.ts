import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';

/** "Open your mentoring with Marta": the way from a request or a match to the relationship it started. */
@Component({
  selector: 'academy-relationship-link',
  imports: [RouterLink, TranslatePipe],
  template: `
    <p>
      <a [routerLink]="['/mentoring/relationships', relationshipId()]">{{
        'mentoring.relationships.open' | translate: { name: name() }
      }}</a>
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RelationshipLinkComponent {
  readonly relationshipId = input.required<string>();
  /** The other person's name. */
  readonly name = input.required<string>();
}
