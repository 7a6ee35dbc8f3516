import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Me, RegisterRequest, Session, UpdateMeRequest } from './models';

/** Thin client for /api/auth and /api/me; state lives in AuthStore. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/register', body));
  }

  verifyEmail(token: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/verify-email', { token }));
  }

  login(email: string, password: string): Promise<Session> {
    return firstValueFrom(this.http.post<Session>('/api/auth/login', { email, password }));
  }

  refresh(): Promise<Session> {
    return firstValueFrom(this.http.post<Session>('/api/auth/refresh', null));
  }

  logout(): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/logout', null));
  }

  forgotPassword(email: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/forgot-password', { email }));
  }

  resetPassword(token: string, password: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/reset-password', { token, password }));
  }

  updateMe(body: UpdateMeRequest): Promise<Me> {
    return firstValueFrom(this.http.patch<Me>('/api/me', body));
  }

  changePassword(currentPassword: string, newPassword: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/me/password', { currentPassword, newPassword }));
  }
}
