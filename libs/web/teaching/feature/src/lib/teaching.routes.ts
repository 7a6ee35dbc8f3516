import type { Routes } from '@angular/router';
import { roleGuard } from '@academy/web/identity/data-access';

/**
 * `/teaching`: trainers, partner admins and admins follow the learners of courses (the API
 * decides which courses and which learners: a partner admin sees their territories' only).
 */
export const teachingRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('trainer', 'partner_admin', 'admin')],
    loadComponent: () => import('./teaching-shell.component').then((m) => m.TeachingShell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'teaching.title',
        loadComponent: () =>
          import('./courses/teaching-courses.page').then((m) => m.TeachingCoursesPage),
      },
      {
        path: 'courses/:courseId',
        // Replaced by the course's title once the report has loaded.
        title: 'teaching.report.title',
        loadComponent: () => import('./report/course-report.page').then((m) => m.CourseReportPage),
      },
      {
        path: 'courses/:courseId/submissions/:submissionId',
        // Replaced by whose work and which assignment once it has loaded.
        title: 'teaching.submission.title',
        loadComponent: () =>
          import('./submission/submission-review.page').then((m) => m.SubmissionReviewPage),
      },
      {
        path: 'courses/:courseId/cohorts',
        title: 'teaching.cohorts.title',
        loadComponent: () => import('./cohorts/cohorts.page').then((m) => m.CohortsPage),
      },
    ],
  },
];
