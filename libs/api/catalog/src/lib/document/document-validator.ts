import { CompetencesService, type CompetenceRef } from '@academy/api/competences';
import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import type { CourseDocument, DocumentProblem } from '@academy/shared/contracts';
import { validateCourseDocument } from '@academy/shared/contracts/course-format';
import { Inject, Injectable } from '@nestjs/common';
import { invalidDocument } from '../catalog.errors';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface TaggedRef extends CompetenceRef {
  path: string;
  targetLevel?: unknown;
}

/**
 * Checks a course document completely: the contract's schema, then what only the server knows
 * (competences that exist, allowed video hosts). The second pass walks the raw input
 * defensively, so a file with both kinds of problems gets all of them in one answer.
 */
@Injectable()
export class DocumentValidator {
  constructor(
    private readonly competences: CompetencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The parsed document (defaults applied), or an invalid_document error listing every problem. */
  async validate(input: unknown): Promise<CourseDocument> {
    const result = validateCourseDocument(input);
    const problems: DocumentProblem[] = result.ok ? [] : [...result.problems];
    problems.push(...this.videoHostProblems(input), ...(await this.competenceProblems(input)));
    if (problems.length > 0 || !result.ok) throw invalidDocument(dedupe(problems));
    return result.document;
  }

  private videoHostProblems(input: unknown): DocumentProblem[] {
    const allowed = new Set(this.config.VIDEO_HOSTS.map((h) => h.toLowerCase()));
    const problems: DocumentProblem[] = [];
    lessons(input).forEach(({ lesson, path }) => {
      if (lesson['kind'] !== 'video' || typeof lesson['url'] !== 'string') return;
      let host: string;
      try {
        host = new URL(lesson['url']).hostname.toLowerCase();
      } catch {
        return; // the schema already reports a malformed URL
      }
      if (!allowed.has(host)) {
        problems.push({
          path: `${path}.url`,
          message: `must be a video on one of the allowed hosts: ${[...allowed].join(', ')}`,
        });
      }
    });
    return problems;
  }

  private async competenceProblems(input: unknown): Promise<DocumentProblem[]> {
    const refs: TaggedRef[] = [];
    const collect = (tags: unknown, path: string) =>
      list(tags).forEach((tag, i) => {
        if (
          isNode(tag) &&
          typeof tag['framework'] === 'string' &&
          typeof tag['code'] === 'string'
        ) {
          refs.push({
            framework: tag['framework'].trim(),
            code: tag['code'].trim(),
            path: `${path}.${i}`,
            targetLevel: tag['targetLevel'],
          });
        }
      });
    if (isNode(input)) collect(input['competences'], 'competences');
    lessons(input).forEach(({ lesson, path }) =>
      collect(lesson['competences'], `${path}.competences`),
    );
    if (refs.length === 0) return [];

    const [{ unknown }, frameworks] = await Promise.all([
      this.competences.findCompetences(refs),
      this.competences.list(),
    ]);
    const missing = new Set(unknown.map((r) => `${r.framework}\u0000${r.code}`));
    const maxLevel = new Map(frameworks.map((f) => [f.code, f.levels.length]));
    return refs.flatMap((ref): DocumentProblem[] => {
      if (missing.has(`${ref.framework}\u0000${ref.code}`)) {
        return [
          {
            path: ref.path,
            message: `names no competence: ${ref.framework} ${ref.code} does not exist`,
          },
        ];
      }
      const max = maxLevel.get(ref.framework) ?? 0;
      if (typeof ref.targetLevel === 'number' && ref.targetLevel > max) {
        const why =
          max === 0
            ? `${ref.framework} defines no proficiency levels`
            : `${ref.framework} has levels 1 to ${max}`;
        return [{ path: `${ref.path}.targetLevel`, message: `is out of range: ${why}` }];
      }
      return [];
    });
  }
}

/** Every lesson of a possibly malformed document, with its path. */
function lessons(input: unknown): { lesson: Node; path: string }[] {
  if (!isNode(input)) return [];
  return list(input['modules']).flatMap((module, mi) =>
    isNode(module)
      ? list(module['lessons']).flatMap((lesson, li) =>
          isNode(lesson) ? [{ lesson, path: `modules.${mi}.lessons.${li}` }] : [],
        )
      : [],
  );
}

const dedupe = (problems: DocumentProblem[]) => [
  ...new Map(problems.map((p) => [`${p.path}\u0000${p.message}`, p])).values(),
];
