import { PublishedCourses } from '@academy/api/catalog';
import { UsersService } from '@academy/api/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { lessonsInOrder } from '../progress/course-outline';
import { ProgressService } from '../progress/progress.service';

/** Who follows which demo course (found by the start of its title), and how far they got. */
const DEMO_ENROLMENTS = [
  { email: 'learner@academy.test', titleStartsWith: 'Alla scoperta', lessonsDone: 2 },
  { email: 'learner@academy.test', titleStartsWith: 'Funding your social enterprise', lessonsDone: 0 },
  { email: 'student@academy.test', titleStartsWith: 'Green transition', lessonsDone: 1 },
];

/**
 * Demo learning for `npm start`, through the real services: Luca follows two courses (two
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
    for (const plan of DEMO_ENROLMENTS) {
      const [course] = (await this.dataSource.query(
        `SELECT c.id FROM courses c JOIN course_versions v ON v.id = c.published_version_id
         WHERE c.archived_at IS NULL AND v.content->>'title' LIKE $1 ORDER BY c.created_at LIMIT 1`,
        [`${plan.titleStartsWith}%`],
      )) as { id: string }[];
      const version = course ? (await this.courses.course(course.id))?.currentVersion : null;
      if (!course || !version) continue;
      const learner = await this.users.actingAs(plan.email);
      const enrolment = await this.enrolments.enrol(learner.id, course.id);
      const readable = lessonsInOrder(version.content)
        .map(({ lesson }) => lesson)
        .filter((lesson) => lesson.kind === 'article' || lesson.kind === 'video' || lesson.kind === 'resource')
        .slice(0, plan.lessonsDone);
      for (const lesson of readable) await this.progress.markDone(learner.id, enrolment.id, lesson.id);
    }
  }
}
