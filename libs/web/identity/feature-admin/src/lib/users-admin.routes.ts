import type { Routes } from '@angular/router';
import { roleGuard } from '@academy/web/identity/data-access';

export const usersAdminRoutes: Routes = [
  {
    path: '',
    title: 'users.title',
    canActivate: [roleGuard('admin', 'partner_admin')],
    loadComponent: () => import('./users-admin.page').then((m) => m.UsersAdminPage),
  },
];
