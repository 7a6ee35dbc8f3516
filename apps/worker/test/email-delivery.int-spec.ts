import { OutboxRelay, OutboxService, EmailDeliveryService } from '@academy/api/notifications';
import { createAccount, OwnRedis, TestPlatform } from '@academy/api/testing';
import { QUEUES } from '@academy/shared/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const email = (key: string, to = `${key}@example.org`) => ({
  idempotencyKey: key,
  to,
  template: 'verify-email' as const,
  locale: 'pt' as const,
  params: { displayName: 'Rita', link: 'http://localhost:3000/verify-email?token=abc' },
});

async function writeOutbox(platform: TestPlatform, key: string, to?: string) {
  const ds = platform.api!.get(DataSource);
  await ds.transaction((manager) => platform.api!.get(OutboxService).enqueueEmail(manager, email(key, to)));
  const [row] = await ds.query(`SELECT id FROM outbox_messages WHERE idempotency_key = $1`, [key]);
  return row.id as string;
}

const status = async (platform: TestPlatform, id: string) =>
  (await platform.api!.get(DataSource).query(`SELECT status, attempts FROM outbox_messages WHERE id = $1`, [id]))[0];

describe('email pipeline', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true, config: { EMAIL_MAX_ATTEMPTS: '3' } });
  });
  afterAll(() => platform.stop());

  it('sends an outbox row once, localized, with text and HTML', async () => {
    const id = await writeOutbox(platform, 'first');
    const mail = await platform.smtp.waitFor((m) => m.to === 'first@example.org');
    expect(mail.subject).toBe('Confirme o seu email para a MU.ST.SEE Academy');
    expect(mail.text).toContain('Olá Rita,');
    expect(mail.html).toContain('lang="pt"');
    expect(mail.messageId).toContain(id);
    expect(await status(platform, id)).toEqual({ status: 'sent', attempts: 1 });
  });

  it('ignores a second outbox row with the same idempotency key', async () => {
    await writeOutbox(platform, 'dup');
    await writeOutbox(platform, 'dup');
    const rows = await platform.api!.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox_messages WHERE idempotency_key = 'dup'`);
    expect(rows[0].n).toBe(1);
  });

  it('sends exactly one message when the job is delivered twice', async () => {
    await platform.stopWorker();
    const id = await writeOutbox(platform, 'twice');
    await platform.startWorker();
    const delivery = platform.worker!.get(EmailDeliveryService);
    // The relay's job, a duplicate job under another id, and two direct deliveries at once.
    const queue = new Queue(QUEUES.email, { connection: { url: platform.config.REDIS_URL }, prefix: platform.config.QUEUE_PREFIX });
    await queue.add('send', { outboxId: id }, { jobId: `${id}-duplicate` });
    const direct = await Promise.all([delivery.deliver(id), delivery.deliver(id)]);
    expect(direct.sort()).toEqual(['already-sent', 'sent']);
    await platform.smtp.waitFor((m) => m.to === 'twice@example.org');
    await new Promise((r) => setTimeout(r, 1500));
    expect(platform.smtp.to('twice@example.org')).toHaveLength(1);
    await queue.close();
  });

  it('retries with backoff, marks a message failed after every attempt, and an admin retry sends it', async () => {
    platform.smtp.rejecting = true;
    const id = await writeOutbox(platform, 'flaky');
    const deadline = Date.now() + 30000;
    while ((await status(platform, id)).status !== 'failed') {
      if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(await status(platform, id))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await status(platform, id)).attempts).toBe(3);
    platform.smtp.rejecting = false;

    const admin = await createAccount(platform, { roles: [{ role: 'admin' }] });
    const failed = await platform.request('GET', '/api/admin/outbox?status=failed', { token: admin.token });
    expect(failed.body).toContainEqual(expect.objectContaining({ id, status: 'failed', lastError: expect.stringContaining('Mailbox unavailable') }));
    expect((await platform.request('POST', `/api/admin/outbox/${id}/retry`, { token: admin.token })).status).toBe(202);
    await platform.smtp.waitFor((m) => m.to === 'flaky@example.org');
    expect((await platform.request('POST', `/api/admin/outbox/${id}/retry`, { token: admin.token })).body.code).toBe('not_failed');
  });
});

describe('worker shutdown', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
  });
  afterAll(() => platform.stop());

  it('lets the email being sent finish before the worker stops', async () => {
    platform.smtp.delayMs = 1500;
    const id = await writeOutbox(platform, 'shutdown');
    while (platform.smtp.receiving === 0) await new Promise((r) => setTimeout(r, 20));
    await platform.stopWorker();
    expect(platform.smtp.to('shutdown@example.org')).toHaveLength(1);
    expect(await status(platform, id)).toEqual({ status: 'sent', attempts: 1 });
  });
});

describe('email pipeline while Redis is down', () => {
  const redis = new OwnRedis();
  let platform: TestPlatform;
  beforeAll(async () => {
    const url = await redis.start();
    platform = await TestPlatform.start({ worker: true, config: { REDIS_URL: url } });
  });
  afterAll(async () => {
    await platform.stop();
    await redis.stop();
  });

  it('keeps a message written while Redis is stopped and sends it when Redis returns', async () => {
    await redis.stop();
    const id = await writeOutbox(platform, 'offline');
    // The relay keeps failing to reach Redis; the row waits in PostgreSQL.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await status(platform, id)).status).toBe('pending');
    await expect(platform.worker!.get(OutboxRelay).relay()).rejects.toThrow();

    await redis.start();
    const mail = await platform.smtp.waitFor((m) => m.to === 'offline@example.org', 30000);
    expect(mail.subject).toContain('Confirme');
    expect(await status(platform, id)).toEqual({ status: 'sent', attempts: 1 });
  });
});
