import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { frameworkNotFound } from './competences.errors';
import type {
  CompetenceLookup,
  CompetenceRef,
  FrameworkDetail,
  FrameworkLevel,
  FrameworkSummary,
  ResolvedCompetence,
} from './competences.models';
import { CompetenceAreaEntity } from './entities/competence-area.entity';
import { CompetenceFrameworkEntity } from './entities/competence-framework.entity';
import { CompetenceEntity } from './entities/competence.entity';
import { FrameworkLevelEntity } from './entities/framework-level.entity';
import { seedFrameworks } from './seed/seed-frameworks';

const toLevel = (l: FrameworkLevelEntity): FrameworkLevel => ({ level: l.level, name: l.name, band: l.band });
const refKey = (r: CompetenceRef) => `${r.framework}\u0000${r.code}`;

@Injectable()
export class CompetencesService {
  constructor(
    @InjectRepository(CompetenceFrameworkEntity) private readonly frameworks: Repository<CompetenceFrameworkEntity>,
    @InjectRepository(CompetenceEntity) private readonly competences: Repository<CompetenceEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every framework with its proficiency scale and the size of its catalogue, oldest first. */
  async list(): Promise<FrameworkSummary[]> {
    const rows = await this.frameworks.find({
      relations: { levels: true },
      order: { year: 'ASC', code: 'ASC', levels: { level: 'ASC' } },
    });
    const areas = await this.countBy(CompetenceAreaEntity);
    const competences = await this.countBy(CompetenceEntity);
    return rows.map((f) => ({
      code: f.code,
      title: f.title,
      year: f.year,
      source: f.source,
      levels: f.levels.map(toLevel),
      areaCount: areas.get(f.id) ?? 0,
      competenceCount: competences.get(f.id) ?? 0,
    }));
  }

  /** One framework with its areas and competences in published order; not_found otherwise. */
  async get(frameworkCode: string): Promise<FrameworkDetail> {
    const f = await this.frameworks.findOne({
      where: { code: frameworkCode },
      relations: { levels: true, areas: { competences: true } },
      order: { levels: { level: 'ASC' }, areas: { position: 'ASC', competences: { position: 'ASC' } } },
    });
    if (!f) throw frameworkNotFound();
    return {
      code: f.code,
      title: f.title,
      year: f.year,
      source: f.source,
      levels: f.levels.map(toLevel),
      areas: f.areas.map((a) => ({
        code: a.code,
        title: a.title,
        competences: a.competences.map((c) => ({ id: c.id, code: c.code, title: c.title })),
      })),
    };
  }

  /** The proficiency scale of a framework (empty when none is published, as for GreenComp). */
  async levelsOf(frameworkCode: string): Promise<FrameworkLevel[]> {
    const f = await this.frameworks.findOne({
      where: { code: frameworkCode },
      relations: { levels: true },
      order: { levels: { level: 'ASC' } },
    });
    if (!f) throw frameworkNotFound();
    return f.levels.map(toLevel);
  }

  /**
   * Resolves references such as a course's tags in one query. Duplicates are answered once;
   * the caller decides whether an unknown reference is an error (and which field it was).
   */
  async findCompetences(refs: CompetenceRef[]): Promise<CompetenceLookup> {
    const unique = [...new Map(refs.map((r) => [refKey(r), { framework: r.framework, code: r.code }])).values()];
    if (unique.length === 0) return { found: [], unknown: [] };
    const rows: ResolvedCompetence[] = await this.competences
      .createQueryBuilder('c')
      .innerJoin('c.framework', 'f')
      .innerJoin('c.area', 'a')
      .select('c.id', 'id')
      .addSelect('f.code', 'framework')
      .addSelect('c.code', 'code')
      .addSelect('c.title', 'title')
      .addSelect('a.code', 'areaCode')
      .where('(f.code, c.code) IN (SELECT * FROM unnest(CAST(:frameworks AS text[]), CAST(:codes AS text[])))', {
        frameworks: unique.map((r) => r.framework),
        codes: unique.map((r) => r.code),
      })
      .getRawMany();
    const byKey = new Map(rows.map((r) => [refKey(r), r]));
    return {
      found: unique.flatMap((r) => byKey.get(refKey(r)) ?? []),
      unknown: unique.filter((r) => !byKey.has(refKey(r))),
    };
  }

  /** Upserts the three EU frameworks; running it twice changes nothing. */
  seed(): Promise<void> {
    return this.dataSource.transaction((manager) => seedFrameworks(manager));
  }

  private async countBy(entity: typeof CompetenceAreaEntity | typeof CompetenceEntity): Promise<Map<string, number>> {
    const rows: { frameworkId: string; count: number }[] = await this.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .select('x.framework_id', 'frameworkId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('x.framework_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.frameworkId, r.count]));
  }
}
