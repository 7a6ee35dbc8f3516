import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';

/** Where role guards send signed-in users whose roles do not open a page. */
@Component({
  selector: 'academy-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'page.forbidden' | translate }}</h1>
      <p>{{ 'page.forbiddenText' | translate }}</p>
      <p>
        <a routerLink="/">{{ 'page.toHome' | translate }}</a>
      </p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
