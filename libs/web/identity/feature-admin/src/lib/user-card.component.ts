import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type Role, TERRITORY_SCOPED_ROLES } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  type AssignRoleRequest,
  type RoleAssignment,
  roleAssignmentLabel,
  roleKey,
  type UserSummary,
} from '@academy/web/identity/data-access';
import type { Territory } from '@academy/web/territories/data-access';

/** One user, their roles (each removable) and a small form to add a role. */
@Component({
  selector: 'academy-user-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  templateUrl: './user-card.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserCardComponent {
  private readonly i18n = inject(TranslationService);

  readonly user = input.required<UserSummary>();
  readonly assignableRoles = input.required<readonly Role[]>();
  readonly territories = input.required<readonly Territory[]>();
  readonly assignRole = output<AssignRoleRequest>();
  readonly removeRole = output<RoleAssignment>();

  readonly roleKey = roleKey;
  readonly headingId = computed(() => `user-${this.user().id}`);
  readonly roles = computed(() =>
    this.user().roles.map((assignment) => ({
      assignment,
      label: roleAssignmentLabel(assignment, (k, p) => this.i18n.t(k, p)),
    })),
  );

  readonly form = inject(NonNullableFormBuilder).group({
    role: ['mentor' as Role, Validators.required],
    territoryId: [''],
  });

  removeLabel(label: string): string {
    return this.i18n.t('users.removeLabel', { role: label, name: this.user().displayName });
  }

  needsTerritory(): boolean {
    const { role, territoryId } = this.form.getRawValue();
    return TERRITORY_SCOPED_ROLES.includes(role) && !territoryId;
  }

  submit(): void {
    if (this.needsTerritory()) {
      this.form.controls.territoryId.markAsTouched();
      return;
    }
    const { role, territoryId } = this.form.getRawValue();
    this.assignRole.emit(territoryId ? { role, territoryId } : { role });
  }
}
