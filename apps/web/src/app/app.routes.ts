import type { Routes } from '@angular/router';

// Every feature is lazy: a learner on a slow link downloads only the pages they open.
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.home',
    loadComponent: () => import('./pages/home.page').then((m) => m.HomePage),
  },
  {
    path: 'courses',
    loadChildren: () => import('@academy/web/catalog/feature').then((m) => m.catalogRoutes),
  },
  {
    path: 'competences',
    loadChildren: () => import('@academy/web/competences/feature').then((m) => m.competencesRoutes),
  },
  {
    path: 'learn',
    loadChildren: () => import('@academy/web/learning/feature').then((m) => m.learningRoutes),
  },
  {
    path: 'email-preferences',
    loadChildren: () =>
      import('@academy/web/learning/feature').then((m) => m.emailPreferencesRoutes),
  },
  {
    path: 'unsubscribe',
    loadChildren: () => import('@academy/web/learning/feature').then((m) => m.unsubscribeRoutes),
  },
  {
    path: 'authoring',
    loadChildren: () => import('@academy/web/authoring/feature').then((m) => m.authoringRoutes),
  },
  {
    path: 'teaching',
    loadChildren: () => import('@academy/web/teaching/feature').then((m) => m.teachingRoutes),
  },
  {
    path: 'mentoring',
    loadChildren: () => import('@academy/web/mentoring/feature').then((m) => m.mentoringRoutes),
  },
  {
    path: 'admin/users',
    loadChildren: () =>
      import('@academy/web/identity/feature-admin').then((m) => m.usersAdminRoutes),
  },
  {
    path: 'forbidden',
    title: 'page.forbidden',
    loadComponent: () => import('./pages/forbidden.page').then((m) => m.ForbiddenPage),
  },
  {
    path: '',
    loadChildren: () => import('@academy/web/identity/feature').then((m) => m.identityRoutes),
  },
  {
    path: '**',
    title: 'page.notFound',
    loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage),
  },
];
