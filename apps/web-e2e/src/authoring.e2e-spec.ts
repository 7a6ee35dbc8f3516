import { createAccount, sampleCourseDocument, type TestAccount } from '@academy/api/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, submitSignIn, useBrowserSuite } from './browser';

const TITLE = 'Community energy cooperatives';
// A 1x1 PNG: the API checks an upload's type from its bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('course authoring and review in the browser', () => {
  let page: Page;
  let base: string;
  let author: TestAccount;
  let reviewer: TestAccount;

  const suite = useBrowserSuite({ worker: true }, async (platform) => {
    author = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    reviewer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
  });
  beforeEach(() => ({ page, base } = suite));

  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const status = (text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).waitFor();

  const announced = (text: string) =>
    page
      .locator('.cdk-live-announcer-element')
      .filter({ hasText: text })
      .waitFor({ state: 'attached' });

  async function signIn(account: TestAccount): Promise<void> {
    await page.goto(`${base}/login`);
    await submitSignIn(page, account.email);
  }

  async function signOut(): Promise<void> {
    await page.locator('a[href="/logout"]').first().click();
    await page.locator('a[href="/login"]').first().waitFor();
  }

  it('a trainer writes a course, another approves it, and a visitor finds it in the catalogue', async () => {
    await signIn(author);
    await nav().getByRole('link', { name: 'Authoring' }).click();
    await page.waitForURL(`${base}/authoring`);
    await page.getByRole('heading', { level: 1, name: 'My courses' }).waitFor();
    await page.getByRole('heading', { name: 'No courses yet' }).waitFor();
    await expectAccessible(page, 'my courses, empty (phone)');

    await page.getByRole('link', { name: 'New course' }).click();
    await page.waitForURL(`${base}/authoring/courses/new`);
    await page.getByRole('heading', { level: 1, name: 'New course' }).waitFor();
    await expectAccessible(page, 'new course (phone)');

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Summary').fill('How citizens own and run renewable energy together.');
    await page
      .getByLabel('Description', { exact: true })
      .fill('## Why it matters\n\nEnergy communities keep **value local**.');
    await page.getByRole('button', { name: 'Preview' }).first().click();
    await page
      .getByRole('region', { name: 'Preview of Description' })
      .getByRole('heading', { name: 'Why it matters' })
      .waitFor();
    await page.getByRole('button', { name: 'Write' }).first().click();
    await page
      .getByRole('group', { name: 'Who is it for?' })
      .getByRole('checkbox', { name: 'Practising social entrepreneur' })
      .check();
    await page
      .getByRole('group', { name: 'Themes' })
      .getByRole('checkbox', { name: 'Green transition' })
      .check();
    await page.getByLabel('Outcome 1').fill('Explain how an energy cooperative is governed');
    await page.getByLabel('Title of module 1').fill('Getting started');

    // A cover picture, uploaded with its progress shown, then described.
    await page
      .getByLabel('Picture (PNG, JPEG, WebP or GIF)')
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
    await status('Uploaded 100%');
    await page
      .getByLabel('Describe the picture for people who cannot see it')
      .fill('Solar panels on a village school roof');
    await page.getByRole('img', { name: 'Solar panels on a village school roof' }).waitFor();

    // An article, then a quiz with one single-choice question.
    await page.getByLabel('Kind of new lesson').selectOption('article');
    await page.getByRole('button', { name: /^Add a lesson/ }).click();
    await page.getByLabel('Lesson title').nth(0).fill('What is an energy community?');
    await page
      .getByLabel('Text of the article')
      .fill('An energy community is owned by its members.');
    await page.getByLabel('Kind of new lesson').selectOption('quiz');
    await page.getByRole('button', { name: /^Add a lesson/ }).click();
    await page.getByLabel('Lesson title').nth(1).fill('Check your understanding');
    await page.getByLabel('Question', { exact: true }).fill('Who owns an energy community?');
    await page.getByLabel('Answer 1', { exact: true }).fill('Its members');
    await page.getByLabel('Answer 2', { exact: true }).fill('A utility company');
    expect(await page.getByRole('radio', { name: 'Answer 1 is correct' }).isChecked()).toBe(true);

    // Reordering with the keyboard-friendly buttons is announced.
    await page.getByRole('button', { name: /^Move up\W+Check your understanding/ }).click();
    await announced('“Check your understanding” moved to position 1 of 2.');
    await expect(page.getByLabel('Lesson title').nth(0).inputValue()).resolves.toBe(
      'Check your understanding',
    );
    await page.getByRole('button', { name: /^Move down\W+Check your understanding/ }).click();
    await announced('“Check your understanding” moved to position 2 of 2.');
    await expect(page.getByLabel('Lesson title').nth(0).inputValue()).resolves.toBe(
      'What is an energy community?',
    );
    // A peer-reviewed assignment with a three-level rubric.
    await page.getByLabel('Kind of new lesson').selectOption('assignment');
    await page.getByRole('button', { name: /^Add a lesson/ }).click();
    await page.getByLabel('Lesson title').nth(2).fill('Map your energy community');
    await page
      .getByLabel('Assignment instructions')
      .fill('Describe who would own and govern a local energy community.');
    await page.getByLabel('What is assessed').fill('Governance');
    await page.getByLabel('Name of the level').nth(0).fill('Unclear');
    await page.getByLabel('Name of the level').nth(1).fill('Clear');
    await page.getByLabel('Points').nth(1).fill('2');
    await page.getByRole('button', { name: 'Add a level' }).click();
    await page.getByLabel('Name of the level').nth(2).fill('Excellent');
    await page.getByLabel('Points').nth(2).fill('3');
    await expectAccessible(page, 'course editor (phone)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'course editor (desktop)');
    await screenshot(page, 'authoring-editor');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/authoring\/courses\/[0-9a-f-]{36}$/);
    await status('Draft saved.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await status(/Sent to the reviewers/);
    await page.getByRole('region', { name: 'Status' }).getByText('In review').waitFor();
    await expectAccessible(page, 'course in review (desktop)');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'course in review (phone)');

    await nav().getByRole('link', { name: 'Authoring' }).click();
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
    expect(await page.locator('main').textContent()).toContain('In review');
    await expectAccessible(page, 'my courses (phone)');
    await signOut();

    // Another trainer reviews it.
    await signIn(reviewer);
    await nav().getByRole('link', { name: 'Authoring' }).click();
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL(`${base}/authoring/reviews`);
    await expectAccessible(page, 'review queue (phone)');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Review: ${TITLE}` }).waitFor();
    await page.getByLabel('Lesson title').nth(1).waitFor();
    await expectAccessible(page, 'review (phone)');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('alert').filter({ hasText: 'Write a note for the authors' }).waitFor();
    await page.getByLabel('Note for the authors').fill('Clear and well structured. Published.');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await status('Approved: the course is published.');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'review approved (desktop)');
    await signOut();

    // Anyone finds it in the catalogue.
    await page.goto(`${base}/courses`);
    const search = page.getByRole('search').getByRole('searchbox', { name: 'Search courses' });
    await search.fill('energy cooperatives');
    await search.press('Enter');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Check your understanding');
    expect(await page.locator('main').textContent()).toContain('Map your energy community');
    const cover = page.getByRole('img', { name: 'Solar panels on a village school roof' });
    await expect(
      cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).resolves.toBe(1);
    await expectAccessible(page, 'course page with its cover');
  });
  it('adds a co-author, exports a course, imports it back, lists the problems of a bad file, and archives', async () => {
    const title = 'Timebanks and mutual aid';
    const created = await suite.platform.request('POST', '/api/courses', {
      token: author.token,
      body: { document: sampleCourseDocument({ title }) },
    });
    expect(created.status).toBe(201);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(author);

    // Another trainer joins as co-author, found by name.
    const coauthor = reviewer.email.split('@')[0] as string;
    await page.goto(`${base}/authoring/courses/${created.body.id}`);
    await page.getByLabel('Find a trainer by name').fill(coauthor.slice(0, 6));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await status('Trainers found: 1');
    await page.getByRole('button', { name: `Add ${coauthor} as co-author` }).click();
    await page
      .getByRole('region', { name: 'Co-authors' })
      .getByRole('listitem')
      .filter({ hasText: coauthor })
      .waitFor();
    await expectAccessible(page, 'co-authors');

    await page.goto(`${base}/authoring`);
    await page.getByRole('link', { name: title, exact: true }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`^Export JSON\\W+${title}$`) }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported).toMatchObject({ schemaVersion: 1, title });

    await page.getByLabel('Course file (JSON)').setInputFiles({
      name: 'course.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    // The imported copy opens in the editor, and is a second course with the same title.
    await page.waitForURL(/\/authoring\/courses\/[0-9a-f-]{36}$/);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(title);
    await page.goto(`${base}/authoring`);
    await page.getByRole('link', { name: title, exact: true }).nth(1).waitFor();

    const broken = { ...exported, title: '', modules: [] };
    await page.getByLabel('Course file (JSON)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page
      .getByText('This file is not a valid course. The problems are listed below.')
      .waitFor();
    expect(await page.locator('main').textContent()).toMatch(/modules/);
    await expectAccessible(page, 'my courses, import refused');
    expect(await page.getByRole('link', { name: title, exact: true }).count()).toBe(2);

    await page
      .getByRole('button', { name: new RegExp(`^Archive\\W+${title}$`) })
      .first()
      .click();
    await page.getByText('Archived', { exact: true }).first().waitFor();
  });
});
