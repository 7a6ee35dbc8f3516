import { APP_CONFIG, CurrentUser, isAdmin, Roles, type AppConfig, type AuthUser } from '@academy/api/core';
import { IdentityModule, UsersService } from '@academy/api/identity';
import { QUEUES } from '@academy/shared/contracts';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type {} from '@fastify/cookie';
import { Controller, HttpCode, Inject, Module, Post, Res } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
const COOKIE = 'academy_queues';
const AUDIENCE = 'queue-dashboard';
const TTL_SECONDS = 900;

/**
 * The queue dashboard is a page the browser opens, so it cannot send the bearer token. An
 * admin first asks for a short-lived cookie scoped to the dashboard's path; every request to
 * the dashboard then checks that cookie and that its holder is still an admin with an open
 * session.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queue-dashboard-session')
export class QueueDashboardController {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  async open(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = await this.jwt.signAsync({ sub: user.id, sid: user.sessionId }, { audience: AUDIENCE, expiresIn: TTL_SECONDS });
    reply.setCookie(COOKIE, token, {
      httpOnly: true,
      secure: this.config.COOKIE_SECURE,
      sameSite: 'strict',
      path: QUEUE_DASHBOARD_PATH,
      maxAge: TTL_SECONDS,
    });
    return { url: QUEUE_DASHBOARD_PATH };
  }
}

@Module({
  imports: [
    IdentityModule,
    JwtModule.registerAsync({ inject: [APP_CONFIG], useFactory: (c: AppConfig) => ({ secret: c.JWT_SECRET }) }),
  ],
  controllers: [QueueDashboardController],
})
export class QueueDashboardModule {}

/** Mounts Bull Board at QUEUE_DASHBOARD_PATH behind the dashboard cookie. */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const queues = Object.values(QUEUES).map(
    // Fail fast while Redis is away: the dashboard shows an error instead of hanging.
    (name) => new Queue(name, { connection: { url: config.REDIS_URL, enableOfflineQueue: false }, prefix: config.QUEUE_PREFIX }),
  );
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: board });

  const jwt = app.get(JwtService);
  const users = app.get(UsersService);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(QUEUE_DASHBOARD_PATH)) return;
    const payload = await jwt
      .verifyAsync<{ sub: string; sid: string }>(request.cookies[COOKIE] ?? '', { audience: AUDIENCE })
      .catch(() => null);
    const user = payload ? await users.loadAuthUser(payload.sub, payload.sid) : null;
    if (!user) {
      return reply.status(401).send({ statusCode: 401, code: 'unauthorized', message: 'Open the dashboard from the admin page' });
    }
    if (!isAdmin(user)) return reply.status(403).send({ statusCode: 403, code: 'forbidden', message: 'Admins only' });
  });
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close()));
  });
  await app.register(board.registerPlugin() as Parameters<NestFastifyApplication['register']>[0], { prefix: QUEUE_DASHBOARD_PATH });
}
