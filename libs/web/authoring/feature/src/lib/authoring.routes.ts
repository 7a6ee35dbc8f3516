import type { Routes } from '@angular/router';
import { roleGuard } from '@academy/web/identity/data-access';

/** Course authoring and review, for trainers, partner admins and admins (the API decides). */
export const authoringRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('trainer', 'partner_admin', 'admin')],
    loadComponent: () => import('./authoring-shell.component').then((m) => m.AuthoringShell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'authoring.title',
        loadComponent: () => import('./courses/my-courses.page').then((m) => m.MyCoursesPage),
      },
      {
        path: 'courses/new',
        title: 'authoring.editor.newTitle',
        loadComponent: () => import('./editor/course-editor.page').then((m) => m.CourseEditorPage),
      },
      {
        path: 'courses/:id',
        title: 'authoring.editor.title',
        loadComponent: () => import('./editor/course-editor.page').then((m) => m.CourseEditorPage),
      },
      {
        path: 'reviews',
        title: 'authoring.reviews.title',
        canActivate: [roleGuard('trainer', 'admin')],
        loadComponent: () => import('./reviews/review-queue.page').then((m) => m.ReviewQueuePage),
      },
      {
        path: 'reviews/:courseId',
        title: 'authoring.review.title',
        canActivate: [roleGuard('trainer', 'admin')],
        loadComponent: () => import('./reviews/review.page').then((m) => m.ReviewPage),
      },
    ],
  },
];
