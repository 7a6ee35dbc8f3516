import type { EntityManager, ObjectLiteral } from 'typeorm';
import { CompetenceAreaEntity } from '../entities/competence-area.entity';
import { CompetenceFrameworkEntity } from '../entities/competence-framework.entity';
import { CompetenceEntity } from '../entities/competence.entity';
import { FrameworkLevelEntity } from '../entities/framework-level.entity';
import { FRAMEWORKS, FRAMEWORKS_SOURCE } from './competence-frameworks.seed';

/**
 * INSERT … ON CONFLICT DO UPDATE, touching a row only when a value differs: a corrected title in
 * the seed reaches existing databases, and an unchanged seed rewrites nothing.
 */
async function upsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  conflict: string[],
  overwrite: string[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as T[])
    .orUpdate(overwrite, conflict, { skipUpdateIfNoValuesChanged: true })
    // Skipped rows return nothing, so there is nothing to copy back onto the objects.
    .updateEntity(false)
    .execute();
}

export async function seedFrameworks(manager: EntityManager): Promise<void> {
  for (const seed of FRAMEWORKS) {
    const { code, title, year } = seed;
    await upsert(manager, CompetenceFrameworkEntity, [{ code, title, year, source: FRAMEWORKS_SOURCE }], ['code'], ['title', 'year', 'source']);
    const framework = await manager.getRepository(CompetenceFrameworkEntity).findOneByOrFail({ code });
    const frameworkId = framework.id;

    await upsert(
      manager,
      FrameworkLevelEntity,
      seed.levels.map((l) => ({ frameworkId, ...l })),
      ['framework_id', 'level'],
      ['name', 'band'],
    );
    await upsert(
      manager,
      CompetenceAreaEntity,
      seed.areas.map((a, position) => ({ frameworkId, code: a.code, title: a.title, position })),
      ['framework_id', 'code'],
      ['title', 'position'],
    );
    const areas = await manager.getRepository(CompetenceAreaEntity).findBy({ frameworkId });
    const areaIds = new Map(areas.map((a) => [a.code, a.id]));
    await upsert(
      manager,
      CompetenceEntity,
      seed.areas.flatMap((a) =>
        a.competences.map((c, position) => ({ frameworkId, areaId: areaIds.get(a.code), code: c.code, title: c.title, position })),
      ),
      ['framework_id', 'code'],
      ['area_id', 'title', 'position'],
    );
  }
}
