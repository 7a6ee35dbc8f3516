import { computed, inject, Injectable, signal } from '@angular/core';
import type { Role } from '@academy/shared/contracts';
import { AuthApi } from './auth.api';
import type { Me, Session, UpdateMeRequest } from './models';

/**
 * The signed-in user and their access token. The token lives in memory only (never in
 * storage, out of reach of injected scripts); the HttpOnly refresh cookie restores it.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly token = signal<string | null>(null);
  private readonly me = signal<Me | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly user = this.me.asReadonly();
  readonly isAuthenticated = computed(() => this.me() !== null);
  readonly roles = computed(() => [...new Set((this.me()?.roles ?? []).map((r) => r.role))]);

  accessToken(): string | null {
    return this.token();
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    return this.roles().some((role) => roles.includes(role));
  }

  /** Called once at start-up: a valid refresh cookie signs the user back in silently. */
  async restore(): Promise<void> {
    await this.refresh();
  }

  /** Single flight: parallel 401s share one refresh instead of racing the cookie rotation. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.api
      .refresh()
      .then((session) => {
        this.setSession(session);
        return true;
      })
      .catch(() => {
        this.clear();
        return false;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async login(email: string, password: string): Promise<Me> {
    const session = await this.api.login(email, password);
    this.setSession(session);
    return session.user;
  }

  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } finally {
      this.clear();
    }
  }

  async updateMe(changes: UpdateMeRequest): Promise<Me> {
    const me = await this.api.updateMe(changes);
    this.me.set(me);
    return me;
  }

  clear(): void {
    this.token.set(null);
    this.me.set(null);
  }

  private setSession(session: Session): void {
    this.token.set(session.accessToken);
    this.me.set(session.user);
  }
}
