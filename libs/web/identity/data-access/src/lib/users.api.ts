import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AssignRoleRequest, RoleAssignment, UserPage, UserQuery } from './models';

/** User directory and role assignment, for admins and partner admins. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  search(query: UserQuery): Promise<UserPage> {
    let params = new HttpParams().set('limit', String(query.limit ?? 20));
    if (query.q) params = params.set('q', query.q);
    if (query.territoryId) params = params.set('territoryId', query.territoryId);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return firstValueFrom(this.http.get<UserPage>('/api/users', { params }));
  }

  assignRole(userId: string, body: AssignRoleRequest): Promise<RoleAssignment> {
    return firstValueFrom(
      this.http.post<RoleAssignment>(`/api/users/${encodeURIComponent(userId)}/roles`, body),
    );
  }

  removeRole(userId: string, assignmentId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(
        `/api/users/${encodeURIComponent(userId)}/roles/${encodeURIComponent(assignmentId)}`,
      ),
    );
  }

  /** Sets the short-lived cookie the queue dashboard (Bull Board, admins only) requires. */
  openQueueDashboard(): Promise<{ url: string }> {
    return firstValueFrom(this.http.post<{ url: string }>('/api/admin/queue-dashboard-session', {}));
  }
}
