import type { Routes } from '@angular/router';

export const competencesRoutes: Routes = [
  {
    path: '',
    title: 'competences.title',
    loadComponent: () => import('./competences.page').then((m) => m.CompetencesPage),
  },
];
