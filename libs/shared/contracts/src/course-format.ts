// Validation of the course document (zod), for the API and authoring tools. A separate entry
// point, so code that only needs the vocabulary and types does not load zod.
export {
  courseDocumentSchema,
  lessonSchema,
  moduleSchema,
  questionSchema,
  rubricSchema,
  competenceTagSchema,
  validateCourseDocument,
  courseDocumentJsonSchema,
} from './lib/courses/course-document';
