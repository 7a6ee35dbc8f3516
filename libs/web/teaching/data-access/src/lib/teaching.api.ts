import { HttpClient, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssignmentView,
  Cohort,
  CohortImportReport,
  CourseReport,
  PeerReviewRequest,
  TeachingCourse,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type { NewCohortRequest } from './teaching.models';

const BASE = '/api/learning';
const seg = encodeURIComponent;
const course = (courseId: string) => `${BASE}/courses/${seg(courseId)}`;
const cohortParams = (cohortId: string | null): Record<string, string> =>
  cohortId ? { cohort: cohortId } : {};

/**
 * The endpoints trainers, partner admins and admins use to follow a course's learners, one
 * method each; the stores hold the state. Every call goes through the app's interceptor, which
 * adds the bearer token (the CSV file too: it is fetched as a Blob, not opened as a link).
 */
@Injectable({ providedIn: 'root' })
export class TeachingApi {
  private readonly http = inject(HttpClient);

  /** The courses this person can follow. */
  courses(): Promise<TeachingCourse[]> {
    return firstValueFrom(this.http.get<TeachingCourse[]>(`${BASE}/teaching`));
  }
  /** The course's learners (a partner admin's territories only), by cohort when given. 403 when not allowed. */
  report(courseId: string, cohortId: string | null): Promise<CourseReport> {
    return firstValueFrom(
      this.http.get<CourseReport>(`${course(courseId)}/report`, { params: cohortParams(cohortId) }),
    );
  }
  /** The same report as a CSV file for a spreadsheet. */
  reportCsv(courseId: string, cohortId: string | null): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`${course(courseId)}/report.csv`, {
        params: cohortParams(cohortId),
        responseType: 'blob',
      }),
    );
  }
  /** The course's cohorts this person manages. */
  cohorts(courseId: string): Promise<Cohort[]> {
    return firstValueFrom(this.http.get<Cohort[]>(`${course(courseId)}/cohorts`));
  }
  /** 400 with field errors; 409 `cohort_exists` when the course has a cohort of that name. */
  createCohort(courseId: string, cohort: NewCohortRequest): Promise<Cohort> {
    return firstValueFrom(this.http.post<Cohort>(`${course(courseId)}/cohorts`, cohort));
  }
  /**
   * Enrols or invites the people of a CSV file (field `file`). Upload progress comes as
   * HttpEvents; the caller turns them into a percentage. 400 for a file it cannot read, 413
   * above 1 MB.
   */
  importMembers(cohortId: string, file: File): Observable<HttpEvent<CohortImportReport>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<CohortImportReport>(`${BASE}/cohorts/${seg(cohortId)}/members`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }
  /**
   * A learner's submitted assignment with its instructions, rubric and the reviews sent so far.
   * 404 when it does not exist or is not this person's to review (never 403).
   */
  submission(submissionId: string): Promise<TrainerSubmissionView> {
    return firstValueFrom(
      this.http.get<TrainerSubmissionView>(`${BASE}/submissions/${seg(submissionId)}`),
    );
  }
  /**
   * The trainer's review with the rubric (sending it again revises it); it counts as one review
   * received. Answers the learner's assignment as it now stands. 400 with `comment` and
   * `scores.<criterionId>` field errors; 403 `own_work` for one's own submission.
   */
  trainerReview(submissionId: string, review: PeerReviewRequest): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.post<AssignmentView>(
        `${BASE}/submissions/${seg(submissionId)}/trainer-review`,
        review,
      ),
    );
  }
  /** Settles an assignment: it counts as complete without the usual reviews. Idempotent. */
  override(submissionId: string): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.post<AssignmentView>(`${BASE}/submissions/${seg(submissionId)}/override`, {}),
    );
  }
}
