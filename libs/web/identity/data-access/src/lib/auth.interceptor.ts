import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

/**
 * Adds the bearer token to API calls. When the access token has expired (401 from a
 * non-auth route) it refreshes once and replays the request; a second 401 is final.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const store = inject(AuthStore);
  const send = (token: string | null) => next(withToken(request, token));

  return send(store.accessToken()).pipe(
    catchError((error: unknown) => {
      const canRefresh =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !request.url.startsWith('/api/auth/');
      if (!canRefresh) return throwError(() => error);
      return from(store.refresh()).pipe(
        switchMap((refreshed) => (refreshed ? send(store.accessToken()) : throwError(() => error))),
      );
    }),
  );
};

function withToken<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}
