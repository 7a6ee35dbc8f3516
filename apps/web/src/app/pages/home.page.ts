import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';

@Component({
  selector: 'academy-home-page',
  imports: [RouterLink, TranslatePipe],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  readonly auth = inject(AuthStore);
}
