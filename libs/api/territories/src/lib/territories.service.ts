import { notFound } from '@academy/api/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { PartnerOrganisationEntity } from './entities/partner-organisation.entity';
import { TerritoryEntity } from './entities/territory.entity';
import { NETWORK_PARTNERS, TERRITORIES } from './seed/territories.seed';

export interface TerritorySummary {
  id: string;
  slug: string;
  name: string;
}

export interface TerritoryView extends TerritorySummary {
  country: string;
  languages: string[];
  partners: { name: string; type: string }[];
}

@Injectable()
export class TerritoriesService {
  constructor(
    @InjectRepository(TerritoryEntity) private readonly territories: Repository<TerritoryEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(): Promise<TerritoryView[]> {
    const rows = await this.territories.find({ relations: { partners: true }, order: { name: 'ASC' } });
    return rows.map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      country: t.country,
      languages: t.languages,
      partners: t.partners
        .map((p) => ({ name: p.name, type: p.type }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  }

  async networkPartners(): Promise<{ name: string; type: string }[]> {
    const rows = await this.dataSource
      .getRepository(PartnerOrganisationEntity)
      .find({ where: { territoryId: IsNull() }, order: { name: 'ASC' } });
    return rows.map((p) => ({ name: p.name, type: p.type }));
  }

  /** Resolves a territory or throws not_found; other contexts use it to validate references. */
  async get(id: string): Promise<TerritorySummary> {
    const territory = await this.territories.findOne({ where: { id }, select: { id: true, slug: true, name: true } });
    if (!territory) throw notFound('Territory');
    return { id: territory.id, slug: territory.slug, name: territory.name };
  }

  /** Summaries by id, for contexts that show territory names next to their own rows. */
  async getMany(ids: string[]): Promise<Map<string, TerritorySummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.territories.find({ where: { id: In(unique) }, select: { id: true, slug: true, name: true } });
    return new Map(rows.map((t) => [t.id, { id: t.id, slug: t.slug, name: t.name }]));
  }

  async findBySlug(slug: string): Promise<TerritorySummary | null> {
    const t = await this.territories.findOne({ where: { slug } });
    return t ? { id: t.id, slug: t.slug, name: t.name } : null;
  }

  /** Upserts the network and its four territories; running it twice changes nothing. */
  async seed(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const partners = manager.getRepository(PartnerOrganisationEntity);
      for (const seed of TERRITORIES) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(TerritoryEntity)
          .values({ slug: seed.slug, name: seed.name, country: seed.country, languages: seed.languages })
          .orIgnore()
          .execute();
        const territory = await manager.getRepository(TerritoryEntity).findOneByOrFail({ slug: seed.slug });
        await partners
          .createQueryBuilder()
          .insert()
          .values(seed.partners.map((p) => ({ ...p, territoryId: territory.id })))
          .orIgnore()
          .execute();
      }
      await partners.createQueryBuilder().insert().values(NETWORK_PARTNERS.map((p) => ({ ...p, territoryId: null }))).orIgnore().execute();
    });
  }
}
