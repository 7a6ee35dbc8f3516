import { AppExceptionFilter, APP_CONFIG, createValidationPipe, type AppConfig } from '@academy/api/core';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { mountQueueDashboard } from './queue-dashboard';

/**
 * Builds the HTTP application exactly as production runs it; main.ts listens on it and the
 * integration tests drive it the same way.
 */
export async function createApp(config?: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config?.BODY_LIMIT_BYTES ?? 1_048_576,
    trustProxy: true,
    // Keep the caller's request id (a proxy's, a client's) when it is sane; else make one.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    (request.raw as { id?: string }).id = request.id;
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  const settings = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableCors({ origin: settings.CORS_ORIGINS, credentials: true });
  app.enableShutdownHooks();

  await app.register(fastifyCookie);
  // One file per request, up to UPLOAD_MAX_BYTES (the files context answers 413 past it).
  await app.register(fastifyMultipart, { limits: { fileSize: settings.UPLOAD_MAX_BYTES, files: 1, fields: 10, parts: 11 } });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular and Material set some styles inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Course videos, embedded in their privacy-friendly players only (the web app turns
        // YouTube and Vimeo page links into these).
        frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const openApi = new DocumentBuilder()
    .setTitle('MU.ST.SEE Academy API')
    .setDescription('The API of the MU.ST.SEE Academy learning platform.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  await mountQueueDashboard(app, settings);
  if (settings.WEB_DIST_DIR) await serveWeb(app, resolve(settings.WEB_DIST_DIR));
  return app;
}

/**
 * Serves the built Angular app at /: its files, and index.html for its client-side routes.
 * A catch-all GET route (Fastify matches it only when no other route does) rather than a
 * not-found handler, which Nest claims for itself.
 */
async function serveWeb(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`WEB_DIST_DIR has no index.html: ${root}`);
  await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  app.getHttpAdapter().getInstance().get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || /\.\w+$/.test(path)) {
      return reply.status(404).send({ statusCode: 404, code: 'not_found', message: `No route for GET ${path}` });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
  });
}
