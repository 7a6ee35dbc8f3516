import type { Routes } from '@angular/router';
import { authGuard, guestGuard } from '@academy/web/identity/data-access';

/** Account pages. Titles are translation keys (see TranslatedTitleStrategy). */
export const identityRoutes: Routes = [
  {
    path: 'register',
    title: 'register.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./register/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'verify-email',
    title: 'verify.title',
    loadComponent: () => import('./verify-email/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'login',
    title: 'login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'logout',
    title: 'logout.title',
    loadComponent: () => import('./logout/logout.page').then((m) => m.LogoutPage),
  },
  {
    path: 'forgot-password',
    title: 'forgot.title',
    loadComponent: () =>
      import('./forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'reset.title',
    loadComponent: () =>
      import('./reset-password/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'profile',
    title: 'profile.title',
    canActivate: [authGuard],
    loadComponent: () => import('./profile/profile.page').then((m) => m.ProfilePage),
  },
];
