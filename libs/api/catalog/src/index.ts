export { CatalogModule, catalogEntities } from './lib/catalog.module';
export { AuthoringService } from './lib/authoring/authoring.service';
export { DemoCourses } from './lib/seed/demo-courses.seeder';
export { PublishedCourses } from './lib/published-courses';
export type { PublishedCourseRef, PublishedVersion } from './lib/published-courses';
export { toPublicCourse } from './lib/projection/public-course';
export { renderMarkdown } from './lib/projection/markdown';
export { sampleCourseDocument } from './lib/document/sample-course-document';
export type { PublicCourse, PublicLesson, PublicQuestion } from './lib/projection/public-course';
export type {
  CourseSummaryView,
  CourseView,
  VersionChanges,
  VersionView,
} from './lib/catalog.models';
// The catalogue read model (libs/api/catalog/src/lib/search, built alongside by another engineer).
export { CatalogIndex } from './lib/search/catalog-index.service';
export type { PublishedCourse } from './lib/search/catalog-index.service';
export { buildCatalogSql, effectiveSort } from './lib/search/catalog-query';
export type { CatalogQuery } from './lib/search/catalog-query';
