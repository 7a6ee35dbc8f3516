import type { Routes } from '@angular/router';
import { authGuard } from '@academy/web/identity/data-access';

const shell = () => import('./learning-shell.component').then((m) => m.LearningShell);

/** `/learn`: "My courses" and the course player, for signed-in learners. */
export const learningRoutes: Routes = [
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'learning.title',
        loadComponent: () => import('./dashboard/my-learning.page').then((m) => m.MyLearningPage),
      },
      {
        path: ':enrolmentId',
        // Replaced by the lesson's and the course's titles once they have loaded.
        title: 'learning.player.title',
        loadComponent: () => import('./player/player.page').then((m) => m.PlayerPage),
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () =>
              import('./player/start-lesson.component').then((m) => m.StartLessonComponent),
          },
          {
            path: 'lessons/:lessonId',
            loadComponent: () => import('./player/lesson.page').then((m) => m.LessonPage),
          },
        ],
      },
    ],
  },
];

/** `/email-preferences`: which emails a signed-in learner gets. */
export const emailPreferencesRoutes: Routes = [
  {
    path: '',
    loadComponent: shell,
    children: [
      {
        path: '',
        title: 'emailPreferences.title',
        canActivate: [authGuard],
        loadComponent: () =>
          import('./email/email-preferences.page').then((m) => m.EmailPreferencesPage),
      },
    ],
  },
];

/**
 * `/unsubscribe?token=…`: the link in reminder emails. Public (the token stands for the
 * learner), and nothing happens until the button is pressed: mail scanners open links.
 */
export const unsubscribeRoutes: Routes = [
  {
    path: '',
    loadComponent: shell,
    children: [
      {
        path: '',
        title: 'unsubscribe.title',
        loadComponent: () => import('./email/unsubscribe.page').then((m) => m.UnsubscribePage),
      },
    ],
  },
];
