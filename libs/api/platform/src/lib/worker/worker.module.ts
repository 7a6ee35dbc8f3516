import { APP_CONFIG, ConfigModule, type AppConfig } from '@academy/api/core';
import { LearningWorkerModule } from '@academy/api/learning';
import { MentoringWorkerModule } from '@academy/api/mentoring';
import { NotificationsWorkerModule } from '@academy/api/notifications';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '../database/data-source';

/** The worker: BullMQ processors and the outbox relay, no HTTP. Migrations are the API's. */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({ pinoHttp: { level: c.LOG_LEVEL } }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({ ...dataSourceOptions(c), migrations: [], extra: { max: 10 } }),
        }),
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({
            // The worker waits for Redis to come back instead of failing its jobs.
            connection: { url: c.REDIS_URL, maxRetriesPerRequest: null },
            prefix: c.QUEUE_PREFIX,
          }),
        }),
        NotificationsWorkerModule,
        LearningWorkerModule,
        MentoringWorkerModule,
      ],
    };
  }
}
