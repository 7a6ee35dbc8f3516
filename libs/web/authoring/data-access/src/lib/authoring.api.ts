import { HttpClient, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CourseDocument } from '@academy/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type {
  CourseHistory,
  CourseSummary,
  CourseView,
  ReviewQueueItem,
  UploadedFile,
} from './authoring.models';

const COURSES = '/api/courses';
const id = (courseId: string) => `${COURSES}/${encodeURIComponent(courseId)}`;

/** The authoring and review endpoints, one method each; the stores hold the state. */
@Injectable({ providedIn: 'root' })
export class AuthoringApi {
  private readonly http = inject(HttpClient);

  mine(): Promise<CourseSummary[]> {
    return firstValueFrom(this.http.get<CourseSummary[]>(`${COURSES}/mine`));
  }
  get(courseId: string): Promise<CourseView> {
    return firstValueFrom(this.http.get<CourseView>(id(courseId)));
  }
  create(document: CourseDocument, territoryId: string | null): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(COURSES, { territoryId, document }));
  }
  importCourse(document: unknown, territoryId: string | null = null): Promise<CourseView> {
    return firstValueFrom(
      this.http.post<CourseView>(`${COURSES}/import`, { territoryId, document }),
    );
  }
  saveDraft(courseId: string, document: CourseDocument): Promise<CourseView> {
    return firstValueFrom(this.http.put<CourseView>(`${id(courseId)}/draft`, { document }));
  }
  submit(courseId: string): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(`${id(courseId)}/submit`, {}));
  }
  startEdit(courseId: string): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(`${id(courseId)}/edit`, {}));
  }
  archive(courseId: string): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(`${id(courseId)}/archive`, {}));
  }
  history(courseId: string): Promise<CourseHistory> {
    return firstValueFrom(this.http.get<CourseHistory>(`${id(courseId)}/versions`));
  }
  exportCourse(courseId: string): Promise<CourseDocument> {
    return firstValueFrom(this.http.get<CourseDocument>(`${id(courseId)}/export`));
  }
  reviews(): Promise<ReviewQueueItem[]> {
    return firstValueFrom(this.http.get<ReviewQueueItem[]>('/api/reviews'));
  }
  approve(courseId: string, note: string): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(`${id(courseId)}/approve`, { note }));
  }
  requestChanges(courseId: string, comments: string): Promise<CourseView> {
    return firstValueFrom(
      this.http.post<CourseView>(`${id(courseId)}/request-changes`, { comments }),
    );
  }
  /** Upload progress comes as HttpEvents; the caller turns them into a percentage. */
  upload(file: File): Observable<HttpEvent<UploadedFile>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<UploadedFile>('/api/files', body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** Trainers whose name matches `q`, who are not authors of the course yet. */
  authorCandidates(courseId: string, q: string): Promise<{ id: string; displayName: string }[]> {
    return firstValueFrom(
      this.http.get<{ id: string; displayName: string }[]>(`${id(courseId)}/author-candidates`, {
        params: { q },
      }),
    );
  }
  addAuthor(courseId: string, userId: string): Promise<CourseView> {
    return firstValueFrom(this.http.post<CourseView>(`${id(courseId)}/authors`, { userId }));
  }
}
