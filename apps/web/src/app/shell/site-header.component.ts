import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore, roleAssignmentLabel } from '@academy/web/identity/data-access';
import { LanguageSwitcherComponent } from './language-switcher.component';

@Component({
  selector: 'academy-site-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitcherComponent],
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeaderComponent {
  private readonly i18n = inject(TranslationService);
  readonly auth = inject(AuthStore);

  readonly canAuthor = computed(() => this.auth.hasAnyRole(['trainer', 'partner_admin', 'admin']));
  readonly canTeach = computed(() => this.auth.hasAnyRole(['trainer', 'partner_admin', 'admin']));
  readonly canManageUsers = computed(() => this.auth.hasAnyRole(['admin', 'partner_admin']));
  readonly roleSummary = computed(() =>
    (this.auth.user()?.roles ?? [])
      .map((r) => roleAssignmentLabel(r, (k, p) => this.i18n.t(k, p)))
      .join(', '),
  );
}
