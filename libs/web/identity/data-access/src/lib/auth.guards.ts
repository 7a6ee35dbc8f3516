import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@academy/shared/contracts';
import { AuthStore } from './auth.store';

// Guards only shape the experience (no page that would fail anyway); the API decides access.

/** Signed-in users only; others go to sign in and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const store = inject(AuthStore);
  return store.isAuthenticated()
    ? true
    : inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Sign-in and registration pages make no sense once signed in. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthStore).isAuthenticated() ? inject(Router).createUrlTree(['/profile']) : true;

export function roleGuard(...roles: Role[]): CanActivateFn {
  return (route, state) => {
    const store = inject(AuthStore);
    if (!store.isAuthenticated()) return authGuard(route, state);
    return store.hasAnyRole(roles) ? true : inject(Router).createUrlTree(['/forbidden']);
  };
}
