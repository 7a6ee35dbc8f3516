import type { Routes } from '@angular/router';

export const catalogRoutes: Routes = [
  {
    path: '',
    title: 'catalog.title',
    loadComponent: () => import('./catalog.page').then((m) => m.CatalogPage),
  },
  {
    path: ':slug',
    // Replaced by the course's own title once it has loaded.
    title: 'course.pageTitle',
    loadComponent: () => import('./course.page').then((m) => m.CoursePage),
  },
];
