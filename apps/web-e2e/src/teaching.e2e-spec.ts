// Following learners in the browser: the trainer's "Teaching" pages (the course
// report, its CSV export, settling an assignment, cohorts filled from a CSV file, reviewing a
// learner's work with the rubric) and what a
// partner admin and a plain learner may see there. The course, the learners and their work are
// seeded through the API: enrolment, quizzes and assignments have browser tests of their own.
import {
  createAccount,
  linkIn,
  publishCourse,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import {
  parseCsv,
  type AssignmentView,
  type CourseDocumentInput,
  type CourseReport,
  type TrainerSubmissionView,
} from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  escapeRegExp,
  expectAccessible,
  screenshot,
  squash,
  submitSignIn,
  useBrowserSuite,
} from './browser';

const TITLE = 'Running a repair café';
const QUIZ = 'Check your repair café basics';
const QUESTION = 'Who fixes the broken items at a repair café?';
const ASSIGNMENT = 'Plan your first repair evening';
const COHORT = 'Evening class';
const CSV_FILE = 'evening-class.csv';

/**
 * The name of a control whose visible label is followed by a visually hidden ": what it is
 * about". Chromium blockifies the hidden (absolutely positioned) span and so puts a space
 * before the colon; the names are matched loosely there (as learning.e2e-spec.ts does).
 */
const named = (label: string, about: string) =>
  new RegExp(`^${escapeRegExp(label)}\\s*:\\s*${escapeRegExp(about)}$`);

const ids = {
  module: randomUUID(),
  quiz: randomUUID(),
  question: randomUUID(),
  right: randomUUID(),
  wrong: randomUUID(),
  assignment: randomUUID(),
  criterion: randomUUID(),
  weak: randomUUID(),
  strong: randomUUID(),
};

