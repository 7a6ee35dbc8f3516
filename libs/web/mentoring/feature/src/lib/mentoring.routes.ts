import type { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@academy/web/identity/data-access';

/**
 * `/mentoring`: peer mentoring for every signed-in person (profiles, suggestions, requests,
 * relationships), the review of offers to mentor for trainers and partner admins, and
 * programme rounds for partner admins. The API decides what each person may see.
 */
export const mentoringRoutes: Routes = [
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./mentoring-shell.component').then((m) => m.MentoringShell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'mentoring.title',
        loadComponent: () => import('./hub/mentoring-hub.page').then((m) => m.MentoringHubPage),
      },
      {
        path: 'mentee-profile',
        title: 'mentoring.mentee.title',
        loadComponent: () =>
          import('./profiles/mentee-profile.page').then((m) => m.MenteeProfilePage),
      },
      {
        path: 'mentor-profile',
        title: 'mentoring.mentor.title',
        loadComponent: () =>
          import('./profiles/mentor-profile.page').then((m) => m.MentorProfilePage),
      },
      {
        path: 'relationships/:id',
        // Replaced by "Mentoring with <name>" once the relationship has loaded.
        title: 'mentoring.relationship.heading',
        loadComponent: () =>
          import('./relationship/relationship.page').then((m) => m.RelationshipPage),
      },
      {
        path: 'review',
        title: 'mentoring.review.title',
        canActivate: [roleGuard('trainer', 'partner_admin', 'admin')],
        loadComponent: () => import('./review/mentor-review.page').then((m) => m.MentorReviewPage),
      },
      {
        path: 'programmes',
        title: 'mentoring.programmes.title',
        canActivate: [roleGuard('partner_admin', 'admin')],
        loadComponent: () => import('./programmes/programmes.page').then((m) => m.ProgrammesPage),
      },
      {
        path: 'programmes/:id',
        // Replaced by the programme's name once it has loaded.
        title: 'mentoring.programmes.title',
        canActivate: [roleGuard('partner_admin', 'admin')],
        loadComponent: () => import('./programmes/programme.page').then((m) => m.ProgrammePage),
      },
    ],
  },
];
