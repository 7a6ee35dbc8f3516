import { APP_CONFIG, forbidden, type AppConfig, type AuthUser } from '@academy/api/core';
import type { CourseDocument } from '@academy/shared/contracts';
import { courseDocumentJsonSchema } from '@academy/shared/contracts/course-format';
import { Inject, Injectable } from '@nestjs/common';
import type { CourseView } from '../catalog.models';
import { courseNotFound } from '../catalog.errors';
import { AuthoringService, type NewCourse } from '../authoring/authoring.service';
import { mayManage, mayView } from '../course-policy';
import { CourseStore } from '../course-store';

/** Courses as single JSON files that partner academies exchange. */
@Injectable()
export class ExchangeService {
  constructor(
    private readonly store: CourseStore,
    private readonly authoring: AuthoringService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The latest document of a course: the version being worked on, or else the published one. */
  async export(
    user: AuthUser,
    courseId: string,
  ): Promise<{ slug: string; document: CourseDocument }> {
    const manager = this.store.dataSource.manager;
    const loaded = await this.store.find(manager, courseId);
    if (!mayView(user, loaded.scope) && !mayManage(user, loaded.scope)) throw courseNotFound();
    if (!mayManage(user, loaded.scope))
      throw forbidden('Only the course’s authors and admins export it');
    const version =
      loaded.open ?? (await this.store.version(manager, loaded.course.publishedVersionId));
    if (!version) throw courseNotFound();
    return { slug: loaded.course.slug, document: version.content };
  }

  /**
   * A new draft course from a file. Same checks as creating one: every problem is listed and,
   * when there is any, nothing is written.
   */
  import(user: AuthUser, input: NewCourse): Promise<CourseView> {
    return this.authoring.create(user, input);
  }

  /** The JSON Schema of the exchange format, with its own address as $id. */
  schema(): Record<string, unknown> {
    return {
      $id: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/courses/schema.json`,
      title: 'MU.ST.SEE Academy course document',
      ...courseDocumentJsonSchema(),
    };
  }
}