/** Two required lessons: a quiz of one single-choice question, and a peer-reviewed assignment. */
function courseDocument(): CourseDocumentInput {
  return {
    schemaVersion: 1,
    title: TITLE,
    summary: 'How volunteers and neighbours run an evening where broken things get fixed together.',
    description: 'Repair, **do not throw away**.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 1,
    audiences: ['practising_entrepreneur'],
    themes: ['green_transition'],
    competences: [],
    learningOutcomes: ['Organise a repair café evening'],
    modules: [
      {
        id: ids.module,
        title: 'Fixing together',
        lessons: [
          {
            id: ids.quiz,
            kind: 'quiz',
            title: QUIZ,
            passMark: 100,
            questions: [
              {
                id: ids.question,
                type: 'single',
                prompt: QUESTION,
                options: [
                  { id: ids.wrong, text: 'A paid technician', correct: false },
                  { id: ids.right, text: 'Volunteers, with the owners', correct: true },
                ],
              },
            ],
          },
          {
            id: ids.assignment,
            kind: 'assignment',
            title: ASSIGNMENT,
            prompt: 'Describe where, when and with whom you would run your first evening.',
            rubric: {
              criteria: [
                {
                  id: ids.criterion,
                  title: 'Practicality',
                  levels: [
                    { id: ids.weak, title: 'Vague', points: 0 },
                    { id: ids.strong, title: 'Concrete', points: 2 },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  };
}

describe('teaching in the browser', () => {
  let platform: TestPlatform;
  let page: Page;
  let base: string;
  let courseId: string;
  let trainer: TestAccount;
  /** Enrolled: Ana (Pordenone) passed the quiz and submitted the assignment; Bruno (Pordenone) did nothing yet; Carmen (Navarra) failed the quiz. */
  let ana: TestAccount;
  let bruno: TestAccount;
  let carmen: TestAccount;
  /** Has an account but is not enrolled: the cohort file enrols him. */
  let dario: TestAccount;
  const enrolments: Record<string, string> = {};

  const suite = useBrowserSuite({ worker: true }, async (platform) => {
    ({ courseId, author: trainer } = await publishCourse(platform, courseDocument()));
    ana = await createAccount(platform, { email: 'ana@example.org', territory: 'pordenone' });
    bruno = await createAccount(platform, { email: 'bruno@example.org', territory: 'pordenone' });
    carmen = await createAccount(platform, { email: 'carmen@example.org', territory: 'navarra' });
    dario = await createAccount(platform, { email: 'dario@example.org', territory: 'pordenone' });
    for (const learner of [ana, bruno, carmen]) {
      const enrolled = await platform.request(
        'POST',
        `/api/learning/courses/${courseId}/enrolment`,
        {
          token: learner.token,
        },
      );
      expect(enrolled.status).toBe(200);
      enrolments[learner.email] = enrolled.body.id;
    }
    const answer = async (learner: TestAccount, optionId: string, passed: boolean) => {
      const result = await platform.request(
        'POST',
        `/api/learning/enrolments/${enrolments[learner.email]}/quizzes/${ids.quiz}/attempts`,
        {
          token: learner.token,
          body: { attemptId: randomUUID(), answers: { [ids.question]: [optionId] } },
        },
      );
      expect(result.status).toBe(200);
      expect(result.body.passed).toBe(passed);
    };
    await answer(ana, ids.right, true);
    await answer(carmen, ids.wrong, false);
    const submitted = await platform.request(
      'PUT',
      `/api/learning/enrolments/${enrolments[ana.email]}/assignments/${ids.assignment}/submission`,
      {
        token: ana.token,
        body: { text: 'The parish hall, first Saturday of the month, with the bike club.' },
      },
    );
    expect(submitted.status).toBe(200);
  });
  beforeEach(() => ({ platform, page, base } = suite));

  /**
   * Waits (5 s at most) for `read` to give `expected`, then asserts it, so a failure shows the
   * value there was. Focus moves and quiet reloads land a frame or a request later.
   */
  async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
    const same = (value: T) => JSON.stringify(value) === JSON.stringify(expected);
    const deadline = Date.now() + 5000;
    let value = await read();
    while (!same(value) && Date.now() < deadline) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      value = await read();
    }
    expect(value).toEqual(expected);
  }
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const status = (text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const nav = () => page.getByRole('navigation', { name: 'Main' });

  /** The body of a table, row by row, each cell's rendered text squashed. */
  const cells = (table: Locator) =>
    table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.children].map((cell) =>
            (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          ),
        ),
      );
  /** A description list as [term, definition] pairs. */
  const facts = (list: Locator) =>
    list.evaluate((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => {
        let dd = dt.nextElementSibling;
        while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
        const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return [text(dt), text(dd)];
      }),
    );
  const learnersTable = () => page.getByRole('table', { name: /^Learners of the/ });
  const learnerNames = () =>
    learnersTable()
      .locator('tbody th[scope=row]')
      .allTextContents()
      .then((t) => t.map(squash));
  const figures = () => facts(page.locator('dl.figures'));

  async function signIn(account: TestAccount): Promise<void> {
    await page.goto(`${base}/login`);
    await submitSignIn(page, account.email);
  }

  /** Opens "Teaching" from the header, and the course's card there. */
  async function openTeaching(): Promise<Locator> {
    await nav().getByRole('link', { name: 'Teaching', exact: true }).click();
    await page.waitForURL(`${base}/teaching`);
    await page.getByRole('heading', { level: 1, name: 'Teaching' }).waitFor();
    const card = page
      .getByRole('list', { name: 'Courses you follow' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: TITLE, exact: true }) });
    await card.waitFor();
    return card;
  }

  /** Opens the report from the course's card, once its learners table is there. */
  async function openReport(card: Locator, shown: number): Promise<void> {
    await card.getByRole('link', { name: named('Learners and results', TITLE) }).click();
    await page.waitForURL(`${base}/teaching/courses/${courseId}`);
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await status(`Learners shown: ${shown}`);
    await learnersTable().waitFor();
  }

  it('a trainer follows the course’s learners, exports them as CSV, settles an assignment, and fills a cohort from a CSV file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teaching-e2e-'));
    try {
      // 1. "Teaching" from the header: the course with its learners enrolled.
      await signIn(trainer);
      const card = await openTeaching();
      expect(squash(await card.textContent())).toContain('Learners enrolled: 3');
      // The trainer is no partner admin: no note about territories.
      expect(await page.locator('main').textContent()).not.toContain('As a partner admin');
      await expectAccessible(page, 'teaching, courses');
      await screenshot(page, 'teaching-courses');

      // 2. The report: figures, learners, the question learners miss.
      await openReport(card, 3);
      await expect(page.title()).resolves.toMatch(
        new RegExp(`^Learners and results · ${escapeRegExp(TITLE)} · `),
      );
      expect(await figures()).toEqual([
        ['Learners enrolled', '3'],
        ['Completed the course', '0'],
        ['Completion rate', '0%'],
      ]);
      expect(await learnerNames()).toEqual(['ana', 'bruno', 'carmen']);
      const rows = await cells(learnersTable());
      // Name, email, status, progress, last activity, completed on, quiz, assignment.
      expect(rows.map((r) => [r[0], r[1], r[2], r[5], r[6]])).toEqual([
        ['ana', 'ana@example.org', 'In progress', 'Not yet', '100%'],
        ['bruno', 'bruno@example.org', 'In progress', 'Not yet', 'Not attempted'],
        ['carmen', 'carmen@example.org', 'In progress', 'Not yet', '0%'],
      ]);
      // Submitted work can be opened for review (see the last test) or settled.
      expect(rows.map((r) => r[7])).toEqual([
        expect.stringMatching(
          new RegExp(
            `^In peer review Reviews given: 0 of 2 · received: 0 of 2 ${named('Review the work', `${ASSIGNMENT}, ana`).source.slice(1, -1)} ${named('Mark complete', `${ASSIGNMENT}, ana`).source.slice(1)}`,
          ),
        ),
        'Not submitted',
        'Not submitted',
      ]);
      await expect(
        learnersTable()
          .getByRole('progressbar', { name: 'Progress of ana' })
          .getAttribute('aria-valuetext'),
      ).resolves.toBe('1 of 2 required lessons done (50%)');
      await expect(
        learnersTable()
          .getByRole('progressbar', { name: 'Progress of carmen' })
          .getAttribute('aria-valuetext'),
      ).resolves.toBe('0 of 2 required lessons done (0%)');
      // Only Ana's work waits for a decision.
      await expect(
        learnersTable()
          .getByRole('button', { name: /^Mark complete/ })
          .count(),
      ).resolves.toBe(1);
      const missed = page.getByRole('region', { name: 'Questions learners miss' });
      await missed.getByRole('heading', { level: 3, name: QUIZ }).waitFor();
      const questions = missed.getByRole('table', {
        name: `Questions of “${QUIZ}”, most missed first`,
      });
      // One right and one wrong first attempt; Bruno never answered.
      expect(await cells(questions)).toEqual([[QUESTION, '50%', '2']]);
      await expectAccessible(page, 'course report');
      await screenshot(page, 'teaching-report');

      // 3. The CSV export: a header row and one row per learner, by name.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a CSV file' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('running-a-repair-cafe-learners.csv');
      const saved = join(dir, download.suggestedFilename());
      await download.saveAs(saved);
      const csv = parseCsv(readFileSync(saved, 'utf8'));
      expect(csv[0]).toEqual([
        'name',
        'email',
        'cohort',
        'status',
        'progress_percent',
        'lessons_done',
        'lessons_required',
        'enrolled_at',
        'last_activity_at',
        'completed_at',
        `quiz: ${QUIZ} (best %)`,
        `assignment: ${ASSIGNMENT}`,
      ]);
      expect(csv).toHaveLength(4);
      const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(csv.slice(1)).toEqual([
        [
          'ana',
          'ana@example.org',
          '',
          'active',
          '50',
          '1',
          '2',
          iso,
          iso,
          '',
          '100',
          'submitted (0 given, 0 received)',
        ],
        [
          'bruno',
          'bruno@example.org',
          '',
          'active',
          '0',
          '0',
          '2',
          iso,
          iso,
          '',
          '',
          'not submitted',
        ],
        [
          'carmen',
          'carmen@example.org',
          '',
          'active',
          '0',
          '0',
          '2',
          iso,
          iso,
          '',
          '0',
          'not submitted',
        ],
      ]);
      await status('Downloaded: running-a-repair-cafe-learners.csv');
      await expectAccessible(page, 'course report, CSV downloaded');

      // 4. Ana's assignment settled by the trainer (the confirmation is accepted).
      const asked: string[] = [];
      page.once('dialog', (dialog) => asked.push(dialog.message()));
      await learnersTable()
        .getByRole('button', { name: named('Mark complete', `${ASSIGNMENT}, ana`) })
        .click();
      await status(`“${ASSIGNMENT}” is now complete for ana.`);
      expect(asked).toEqual([
        expect.stringMatching(
          new RegExp(`^Mark “${escapeRegExp(ASSIGNMENT)}” complete for ana\\?`),
        ),
      ]);
      // The button is gone: focus is on the assignment's new status.
      await eventually(focusedId, `assignment-${enrolments[ana.email]}-${ids.assignment}`);
      expect(squash(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe(
        'Complete',
      );
      await expect(
        learnersTable()
          .getByRole('button', { name: /^Mark complete/ })
          .count(),
      ).resolves.toBe(0);
      // The quiz passed and the assignment complete: Ana has completed the course, and the figures follow.
      await eventually(figures, [
        ['Learners enrolled', '3'],
        ['Completed the course', '1'],
        ['Completion rate', '33%'],
      ]);
      const ana2 = (await cells(learnersTable()))[0] as string[];
      expect([ana2[0], ana2[2], ana2[7]]).toEqual([
        'ana',
        'Completed',
        expect.stringMatching(
          new RegExp(`^Complete ${named('See the work', `${ASSIGNMENT}, ana`).source.slice(1)}`),
        ),
      ]);
      // "Completed on" shows the day the API recorded.
      const report = await platform.request('GET', `/api/learning/courses/${courseId}/report`, {
        token: trainer.token,
      });
      const completedAt = report.body.learners[0].completedAt as string;
      expect(report.body.learners[0]).toMatchObject({ email: ana.email, status: 'completed' });
      await expect(
        learnersTable()
          .locator('tbody tr')
          .first()
          .locator(`time[datetime="${completedAt}"]`)
          .count(),
      ).resolves.toBe(1);
      expect(ana2[5]).not.toBe('Not yet');
      await expect(
        learnersTable()
          .getByRole('progressbar', { name: 'Progress of ana' })
          .getAttribute('aria-valuetext'),
      ).resolves.toBe('2 of 2 required lessons done (100%)');
      await expectAccessible(page, 'course report, assignment settled');
      await screenshot(page, 'teaching-report-settled');

      // 5. Cohorts: none yet; a cohort whose end comes before its start is refused, then created.
      await page.getByRole('link', { name: 'Cohorts and CSV files', exact: true }).click();
      await page.waitForURL(`${base}/teaching/courses/${courseId}/cohorts`);
      await page.getByRole('heading', { level: 1, name: `Cohorts of “${TITLE}”` }).waitFor();
      await page.getByText('This course has no cohorts yet. Create the first one below.').waitFor();
      await expectAccessible(page, 'cohorts, none yet');

      const name = page.getByLabel('Name of the cohort');
      const starts = page.getByLabel('Starts on (optional)');
      const ends = page.getByLabel('Ends on (optional)');
      await name.fill(COHORT);
      await starts.fill('2026-09-01');
      await ends.fill('2026-06-30');
      await page.getByRole('button', { name: 'Create the cohort' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Please correct the fields marked below.' })
        .waitFor();
      const endError = page.locator('#cohort-ends-error');
      await endError.waitFor();
      expect(squash(await endError.textContent())).toBe(
        'The end date must not be before the start date.',
      );
      await expect(ends.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(ends.getAttribute('aria-describedby')).resolves.toBe('cohort-ends-error');
      await eventually(focusedId, 'cohort-ends');
      // Nothing was created.
      const none = await platform.request('GET', `/api/learning/courses/${courseId}/cohorts`, {
        token: trainer.token,
      });
      expect(none.body).toEqual([]);
      await expectAccessible(page, 'cohort form, end before start');
      await screenshot(page, 'teaching-cohort-error');

      await ends.fill('2026-12-15');
      await page.getByRole('button', { name: 'Create the cohort' }).click();
      await status(`The cohort “${COHORT}” has been created. Add its learners from a CSV file.`);
      const cohortCard = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: COHORT, exact: true }) });
      await cohortCard.waitFor();
      const cohorts = await platform.request('GET', `/api/learning/courses/${courseId}/cohorts`, {
        token: trainer.token,
      });
      expect(cohorts.body).toEqual([
        expect.objectContaining({
          name: COHORT,
          startsOn: '2026-09-01',
          endsOn: '2026-12-15',
          territoryId: null,
        }),
      ]);
      // Keyboard users continue in the new cohort's card, where its learners are added.
      await eventually(focusedId, `cohort-${cohorts.body[0].id}`);
      expect(await endError.count()).toBe(0);
      await expect(name.inputValue()).resolves.toBe('');
      expect(await facts(cohortCard.locator('dl'))).toEqual([
        ['Dates', 'From 1 September 2026 to 15 December 2026'],
        ['Learners enrolled', '0'],
        ['Invited, not signed up yet', '0'],
      ]);
      await expectAccessible(page, 'cohort created');

      // 6. A file: a known learner, one already enrolled, a new address, that address again, and a bad one.
      const file = join(dir, CSV_FILE);
      writeFileSync(
        file,
        [
          'email,name',
          `${dario.email},Dario Rossi`,
          `${ana.email},Ana`,
          'elena@example.org,Elena Sanz',
          'ELENA@example.org,Elena again',
          'not-an-email,Broken',
        ].join('\r\n') + '\r\n',
      );
      const upload = async () => {
        await cohortCard.getByLabel(`CSV file for “${COHORT}”`).setInputFiles(file);
        await cohortCard.getByRole('button', { name: named('Add the learners', COHORT) }).click();
        const result = cohortCard.getByRole('heading', {
          level: 5,
          name: `Result for “${CSV_FILE}”`,
        });
        await result.waitFor();
        await eventually(focusedId, (await result.getAttribute('id')) ?? '');
      };
      const added = (count: number) =>
        cohortCard.getByRole('table', { name: `Rows added: ${count}` });
      const notAdded = (count: number) =>
        cohortCard.getByRole('table', { name: `Rows not added: ${count}` });

      await upload();
      await status('Enrolled: 1 · invited: 1 · not added: 3');
      const result1 = squash(await cohortCard.locator('.result').textContent());
      expect(result1).toContain(
        'People invited receive an email and are enrolled in the cohort when they sign up.',
      );
      expect(result1).toContain(
        'Rows already in the cohort or repeated in the file: 2. Nothing changed for them.',
      );
      expect(await cells(added(2))).toEqual([
        ['2', dario.email, 'Enrolled'],
        ['4', 'elena@example.org', 'Invited by email'],
      ]);
      expect(await cells(notAdded(3))).toEqual([
        ['3', ana.email, 'Already enrolled in this course.'],
        [
          '5',
          'elena@example.org',
          'Repeated: this address is already on an earlier row of the file.',
        ],
        ['6', 'not-an-email', 'Not a valid email address: correct it and upload the row again.'],
      ]);
      // The cohort's counts are fetched again.
      await eventually(
        () => facts(cohortCard.locator('dl.facts')),
        [
          ['Dates', 'From 1 September 2026 to 15 December 2026'],
          ['Learners enrolled', '1'],
          ['Invited, not signed up yet', '1'],
        ],
      );
      // The field is cleared, so the same file is not resent by mistake.
      await expect(cohortCard.getByLabel(`CSV file for “${COHORT}”`).inputValue()).resolves.toBe(
        '',
      );
      await expectAccessible(page, 'cohort file, first upload');
      await screenshot(page, 'teaching-cohort-upload');

      // The new address is invited by email, to create an account with that address.
      const invitation = await platform.smtp.waitFor((m) => m.to === 'elena@example.org');
      expect(invitation.subject).toBe(`You are invited to learn: ${TITLE}`);
      expect(invitation.text).toContain(`with the group “${COHORT}”`);
      const link = linkIn(invitation, '/register');
      expect(link.origin).toBe(base);
      expect(link.searchParams.get('email')).toBe('elena@example.org');

      // 7. The same file again changes nothing.
      await upload();
      await status('Enrolled: 0 · invited: 0 · not added: 5');
      const result2 = squash(await cohortCard.locator('.result').textContent());
      expect(result2).toContain(
        'Rows already in the cohort or repeated in the file: 4. Nothing changed for them.',
      );
      expect(result2).not.toContain('People invited receive an email');
      expect(await cohortCard.getByRole('table', { name: /^Rows added/ }).count()).toBe(0);
      expect(await cells(notAdded(5))).toEqual([
        ['2', dario.email, 'Already enrolled in this course.'],
        ['3', ana.email, 'Already enrolled in this course.'],
        ['4', 'elena@example.org', 'Already invited to this cohort: waiting for them to sign up.'],
        [
          '5',
          'elena@example.org',
          'Repeated: this address is already on an earlier row of the file.',
        ],
        ['6', 'not-an-email', 'Not a valid email address: correct it and upload the row again.'],
      ]);
      expect(await facts(cohortCard.locator('dl.facts'))).toEqual([
        ['Dates', 'From 1 September 2026 to 15 December 2026'],
        ['Learners enrolled', '1'],
        ['Invited, not signed up yet', '1'],
      ]);
      // No second invitation or enrolment email was queued (they go out with the upload's transaction).
      const api = platform.api;
      if (!api) throw new Error('The test platform runs without the API');
      const queued = await api.get(DataSource).query(
        `SELECT recipient, template FROM outbox_messages
           WHERE recipient = ANY($1) AND template IN ('enrolment-confirmed', 'cohort-invitation') ORDER BY recipient`,
        [[dario.email, 'elena@example.org']],
      );
      expect(queued).toEqual([
        { recipient: dario.email, template: 'enrolment-confirmed' },
        { recipient: 'elena@example.org', template: 'cohort-invitation' },
      ]);
      await expectAccessible(page, 'cohort file, same file again');
      await screenshot(page, 'teaching-cohort-upload-again');

      // A second cohort with the same name is refused, next to the name.
      await name.fill(COHORT);
      await page.getByRole('button', { name: 'Create the cohort' }).click();
      const nameError = page.locator('#cohort-name-error');
      await nameError.waitFor();
      expect(squash(await nameError.textContent())).toBe(
        'This course already has a cohort with this name. Choose another name.',
      );
      await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
      await eventually(focusedId, 'cohort-name');
      await expect(
        page.getByRole('heading', { level: 3, name: COHORT, exact: true }).count(),
      ).resolves.toBe(1);
      await expectAccessible(page, 'cohort form, name taken');

      // 8. The cohort's learners in the report: Dario only.
      await cohortCard
        .getByRole('link', { name: named('See the learners of this cohort', COHORT) })
        .click();
      await page.waitForURL(/\/teaching\/courses\/[^/]+\?cohort=/);
      await status(`Learners shown: 1, in the cohort “${COHORT}”`);
      await page
        .getByRole('table', { name: new RegExp(`^Learners of the cohort “${COHORT}”`) })
        .waitFor();
      expect(await learnerNames()).toEqual(['dario']);
      await expect(
        page.getByLabel('Cohort', { exact: true }).locator('option:checked').textContent(),
      ).resolves.toBe(COHORT);
      await expectAccessible(page, 'course report, one cohort');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a partner admin sees only their territory’s learners; a plain learner is kept out of the teaching pages', async () => {
    const partner = await createAccount(platform, {
      territory: 'navarra',
      roles: [{ role: 'partner_admin', territory: 'navarra' }],
    });

    // 1. The partner admin: the note on territories, counts and learners of Navarra only.
    await signIn(partner);
    const card = await openTeaching();
    await page
      .getByText('As a partner admin, you follow the learners whose home territory is one of yours')
      .waitFor();
    expect(squash(await card.textContent())).toContain('Learners enrolled: 1');
    await expectAccessible(page, 'teaching, partner admin');
    await screenshot(page, 'teaching-courses-partner');

    await openReport(card, 1);
    await page
      .getByText(
        'You see only the learners whose home territory is yours (Navarra). The figures and the CSV file count them only.',
      )
      .waitFor();
    expect(await learnerNames()).toEqual(['carmen']);
    expect((await figures())[0]).toEqual(['Learners enrolled', '1']);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const other of [ana, bruno, dario]) expect(main).not.toContain(other.email);
    // Questions missed count Carmen's first attempt only.
    const questions = page.getByRole('table', {
      name: `Questions of “${QUIZ}”, most missed first`,
    });
    expect(await cells(questions)).toEqual([[QUESTION, '0%', '1']]);
    // The API says the same, CSV included.
    const csv = await platform.request('GET', `/api/learning/courses/${courseId}/report.csv`, {
      token: partner.token,
    });
    expect(csv.status).toBe(200);
    const lines = parseCsv(String(csv.body));
    expect(lines.slice(1).map((l) => l[1])).toEqual([carmen.email]);
    await expectAccessible(page, 'course report, partner admin');
    await screenshot(page, 'teaching-report-partner');

    // 2. A learner: no "Teaching" in the header, and the address leads to "No access".
    await nav().getByRole('link', { name: 'Sign out' }).click();
    await page.locator('a[href="/login"]').first().waitFor();
    await signIn(bruno);
    await expect(nav().getByRole('link', { name: 'Teaching' }).count()).resolves.toBe(0);
    for (const path of ['/teaching', `/teaching/courses/${courseId}`]) {
      await page.goto(`${base}${path}`);
      await page.waitForURL(`${base}/forbidden`);
      await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
      await page.getByText('Your roles do not give you access to this page.').waitFor();
      expect(await page.locator('main').textContent()).not.toContain(carmen.email);
    }
    await expectAccessible(page, 'teaching, learner forbidden');
    await screenshot(page, 'teaching-forbidden');
    // Not just hidden: the API refuses the learner too.
    const refused = await platform.request('GET', `/api/learning/courses/${courseId}/report`, {
      token: bruno.token,
    });
    expect(refused.status).toBe(403);
  });

  it('a trainer opens a learner’s work from the report, reviews it with the rubric, and reads the outcome', async () => {
    // Bruno and Carmen submit too: with three pieces of work, each learner reviews the other two.
    // Bruno sends both his reviews and Carmen reviews his work, so one review more completes it.
    const learning = (method: string, path: string, who: TestAccount, body?: unknown) =>
      platform.request(method, `/api/learning${path}`, { token: who.token, body });
    const BRUNO_WORK =
      'The library’s back room, the last Friday of the month, with two retired electricians.';
    const CARMEN_WORK = 'The market square under the arcades, on Sunday mornings, with the scouts.';
    const assignmentOf = async (who: TestAccount) =>
      (
        await learning(
          'GET',
          `/enrolments/${enrolments[who.email]}/assignments/${ids.assignment}`,
          who,
        )
      ).body as AssignmentView;
    for (const [who, text] of [
      [bruno, BRUNO_WORK],
      [carmen, CARMEN_WORK],
    ] as const) {
      const submitted = await learning(
        'PUT',
        `/enrolments/${enrolments[who.email]}/assignments/${ids.assignment}/submission`,
        who,
        { text },
      );
      expect(submitted.status).toBe(200);
    }
    const submissionId = (await assignmentOf(bruno)).submission!.id;
    for (const review of (await assignmentOf(bruno)).reviewsToGive) {
      const sent = await learning('POST', `/peer-reviews/${review.reviewId}`, bruno, {
        scores: { [ids.criterion]: ids.strong },
        comment: 'Concrete and easy to follow, thank you.',
      });
      expect(sent.status).toBe(200);
    }
    const PEER_COMMENT = 'Say which Friday, and who brings the soldering irons.';
    const toBruno = (await assignmentOf(carmen)).reviewsToGive.find(
      (r) => r.submission.text === BRUNO_WORK,
    );
    expect(toBruno).toBeDefined();
    const peer = await learning('POST', `/peer-reviews/${toBruno!.reviewId}`, carmen, {
      scores: { [ids.criterion]: ids.weak },
      comment: PEER_COMMENT,
    });
    expect(peer.status).toBe(200);
    expect((await assignmentOf(bruno)).state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 1,
      complete: false,
    });
    const seen = async () =>
      (await learning('GET', `/submissions/${submissionId}`, trainer))
        .body as TrainerSubmissionView;
    const report = async () =>
      (await learning('GET', `/courses/${courseId}/report`, trainer)).body as CourseReport;

    // 1. From the report, Bruno's work opens for review.
    await signIn(trainer);
    const card = await openTeaching();
    await openReport(card, (await report()).learners.length);
    await learnersTable()
      .getByRole('link', { name: named('Review the work', `${ASSIGNMENT}, bruno`) })
      .click();
    await page.waitForURL(`${base}/teaching/courses/${courseId}/submissions/${submissionId}`);
    const heading = `“${ASSIGNMENT}” by bruno`;
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await expect(page.title()).resolves.toMatch(
      new RegExp(`^${escapeRegExp(heading)} · ${escapeRegExp(TITLE)} · `),
    );
    const statusBox = page.locator('#submission-status');
    expect(squash(await statusBox.innerText())).toBe(
      'Status: In peer review Reviews given: 2 of 2 · received: 1 of 2 The assignment is complete once the learner has given 2 reviews and received 2. Your review counts as one received. Peer reviews handed out, not sent yet: 1',
    );
    // The instructions, the work, and the review Carmen sent (anonymous: a peer).
    expect(
      squash(await page.getByRole('region', { name: 'Instructions' }).textContent()),
    ).toContain('Describe where, when and with whom you would run your first evening.');
    expect(
      squash(await page.getByRole('region', { name: 'The work of bruno' }).textContent()),
    ).toContain(BRUNO_WORK);
    const received = (count: number) =>
      page.getByRole('region', { name: `Reviews received: ${count}` });
    const reviewCards = (count: number) => received(count).getByRole('article');
    await expect(reviewCards(1).count()).resolves.toBe(1);
    const peerCard = reviewCards(1).first();
    await peerCard.getByRole('heading', { level: 3, name: 'Review by a peer' }).waitFor();
    expect(squash(await peerCard.textContent())).toContain('0 of 2 points');
    expect(await facts(peerCard.locator('dl'))).toEqual([['Practicality', 'Vague · 0 points']]);
    expect(squash(await peerCard.textContent())).toContain(PEER_COMMENT);
    expect(squash(await page.locator('main').textContent())).not.toContain(carmen.email);
    // The rubric: the criterion with its levels and their points.
    const form = page.getByRole('form', { name: 'Your review' });
    const criterion = form.getByRole('group', { name: 'Practicality' });
    await expect(criterion.getByRole('radio').count()).resolves.toBe(2);
    for (const level of ['Vague · 0 points', 'Concrete · 2 points'])
      await criterion.getByRole('radio', { name: level, exact: true }).waitFor();
    await expectAccessible(page, 'submission review');
    await screenshot(page, 'teaching-submission');

    // 2. Sent empty: each problem next to its field, focus on the first; nothing is saved.
    await form.getByRole('button', { name: 'Send your review' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Please correct the fields marked below.' })
      .waitFor();
    expect(squash(await page.locator(`#criterion-error-${ids.criterion}`).textContent())).toBe(
      'Choose a level.',
    );
    await expect(criterion.getAttribute('aria-describedby')).resolves.toBe(
      `criterion-error-${ids.criterion}`,
    );
    const comment = form.getByLabel('Comment for the learner');
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(squash(await page.locator('#review-comment-error').textContent())).toBe(
      'Write a comment for the learner.',
    );
    await eventually(focusedId, `level-${ids.weak}`);
    expect((await seen()).reviews).toHaveLength(1);
    await expectAccessible(page, 'submission review, fields missing');
    await screenshot(page, 'teaching-submission-errors');

    // 3. By keyboard: the arrow picks "Concrete", Tab goes to the comment, then to the button.
    await page.keyboard.press('ArrowDown');
    await expect(criterion.getByRole('radio', { name: /^Concrete/ }).isChecked()).resolves.toBe(
      true,
    );
    await page.getByText('Total: 2 of 2 points').waitFor();
    expect(await page.locator(`#criterion-error-${ids.criterion}`).count()).toBe(0);
    await page.keyboard.press('Tab');
    await eventually(focusedId, 'review-comment');
    await page.keyboard.type('Good.');
    const commentError = async () =>
      squash(await page.locator('#review-comment-error').textContent());
    // The message follows what is typed.
    await eventually(commentError, 'Use at least 10 characters.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Please correct the fields marked below.' })
      .waitFor();
    expect(await commentError()).toBe('Use at least 10 characters.');
    await eventually(focusedId, 'review-comment');
    await page.keyboard.press('End');
    const TRAINER_COMMENT = 'Good. A date and the tools list would make it ready to run.';
    await page.keyboard.type(TRAINER_COMMENT.slice('Good.'.length));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // 4. The outcome: said, and focus on the new status; the review is listed as the trainer's.
    await status(`Your review has been saved. “${ASSIGNMENT}” counts as complete for bruno.`);
    await eventually(focusedId, 'submission-status');
    await eventually(
      async () => squash(await statusBox.innerText()),
      'Status: Complete Reviews given: 2 of 2 · received: 2 of 2',
    );
    await expect(reviewCards(2).count()).resolves.toBe(2);
    const mine = reviewCards(2).nth(1);
    await mine.getByRole('heading', { level: 3, name: 'Your review' }).waitFor();
    expect(squash(await mine.textContent())).toContain('2 of 2 points');
    expect(await facts(mine.locator('dl'))).toEqual([['Practicality', 'Concrete · 2 points']]);
    expect(squash(await mine.textContent())).toContain(TRAINER_COMMENT);
    // The form now revises that review, starting from it.
    const revise = page.getByRole('form', { name: 'Revise your review' });
    await expect(revise.getByRole('radio', { name: /^Concrete/ }).isChecked()).resolves.toBe(true);
    await expect(revise.getByLabel('Comment for the learner').inputValue()).resolves.toBe(
      TRAINER_COMMENT,
    );
    await revise.getByRole('button', { name: 'Update your review' }).waitFor();
    // The API agrees: one trainer review, and the assignment complete.
    const after = await seen();
    expect(after.state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 2,
      complete: true,
    });
    expect(after.reviews.map((r) => [r.by, r.mine, r.points, r.comment])).toEqual([
      ['peer', false, 0, PEER_COMMENT],
      ['trainer', true, 2, TRAINER_COMMENT],
    ]);
    await expectAccessible(page, 'submission reviewed');
    await screenshot(page, 'teaching-submission-reviewed');

    // 5. Back in the report, Bruno's work is complete.
    await page.getByRole('link', { name: 'Back to the learners of the course' }).click();
    await page.waitForURL(`${base}/teaching/courses/${courseId}`);
    await learnersTable().waitFor();
    const brunoRow = (await cells(learnersTable())).find((r) => r[0] === 'bruno');
    // The assignment is the last column (a cohort column comes and goes with the course's cohorts).
    expect(brunoRow?.at(-1)).toMatch(
      new RegExp(`^Complete ${named('See the work', `${ASSIGNMENT}, bruno`).source.slice(1)}`),
    );

    // 6. An address that is not a submission the trainer follows: "not found", nothing else.
    await page.goto(`${base}/teaching/courses/${courseId}/submissions/${randomUUID()}`);
    await page.getByRole('heading', { level: 1, name: 'Work not found' }).waitFor();
    await page
      .getByText('This work does not exist, or its author is not one of the learners you follow.')
      .waitFor();
    await expectAccessible(page, 'submission not found');
  });
});
