import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { courseNotFound } from './catalog.errors';
import type { CourseScope } from './course-policy';
import { CourseAuthorEntity } from './entities/course-author.entity';
import { CourseVersionEntity } from './entities/course-version.entity';
import { CourseEntity } from './entities/course.entity';

export interface LockedCourse {
  course: CourseEntity;
  scope: CourseScope;
  open: CourseVersionEntity | null;
}

/** Data access shared by the authoring, review and exchange services. */
@Injectable()
export class CourseStore {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Loads a course for a state change, holding its row lock until the transaction ends: every
   * workflow action on one course runs one after the other and sees the state the previous one
   * left (two reviewers approving at once publish once; the second finds nothing in review).
   */
  async lock(manager: EntityManager, courseId: string): Promise<LockedCourse> {
    const course = await manager
      .getRepository(CourseEntity)
      .findOne({ where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw courseNotFound();
    return {
      course,
      scope: await this.scope(manager, course),
      open: await this.openVersion(manager, courseId),
    };
  }

  async find(manager: EntityManager, courseId: string): Promise<LockedCourse> {
    const course = await manager.getRepository(CourseEntity).findOneBy({ id: courseId });
    if (!course) throw courseNotFound();
    return {
      course,
      scope: await this.scope(manager, course),
      open: await this.openVersion(manager, courseId),
    };
  }

  async scope(manager: EntityManager, course: CourseEntity): Promise<CourseScope> {
    const authors = await manager
      .getRepository(CourseAuthorEntity)
      .find({ where: { courseId: course.id }, order: { addedAt: 'ASC' } });
    return { territoryId: course.territoryId, authorIds: authors.map((a) => a.userId) };
  }

  openVersion(manager: EntityManager, courseId: string): Promise<CourseVersionEntity | null> {
    return manager
      .getRepository(CourseVersionEntity)
      .findOneBy({ courseId, status: In(['draft', 'in_review']) });
  }

  version(manager: EntityManager, id: string | null): Promise<CourseVersionEntity | null> {
    return id
      ? manager.getRepository(CourseVersionEntity).findOneBy({ id })
      : Promise.resolve(null);
  }
}
