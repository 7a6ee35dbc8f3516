import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../http/public.decorator';
import { REDIS } from '../redis/redis.module';

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is up; orchestrators restart it when this fails. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** The process can serve requests: PostgreSQL and Redis answer. */
  @Get('ready')
  @HttpCode(200)
  async ready() {
    const check = async (run: () => Promise<unknown>) =>
      withTimeout(run(), 2000).then(
        () => 'up' as const,
        () => 'down' as const,
      );
    const checks = {
      database: await check(() => this.dataSource.query('SELECT 1')),
      redis: await check(() => this.redis.ping()),
    };
    const status = Object.values(checks).every((c) => c === 'up') ? 'ok' : 'unavailable';
    if (status !== 'ok') throw new ServiceUnavailableException({ code: 'not_ready', message: 'Not ready', checks });
    return { status, checks };
  }
}
