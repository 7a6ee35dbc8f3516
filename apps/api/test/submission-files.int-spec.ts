import {
  createAccount,
  publishCourse,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type {
  AssignmentView,
  EnrolmentSummary,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
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
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const LIMIT = 65_536;

/** A course whose only lesson is a peer-reviewed assignment. */
function assignmentCourse(title: string) {
  const lesson = randomUUID();
  const document = sampleCourseDocument({
    title,
    modules: [
      {
        id: randomUUID(),
        title: 'Practice',
        lessons: [
          {
            id: lesson,
            kind: 'assignment',
            title: 'Your business plan',
            prompt: 'Attach your business plan and summarise it.',
            rubric: {
              criteria: [
                {
                  id: randomUUID(),
                  title: 'Clarity',
                  levels: [
                    { id: randomUUID(), title: 'Unclear', points: 0 },
                    { id: randomUUID(), title: 'Clear', points: 3 },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { document, lesson };
}

describe('files attached to assignment submissions', () => {
  let platform: TestPlatform;
  let filesDir: string;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/learning${path}`, { token: who.token, body });
  /** Every stored object (bytes) and every record: a refused or replaced file leaves neither. */
  const kept = async () => ({
    rows: (
      await platform.api!.get(DataSource).query(`SELECT count(*)::int AS n FROM assignment_files`)
    )[0].n as number,
    objects: readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    ).length,
  });

  async function setUp(title: string, learners: number) {
    const { document, lesson } = assignmentCourse(title);
    const course = await publishCourse(platform, document);
    const people = await Promise.all(
      Array.from({ length: learners }, () => createAccount(platform, { territory: 'navarra' })),
    );
    const enrolments = await Promise.all(
      people.map(
        async (p) =>
          ((await api('POST', `/courses/${course.courseId}/enrolment`, p)).body as EnrolmentSummary)
            .id,
      ),
    );
    const filePath = (i: number) =>
      `/api/learning/enrolments/${enrolments[i]}/assignments/${lesson}/file`;
    const attach = async (
      i: number,
      bytes: Buffer,
      name: string,
      who: TestAccount = people[i]!,
    ) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }),
        name,
      );
      const response = await fetch(`${platform.baseUrl}${filePath(i)}`, {
        method: 'PUT',
        body: form,
        headers: { authorization: `Bearer ${who.token}` },
      });
      return { status: response.status, body: await response.json() };
    };
    const submit = (i: number) =>
      api<AssignmentView>(
        'PUT',
        `/enrolments/${enrolments[i]}/assignments/${lesson}/submission`,
        people[i]!,
        {
          text: `Learner ${i}: our plan is attached.`,
        },
      );
    const view = async (i: number) =>
      (
        await api<AssignmentView>(
          'GET',
          `/enrolments/${enrolments[i]}/assignments/${lesson}`,
          people[i]!,
        )
      ).body;
    return { course, lesson, people, enrolments, filePath, attach, submit, view };
  }

  const download = (url: string, who?: TestAccount) =>
    fetch(`${platform.baseUrl}${url}`, {
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
    });

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'academy-submission-files-'));
    platform = await TestPlatform.start({
      config: { FILES_DIR: filesDir, UPLOAD_MAX_BYTES: String(LIMIT) },
    });
  });
  afterAll(() => platform.stop());

  it('attaches, replaces and removes a file before submitting, serving it privately as a download', async () => {
    const { attach, view, filePath, people } = await setUp('Attach and replace', 1);
    const before = await kept();
    const attached = await attach(0, PDF, 'plans/Plan de négocio.pdf');
    expect(attached.status).toBe(200);
    expect(attached.body.file).toEqual({
      name: 'Plan de négocio.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      url: filePath(0),
    });
    expect(attached.body.fileMaxBytes).toBe(LIMIT);

    const response = await download(filePath(0), people[0]);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Plan de n_gocio.pdf"; filename*=UTF-8''Plan%20de%20n%C3%A9gocio.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // Private: no token, no file.
    expect((await download(filePath(0))).status).toBe(401);

    // Replacing keeps one record and one stored object; a picture is still a download.
    const replaced = await attach(0, PNG, 'photo.jpg');
    expect(replaced.body.file).toMatchObject({
      name: 'photo.jpg',
      mediaType: 'image/png',
      size: PNG.length,
    });
    const picture = await download(filePath(0), people[0]);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(picture.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(await kept()).toEqual({ rows: before.rows + 1, objects: before.objects + 1 });

    const removed = await api<AssignmentView>(
      'DELETE',
      filePath(0).replace('/api/learning', ''),
      people[0]!,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.file).toBeUndefined();
    expect((await view(0)).file).toBeUndefined();
    expect((await download(filePath(0), people[0])).status).toBe(404);
    expect(await kept()).toEqual(before);
  });

  it('refuses bad files with a 4xx naming the field, changing nothing', async () => {
    const { attach, view, filePath, people, enrolments } = await setUp('Refusals', 2);
    await attach(0, PDF, 'plan.pdf');
    const before = await kept();
    for (const [bytes, name] of [
      [SVG, 'drawing.svg'],
      [HTML, 'page.pdf'],
    ] as const) {
      const refused = await attach(0, bytes, name);
      expect(refused.status).toBe(415);
      expect(refused.body).toMatchObject({
        code: 'unsupported_file_type',
        errors: [{ field: 'file' }],
      });
    }
    const big = await attach(0, Buffer.concat([PDF, Buffer.alloc(LIMIT + 10, 0x20)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      code: 'file_too_large',
      errors: [{ field: 'file', message: 'is too large' }],
    });
    const empty = await attach(0, Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'file', message: 'is empty' }]);
    const none = await api('PUT', filePath(0).replace('/api/learning', ''), people[0]!, {
      file: 'x',
    });
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'file', message: 'is required' }]);
    // Someone else's assignment: as if it did not exist.
    const others = await attach(0, PNG, 'mine.png', people[1]);
    expect(others.status).toBe(404);
    expect((await api('DELETE', filePath(0).replace('/api/learning', ''), people[1]!)).status).toBe(
      404,
    );
    expect((await download(filePath(0), people[1])).status).toBe(404);
    // Not an assignment lesson of this course.
    const stray = await fetch(
      `${platform.baseUrl}/api/learning/enrolments/${enrolments[0]}/assignments/${randomUUID()}/file`,
      {
        method: 'DELETE',
        headers: { authorization: `Bearer ${people[0]!.token}` },
      },
    );
    expect(stray.status).toBe(404);

    expect(await kept()).toEqual(before);
    expect((await view(0)).file).toMatchObject({ name: 'plan.pdf', size: PDF.length });
  });

  it('keeps one file when two uploads race, with no stray bytes', async () => {
    const { attach, view } = await setUp('Double upload', 1);
    const before = await kept();
    const results = await Promise.all([attach(0, PDF, 'first.pdf'), attach(0, PNG, 'second.png')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const file = (await view(0)).file;
    expect(['first.pdf', 'second.png']).toContain(file?.name);
    expect(await kept()).toEqual({ rows: before.rows + 1, objects: before.objects + 1 });
  });

  it('has the database refuse a second file for the same work, and any type a browser would run', async () => {
    const { attach, enrolments, lesson } = await setUp('Database invariants', 1);
    await attach(0, PDF, 'plan.pdf');
    const insert = (lessonId: string, mediaType: string) =>
      platform.api!.get(DataSource).query(
        `INSERT INTO assignment_files (enrolment_id, lesson_id, original_name, media_type, size, sha256, storage_key)
         VALUES ($1, $2, 'x', $3, 10, $4, $5)`,
        [enrolments[0], lessonId, mediaType, 'a'.repeat(64), randomUUID()],
      );
    await expect(insert(lesson, 'application/pdf')).rejects.toMatchObject({
      driverError: { code: '23505' },
    });
    for (const type of ['image/svg+xml', 'text/html', 'application/xhtml+xml']) {
      await expect(insert(randomUUID(), type)).rejects.toMatchObject({
        driverError: { code: '23514' },
      });
    }
    // Office documents (whose types mention XML) are fine.
    await expect(
      insert(
        randomUUID(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).resolves.toBeDefined();
  });

  it('freezes the file with the submission and lets only its readers download it', async () => {
    const { course, attach, submit, view, filePath, people } = await setUp('Who reads the file', 4);
    await attach(0, PDF, 'plan.pdf');
    const submitted = await submit(0);
    expect(submitted.status).toBe(200);
    expect(submitted.body.file).toMatchObject({ name: 'plan.pdf' });
    const submission = submitted.body.submission!.id;
    const url = `/api/learning/submissions/${submission}/file`;

    // Submitted work does not change any more.
    const frozen = await attach(0, PNG, 'other.png');
    expect(frozen.status).toBe(409);
    expect(frozen.body).toMatchObject({ code: 'already_submitted', errors: [{ field: 'file' }] });
    const unremovable = await api('DELETE', filePath(0).replace('/api/learning', ''), people[0]!);
    expect(unremovable.status).toBe(409);
    expect((await view(0)).file).toMatchObject({ name: 'plan.pdf' });

    // Nobody has been handed the review yet: the other learners cannot read it.
    expect((await download(url, people[1])).status).toBe(404);
    await submit(1);
    await submit(2);
    const handed = (await Promise.all([1, 2].map(view))).map((v) =>
      v.reviewsToGive.find((r) => r.submission.file?.url === url),
    );
    expect(handed.filter(Boolean)).toHaveLength(2);
    for (const i of [1, 2]) {
      const response = await download(url, people[i]);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="plan.pdf"/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // The author, the course's trainer and the learner's partner admin may read it too.
    const ownAdmin = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'navarra' }],
    });
    for (const who of [people[0]!, course.author, ownAdmin])
      expect((await download(url, who)).status).toBe(200);
    const trainerView = await api<TrainerSubmissionView>(
      'GET',
      `/submissions/${submission}`,
      course.author,
    );
    expect(trainerView.body.file).toEqual({
      name: 'plan.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      url,
    });

    // Everyone else: not found, like a submission that does not exist.
    const strangerTrainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    const otherAdmin = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    const outsider = await createAccount(platform, { territory: 'navarra' });
    for (const who of [people[3]!, strangerTrainer, otherAdmin, outsider]) {
      expect((await download(url, who)).status).toBe(404);
    }
    expect(
      (await download(`/api/learning/submissions/${randomUUID()}/file`, course.author)).status,
    ).toBe(404);
    expect((await download(url)).status).toBe(401);
  });
});
