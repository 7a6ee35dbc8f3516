import { CompetencesService } from '@academy/api/competences';
import { loadConfig, type AppConfig } from '@academy/api/core';
import { createApp, WorkerModule } from '@academy/api/platform';
import { TerritoriesService } from '@academy/api/territories';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SmtpSink } from './smtp-sink';
import { createTestDatabase } from './test-database';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  raw?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface PlatformOptions {
  api?: boolean;
  worker?: boolean;
  config?: Partial<Record<keyof AppConfig, string>>;
  /** Serve the built web app at PUBLIC_URL (http://localhost:<free port>), for browser tests. */
  web?: boolean;
}

/**
 * The built Angular app (nx build web) that browser tests load. E2E_WEB_DIST points at another
 * build (its `browser` folder), so two checkouts' work can run browser tests side by side.
 */
const WEB_DIST = process.env['E2E_WEB_DIST'] ?? join(__dirname, '../../../../../dist/apps/web/browser');

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One test file's platform: its own migrated database (territories and competence frameworks
 * seeded), an SMTP sink, and the real API (listening on a free port) and/or worker, on the real
 * Redis under a queue prefix of their own.
 */
export class TestPlatform {
  readonly smtp = new SmtpSink();
  config!: AppConfig;
  api?: NestFastifyApplication;
  worker?: INestApplicationContext;
  baseUrl = '';

  /** Where a browser reaches the web app (with { web: true }). */
  get webUrl(): string {
    return this.config.PUBLIC_URL;
  }
  private dropDatabase?: () => Promise<void>;

  static async start(options: PlatformOptions = {}): Promise<TestPlatform> {
    const platform = new TestPlatform();
    await platform.boot(options);
    return platform;
  }

  private async boot(options: PlatformOptions): Promise<void> {
    const port = options.web ? await freePort() : 0;
    const web = options.web ? { PUBLIC_URL: `http://localhost:${port}`, WEB_DIST_DIR: WEB_DIST } : {};
    const db = await createTestDatabase();
    this.dropDatabase = db.drop;
    const smtpUrl = await this.smtp.start();
    this.config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      SMTP_URL: smtpUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '100',
      PUBLIC_URL: 'http://localhost:3000',
      ...web,
      ...options.config,
    });
    if (options.api !== false) await this.startApi(port);
    if (options.worker) await this.startWorker();
  }

  async startApi(port = 0): Promise<void> {
    this.api = await createApp(this.config);
    await this.api.listen({ port, host: '127.0.0.1' });
    const address = this.api.getHttpServer().address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${address.port}`;
    await this.api.get(TerritoriesService).seed();
    await this.api.get(CompetencesService).seed();
  }

  async startWorker(): Promise<void> {
    this.worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(this.config), { logger: false });
    this.worker.enableShutdownHooks();
    await this.worker.init();
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  /** A real HTTP request to the API. */
  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.cookie) headers['cookie'] = options.cookie;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
    const text = await response.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api?.close();
    await this.smtp.stop();
    await this.dropDatabase?.();
  }
}
