import { createAccount, TestPlatform, type TestAccount } from '@academy/api/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
// A 1x1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
// The start of a Linux executable (ELF), as an attacker would rename it.
const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120, 0),
]);

describe('file uploads', () => {
  let platform: TestPlatform;
  let trainer: TestAccount;
  let learner: TestAccount;
  const stored = async () =>
    (await platform.api!.get(DataSource).query(`SELECT count(*)::int AS n FROM files`))[0]
      .n as number;

  const upload = async (bytes: Buffer, name: string, type: string, token?: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${platform.baseUrl}/api/files`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({
      config: {
        FILES_DIR: mkdtempSync(join(tmpdir(), 'academy-files-')),
        UPLOAD_MAX_BYTES: '65536',
      },
    });
    trainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    learner = await createAccount(platform);
  });
  afterAll(() => platform.stop());

  it('stores a PDF under a generated name and serves it as an attachment (the client path is dropped)', async () => {
    const uploaded = await upload(
      PDF,
      'guide/Guía cooperativa.pdf',
      'application/pdf',
      trainer.token,
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      name: 'Guía cooperativa.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
    });
    const response = await fetch(`${platform.baseUrl}${uploaded.body.url}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Gu_a cooperativa.pdf"; filename*=UTF-8''Gu%C3%ADa%20cooperativa.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows pictures inline, with the type found in their bytes', async () => {
    const uploaded = await upload(PNG, 'cover.jpg', 'image/jpeg', trainer.token);
    expect(uploaded.body.mediaType).toBe('image/png');
    const response = await fetch(`${platform.baseUrl}${uploaded.body.url}`);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; /);
  });

  it('refuses a renamed executable, keeping nothing', async () => {
    const before = await stored();
    const refused = await upload(ELF, 'handbook.pdf', 'application/pdf', trainer.token);
    expect(refused.status).toBe(415);
    expect(refused.body).toMatchObject({
      code: 'unsupported_file_type',
      errors: [{ field: 'file', message: expect.stringMatching(/content/) }],
    });
    expect(refused.body.message).toContain('elf');
    const text = await upload(
      Buffer.from('<script>alert(1)</script>'),
      'notes.pdf',
      'application/pdf',
      trainer.token,
    );
    expect(text.status).toBe(415);
    expect(await stored()).toBe(before);
  });

  it('refuses files over the limit, keeping nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([PDF, Buffer.alloc(70_000, 0x20)]);
    const refused = await upload(big, 'big.pdf', 'application/pdf', trainer.token);
    expect(refused.status).toBe(413);
    expect(refused.body.code).toBe('file_too_large');
    expect(await stored()).toBe(before);
  });

  it('lets only course authors upload', async () => {
    expect((await upload(PDF, 'a.pdf', 'application/pdf', learner.token)).status).toBe(403);
    expect((await upload(PDF, 'a.pdf', 'application/pdf')).status).toBe(401);
    const json = await platform.request('POST', '/api/files', {
      token: trainer.token,
      body: { file: 'x' },
    });
    expect(json.status).toBe(400);
    expect(json.body.errors).toEqual([{ field: 'file', message: 'is required' }]);
    expect(
      (await platform.request('GET', '/api/files/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await platform.request('GET', '/api/files/not-a-uuid')).status).toBe(400);
  });
});
