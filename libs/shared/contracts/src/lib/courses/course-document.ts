import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { LEARNER_PROFILES } from '../roles';
import { COURSE_DOCUMENT_VERSION, COURSE_LEVELS, COURSE_THEMES } from './course-vocabulary';

/**
 * The course document: everything a version of a course contains (metadata, modules, lessons,
 * quizzes, rubrics). It is what authors edit, what a published version freezes, and the
 * single JSON file partner academies exchange (import/export), validated by this schema and
 * published as JSON Schema. Ids of modules, lessons, questions and options are stable across
 * versions, so learners keep progress on lessons that did not change.
 */
const id = z.string().uuid('must be a UUID');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const markdown = z.string().max(50_000);
const httpsUrl = z
  .string()
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

export const competenceTagSchema = z.object({
  framework: text(2, 40),
  code: text(1, 20),
  /** Proficiency level aimed at, 1-8 where the framework defines levels. */
  targetLevel: z.number().int().min(1).max(8).optional(),
});

const lessonBase = {
  id,
  title: text(1, 200),
  /** Optional lessons do not count towards completion. */
  required: z.boolean().default(true),
  estimatedMinutes: z.number().int().min(1).max(6000).optional(),
  competences: z.array(competenceTagSchema).max(30).default([]),
};

export const articleLessonSchema = z.object({
  ...lessonBase,
  kind: z.literal('article'),
  body: markdown.min(1),
  /** Set when the article presents a good practice; the attribution is shown with it. */
  caseStudy: z.object({ slug: text(1, 120), attribution: text(1, 1000) }).optional(),
});

export const videoLessonSchema = z.object({
  ...lessonBase,
  kind: z.literal('video'),
  url: httpsUrl,
  /** Required for accessibility: learners who cannot hear or watch read it. */
  transcript: markdown.min(20, 'is required (at least 20 characters) so the video is accessible'),
  captionsUrl: httpsUrl.optional(),
});

export const resourceLessonSchema = z
  .object({
    ...lessonBase,
    kind: z.literal('resource'),
    description: markdown.optional(),
    link: httpsUrl.optional(),
    file: z
      .object({
        fileId: id,
        name: text(1, 255),
        mediaType: text(3, 120),
        size: z.number().int().min(1),
      })
      .optional(),
  })
  .superRefine((lesson, ctx) => {
    if (!!lesson.link === !!lesson.file) {
      ctx.addIssue({
        code: 'custom',
        path: ['link'],
        message: 'give either a link or a file, not both or neither',
      });
    }
  });

const optionSchema = z.object({
  id,
  text: text(1, 500),
  correct: z.boolean(),
  feedback: text(1, 1000).optional(),
});

export const questionSchema = z
  .object({
    id,
    type: z.enum(['single', 'multiple', 'true_false']),
    prompt: text(1, 2000),
    options: z.array(optionSchema).min(2).max(10),
    /** Shown after submission, whatever the answer. */
    feedback: text(1, 2000).optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type !== 'multiple' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'must have exactly one correct option',
      });
    }
    if (q.type === 'multiple' && correct < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'must have at least one correct option',
      });
    }
    if (q.type === 'true_false' && q.options.length !== 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'must have exactly two options (true and false)',
      });
    }
  });

export const quizLessonSchema = z.object({
  ...lessonBase,
  kind: z.literal('quiz'),
  /** Percentage of points needed to pass. */
  passMark: z.number().int().min(0).max(100),
  attemptLimit: z.number().int().min(1).max(100).optional(),
  questions: z.array(questionSchema).min(1).max(100),
});

export const rubricSchema = z.object({
  criteria: z
    .array(
      z.object({
        id,
        title: text(1, 200),
        levels: z
          .array(
            z.object({
              id,
              title: text(1, 200),
              description: text(1, 1000).optional(),
              points: z.number().int().min(0).max(100),
            }),
          )
          .min(2)
          .max(10),
      }),
    )
    .min(1)
    .max(20),
});

export const assignmentLessonSchema = z.object({
  ...lessonBase,
  kind: z.literal('assignment'),
  prompt: markdown.min(1),
  rubric: rubricSchema,
});

export const lessonSchema = z.discriminatedUnion('kind', [
  articleLessonSchema,
  videoLessonSchema,
  resourceLessonSchema,
  quizLessonSchema,
  assignmentLessonSchema,
]);

export const moduleSchema = z.object({
  id,
  title: text(1, 200),
  summary: text(1, 1000).optional(),
  lessons: z.array(lessonSchema).min(1).max(100),
});

export const courseDocumentSchema = z
  .object({
    schemaVersion: z.literal(COURSE_DOCUMENT_VERSION),
    title: text(3, 160),
    summary: text(10, 500),
    description: markdown.min(1),
    language: z.enum(LANGUAGES),
    level: z.enum(COURSE_LEVELS),
    estimatedHours: z.number().min(0.5).max(1000),
    audiences: z.array(z.enum(LEARNER_PROFILES)).min(1),
    themes: z.array(z.enum(COURSE_THEMES)).min(1),
    competences: z.array(competenceTagSchema).max(50).default([]),
    learningOutcomes: z.array(text(3, 300)).min(1).max(20),
    coverImage: z
      .object({ fileId: id.optional(), url: httpsUrl.optional(), alt: text(1, 300) })
      .optional(),
    modules: z.array(moduleSchema).min(1).max(50),
  })
  .superRefine((doc, ctx) => {
    // Ids must be unique across the whole document: progress and answers refer to them.
    const seen = new Map<string, string>();
    const claim = (value: string, path: (string | number)[]) => {
      if (seen.has(value))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `duplicates the id used at ${seen.get(value)}`,
        });
      else seen.set(value, path.join('.'));
    };
    doc.modules.forEach((m, mi) => {
      claim(m.id, ['modules', mi, 'id']);
      m.lessons.forEach((l, li) => {
        claim(l.id, ['modules', mi, 'lessons', li, 'id']);
        if (l.kind === 'quiz') {
          l.questions.forEach((q, qi) => {
            claim(q.id, ['modules', mi, 'lessons', li, 'questions', qi, 'id']);
            q.options.forEach((o, oi) =>
              claim(o.id, ['modules', mi, 'lessons', li, 'questions', qi, 'options', oi, 'id']),
            );
          });
        }
      });
    });
  });

export type CourseDocument = z.output<typeof courseDocumentSchema>;
export type CourseDocumentInput = z.input<typeof courseDocumentSchema>;
export type CourseModule = z.output<typeof moduleSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type QuizLesson = z.output<typeof quizLessonSchema>;
export type Question = z.output<typeof questionSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type CompetenceTag = z.output<typeof competenceTagSchema>;

export interface DocumentProblem {
  path: string;
  message: string;
}

/** Validates a course document, listing every problem with its path (e.g. modules.0.lessons.2.questions.0.options). */
export function validateCourseDocument(
  input: unknown,
): { ok: true; document: CourseDocument } | { ok: false; problems: DocumentProblem[] } {
  const result = courseDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(document)',
      message: issue.message,
    })),
  };
}

/** The JSON Schema of the exchange format, for partner academies' tools. */
export function courseDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(courseDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
