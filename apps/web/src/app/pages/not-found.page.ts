import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';

@Component({
  selector: 'academy-not-found-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="page page--narrow">
      <h1>{{ 'page.notFound' | translate }}</h1>
      <p>{{ 'page.notFoundText' | translate }}</p>
      <p>
        <a routerLink="/">{{ 'page.toHome' | translate }}</a>
      </p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
