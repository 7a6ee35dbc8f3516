import { UsersService } from '@academy/api/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { slugify } from '../authoring/slug';
import { AuthoringService } from '../authoring/authoring.service';
import type { CreateCourseDto } from '../dtos/course.dtos';
import { CourseEntity } from '../entities/course.entity';
import { ReviewService } from '../review/review.service';
import { DEMO_COURSES } from './demo-courses';

/**
 * Publishes the demo courses through the real workflow (a trainer creates and submits, an
 * admin approves), so they are indexed and versioned like any course. A course whose slug
 * exists is left alone: running the seed twice changes nothing.
 */
@Injectable()
export class DemoCourses {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authoring: AuthoringService,
    private readonly review: ReviewService,
    private readonly users: UsersService,
  ) {}

  async seed(authorEmail: string, reviewerEmail: string): Promise<number> {
    let published = 0;
    for (const document of DEMO_COURSES) {
      const title = (document as { title: string }).title;
      if (await this.dataSource.getRepository(CourseEntity).existsBy({ slug: slugify(title) }))
        continue;
      await this.publish(authorEmail, reviewerEmail, document as CreateCourseDto['document']);
      published++;
    }
    return published;
  }

  /** Publishes one document as the author, approved by the reviewer; returns the course id. */
  async publish(authorEmail: string, reviewerEmail: string, document: CreateCourseDto['document']): Promise<string> {
    const author = await this.users.actingAs(authorEmail);
    const reviewer = await this.users.actingAs(reviewerEmail);
    const course = await this.authoring.create(author, { territoryId: null, document });
    await this.review.submit(author, course.id);
    await this.review.approve(reviewer, course.id, 'Reviewed for the launch of the academy.');
    return course.id;
  }
}
