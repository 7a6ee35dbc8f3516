import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore, roleAssignmentLabel } from '@academy/web/identity/data-access';
import { ChangePasswordFormComponent } from './change-password-form.component';
import { ProfileDetailsFormComponent } from './profile-details-form.component';

@Component({
  selector: 'academy-profile-page',
  imports: [TranslatePipe, ProfileDetailsFormComponent, ChangePasswordFormComponent],
  template: `
    @if (store.user(); as user) {
      <div class="page page--narrow">
        <h1>{{ 'profile.title' | translate }}</h1>
        <p>{{ 'profile.emailIs' | translate: { email: user.email } }}</p>

        <section aria-labelledby="roles-heading" class="card">
          <h2 id="roles-heading">{{ 'profile.roles' | translate }}</h2>
          <ul class="chip-list">
            @for (label of roleLabels(); track $index) {
              <li class="chip">{{ label }}</li>
            } @empty {
              <li>{{ 'users.noRoles' | translate }}</li>
            }
          </ul>
        </section>

        <academy-profile-details-form [user]="user" />
        <academy-change-password-form />
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly i18n = inject(TranslationService);
  readonly store = inject(AuthStore);
  readonly roleLabels = computed(() =>
    (this.store.user()?.roles ?? []).map((r) =>
      roleAssignmentLabel(r, (k, p) => this.i18n.t(k, p)),
    ),
  );
}
