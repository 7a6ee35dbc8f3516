import { CatalogModule } from '@academy/api/catalog';
import { LearningModule } from '@academy/api/learning';
import { MentoringModule } from '@academy/api/mentoring';
import { FilesModule } from '@academy/api/files';
import { CompetencesModule } from '@academy/api/competences';
import { APP_CONFIG, ConfigModule, HealthModule, RedisModule, type AppConfig } from '@academy/api/core';
import { IdentityModule } from '@academy/api/identity';
import { NotificationsModule } from '@academy/api/notifications';
import { TerritoriesModule } from '@academy/api/territories';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { dataSourceOptions } from '../database/data-source';
import { QueueDashboardModule } from './queue-dashboard';

/** The HTTP API: it composes the context modules and nothing else. */
@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({
            pinoHttp: {
              level: c.LOG_LEVEL,
              // Fastify assigns the id (see createApp); the logs use the same one.
              genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
              redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              // Request lines are info-level: below that level, skip their per-request bookkeeping.
              autoLogging: ['info', 'debug', 'trace'].includes(c.LOG_LEVEL)
                ? { ignore: (request) => request.url?.startsWith('/api/health') ?? false }
                : false,
            },
          }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({ ...dataSourceOptions(c), autoLoadEntities: false }),
        }),
        RedisModule,
        HealthModule,
        TerritoriesModule,
        CompetencesModule,
        NotificationsModule,
        IdentityModule,
        CatalogModule,
        LearningModule,
        MentoringModule,
        FilesModule,
        QueueDashboardModule,
      ],
    };
  }
}
