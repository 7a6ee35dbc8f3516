import { catalogEntities } from '@academy/api/catalog';
import { learningEntities } from '@academy/api/learning';
import { mentoringEntities } from '@academy/api/mentoring';
import { filesEntities } from '@academy/api/files';
import { competencesEntities } from '@academy/api/competences';
import { SnakeNamingStrategy, type AppConfig } from '@academy/api/core';
import { identityEntities } from '@academy/api/identity';
import { notificationsEntities } from '@academy/api/notifications';
import { territoriesEntities } from '@academy/api/territories';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** Every context's tables: the composition root is the one place that knows them all. */
export const entities = [...territoriesEntities, ...competencesEntities, ...identityEntities, ...notificationsEntities, ...catalogEntities, ...filesEntities, ...learningEntities, ...mentoringEntities];

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // The schema changes only through reviewed migrations.
    synchronize: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20 },
  };
}

export const createDataSource = (config: Pick<AppConfig, 'DATABASE_URL'>) => new DataSource(dataSourceOptions(config));
