import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ROLES } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import {
  AuthStore,
  roleAssignmentLabel,
  type AssignRoleRequest,
  type RoleAssignment,
  type UserSummary,
  UsersApi,
} from '@academy/web/identity/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { apiErrorMessage, toApiError } from '@academy/web/shared/util-http';
import { UserCardComponent } from './user-card.component';

/** Find users and manage their roles. The API limits partner admins to their territory. */
@Component({
  selector: 'academy-users-admin-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FormAlertComponent,
    UserCardComponent,
  ],
  templateUrl: './users-admin.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersAdminPage {
  private readonly api = inject(UsersApi);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(TranslationService);

  readonly territories = inject(TerritoriesStore);
  readonly users = signal<UserSummary[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly searched = signal(false);
  readonly error = messageSlot();
  readonly status = messageSlot();
  /** Only admins may create admins; the API enforces the rest. */
  readonly assignableRoles = computed(() =>
    this.auth.hasAnyRole(['admin']) ? ROLES : ROLES.filter((role) => role !== 'admin'),
  );

  readonly isAdmin = computed(() => this.auth.hasAnyRole(['admin']));

  readonly form = inject(NonNullableFormBuilder).group({ q: [''], territoryId: [''] });

  constructor() {
    void this.search();
  }

  async openQueueDashboard(): Promise<void> {
    try {
      const { url } = await this.api.openQueueDashboard();
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    }
  }

  /** Each search gets a number; answers to an older one (a slow first load) are dropped. */
  private generation = 0;

  async search(): Promise<void> {
    const generation = ++this.generation;
    this.users.set([]);
    this.nextCursor.set(null);
    await this.load(null, generation);
  }

  async loadMore(): Promise<void> {
    await this.load(this.nextCursor(), this.generation);
  }

  async assign(user: UserSummary, request: AssignRoleRequest): Promise<void> {
    this.clearMessages();
    try {
      const assignment = await this.api.assignRole(user.id, request);
      this.patchRoles(user.id, (roles) => [...roles, assignment]);
      this.status.set({
        key: 'users.assigned',
        params: { name: user.displayName, role: this.label(assignment) },
      });
    } catch (e) {
      this.error.set(apiErrorMessage(toApiError(e)));
    }
  }

  async remove(user: UserSummary, assignment: RoleAssignment): Promise<void> {
    this.clearMessages();
    try {
      await this.api.removeRole(user.id, assignment.id);
      this.patchRoles(user.id, (roles) => roles.filter((r) => r.id !== assignment.id));
      this.status.set({
        key: 'users.removed',
        params: { name: user.displayName, role: this.label(assignment) },
      });
    } catch (e) {
      this.error.set(apiErrorMessage(toApiError(e)));
    }
  }

  private async load(cursor: string | null, generation: number): Promise<void> {
    this.loading.set(true);
    this.clearMessages();
    const current = () => generation === this.generation;
    try {
      const { q, territoryId } = this.form.getRawValue();
      const page = await this.api.search({ q: q.trim(), territoryId, cursor, limit: 20 });
      if (!current()) return;
      this.users.update((users) => [...users, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch (e) {
      if (current()) this.error.set(apiErrorMessage(toApiError(e)));
    } finally {
      if (current()) {
        this.loading.set(false);
        this.searched.set(true);
      }
    }
  }

  private patchRoles(userId: string, change: (roles: RoleAssignment[]) => RoleAssignment[]): void {
    this.users.update((users) =>
      users.map((u) => (u.id === userId ? { ...u, roles: change(u.roles) } : u)),
    );
  }

  private label(assignment: RoleAssignment): string {
    return roleAssignmentLabel(assignment, (k, p) => this.i18n.t(k, p));
  }

  private clearMessages(): void {
    this.error.set(null);
    this.status.set(null);
  }
}
