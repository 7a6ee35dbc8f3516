import { HttpClient, HttpErrorResponse, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssignmentView,
  EmailPreferences,
  EnrolmentSummary,
  MarkDoneResult,
  PeerReviewRequest,
  PlayerProgress,
  QuizResult,
  QuizSubmission,
} from '@academy/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type { PublicCourse } from './learning.models';

const BASE = '/api/learning';
const seg = encodeURIComponent;
const course = (courseId: string) => `${BASE}/courses/${seg(courseId)}/enrolment`;
const enrolment = (enrolmentId: string) => `${BASE}/enrolments/${seg(enrolmentId)}`;

/** The learning endpoints, one method each; the stores hold the state. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly http = inject(HttpClient);

  /** Idempotent; enrols again after a withdrawal. */
  enrol(courseId: string): Promise<EnrolmentSummary> {
    return firstValueFrom(this.http.post<EnrolmentSummary>(course(courseId), {}));
  }
  withdraw(courseId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(course(courseId)));
  }
  /** The learner's enrolment in a course; null when they are not enrolled (404). */
  async enrolment(courseId: string): Promise<EnrolmentSummary | null> {
    try {
      return await firstValueFrom(this.http.get<EnrolmentSummary>(course(courseId)));
    } catch (e) {
      if (e instanceof HttpErrorResponse && e.status === 404) return null;
      throw e;
    }
  }
  /** "My courses": active first, then completed; withdrawn ones are left out. */
  enrolments(): Promise<EnrolmentSummary[]> {
    return firstValueFrom(this.http.get<EnrolmentSummary[]>(`${BASE}/enrolments`));
  }
  progress(enrolmentId: string): Promise<PlayerProgress> {
    return firstValueFrom(this.http.get<PlayerProgress>(enrolment(enrolmentId)));
  }
  /** The content of the version the learner follows. */
  course(enrolmentId: string): Promise<PublicCourse> {
    return firstValueFrom(this.http.get<PublicCourse>(`${enrolment(enrolmentId)}/course`));
  }
  /** Records "where I left off". */
  visit(enrolmentId: string, lessonId: string): Promise<void> {
    return firstValueFrom(
      this.http.post<void>(`${enrolment(enrolmentId)}/lessons/${seg(lessonId)}/visit`, {}),
    );
  }
  /** For articles, videos and resources. */
  markDone(enrolmentId: string, lessonId: string): Promise<MarkDoneResult> {
    return firstValueFrom(
      this.http.post<MarkDoneResult>(`${enrolment(enrolmentId)}/lessons/${seg(lessonId)}/done`, {}),
    );
  }
  submitQuiz(enrolmentId: string, lessonId: string, answers: QuizSubmission): Promise<QuizResult> {
    return firstValueFrom(
      this.http.post<QuizResult>(
        `${enrolment(enrolmentId)}/quizzes/${seg(lessonId)}/attempts`,
        answers,
      ),
    );
  }
  /** Previous attempts, newest first. */
  quizAttempts(enrolmentId: string, lessonId: string): Promise<QuizResult[]> {
    return firstValueFrom(
      this.http.get<QuizResult[]>(`${enrolment(enrolmentId)}/quizzes/${seg(lessonId)}/attempts`),
    );
  }
  assignment(enrolmentId: string, lessonId: string): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.get<AssignmentView>(`${enrolment(enrolmentId)}/assignments/${seg(lessonId)}`),
    );
  }
  /** One submission per assignment: 409 `already_submitted` after the first. */
  submitAssignment(enrolmentId: string, lessonId: string, text: string): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.put<AssignmentView>(
        `${enrolment(enrolmentId)}/assignments/${seg(lessonId)}/submission`,
        { text },
      ),
    );
  }
  /**
   * Attaches (or replaces) the file of an assignment not yet submitted: upload events, for a
   * progress bar, then the assignment as it is now.
   */
  attachFile(
    enrolmentId: string,
    lessonId: string,
    file: File,
  ): Observable<HttpEvent<AssignmentView>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.put<AssignmentView>(
      `${enrolment(enrolmentId)}/assignments/${seg(lessonId)}/file`,
      form,
      { reportProgress: true, observe: 'events' },
    );
  }
  removeFile(enrolmentId: string, lessonId: string): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.delete<AssignmentView>(
        `${enrolment(enrolmentId)}/assignments/${seg(lessonId)}/file`,
      ),
    );
  }
  /** Answers the reviewer's own assignment, with the review counted. */
  review(reviewId: string, review: PeerReviewRequest): Promise<AssignmentView> {
    return firstValueFrom(
      this.http.post<AssignmentView>(`${BASE}/peer-reviews/${seg(reviewId)}`, review),
    );
  }
  /** Moves to the newest published version, keeping the progress of unchanged lessons. */
  moveToLatest(enrolmentId: string): Promise<EnrolmentSummary> {
    return firstValueFrom(
      this.http.post<EnrolmentSummary>(`${enrolment(enrolmentId)}/move-to-latest`, {}),
    );
  }

  emailPreferences(): Promise<EmailPreferences> {
    return firstValueFrom(this.http.get<EmailPreferences>('/api/me/email-preferences'));
  }
  saveEmailPreferences(preferences: EmailPreferences): Promise<EmailPreferences> {
    return firstValueFrom(
      this.http.put<EmailPreferences>('/api/me/email-preferences', preferences),
    );
  }
  /** Public: the token of the email's link stands for the learner. */
  unsubscribe(token: string): Promise<EmailPreferences> {
    return firstValueFrom(
      this.http.post<EmailPreferences>('/api/email-preferences/unsubscribe', { token }),
    );
  }
}
