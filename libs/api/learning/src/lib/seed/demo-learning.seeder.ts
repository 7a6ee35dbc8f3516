import { PublishedCourses } from '@academy/api/catalog';
import { UsersService } from '@academy/api/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { lessonsInOrder } from '../progress/course-outline';
import { ProgressService } from '../progress/progress.service';

/**
 * Demo learning for `npm start`, through the real services: Luca follows two courses (a few
 * lessons read in the first) and Ana one, so "My courses" and the teaching views have
 * something to show. Enrolling and marking done are idempotent, so running it again changes
 * nothing.
 */
@Injectable()
export class DemoLearning {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly enrolments: EnrolmentService,
    private readonly progress: ProgressService,
    private readonly courses: PublishedCourses,
  ) {}

  async seed(): Promise<void> {
    const published = (await this.dataSource.query(
      `SELECT id FROM courses WHERE published_version_id IS NOT NULL AND archived_at IS NULL ORDER BY created_at, id LIMIT 3`,
    )) as { id: string }[];
    const [first, second, third] = published.map((c) => c.id);
    if (!first || !second || !third) return;
    const luca = await this.users.actingAs('learner@academy.test');
    const ana = await this.users.actingAs('student@academy.test');
    const enrolment = await this.enrolments.enrol(luca.id, first);
    await this.enrolments.enrol(luca.id, second);
    await this.enrolments.enrol(ana.id, third);
    const version = (await this.courses.course(first))?.currentVersion;
    if (!version) return;
    const readable = lessonsInOrder(version.content)
      .map(({ lesson }) => lesson)
      .filter((lesson) => lesson.kind === 'article' || lesson.kind === 'video' || lesson.kind === 'resource')
      .slice(0, 2);
    for (const lesson of readable) await this.progress.markDone(luca.id, enrolment.id, lesson.id);
  }
}
