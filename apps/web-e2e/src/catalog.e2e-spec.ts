// The e2e project may only reach the API through the test platform; seeding the catalogue's
// read model directly is what the API's own catalogue-search test does, and no public endpoint
// publishes a course without the whole authoring and review workflow.
import {
  createAccount,
  indexPublishedCourse,
  sampleCourseDocument,
  TestPlatform,
} from '@academy/api/testing';
import type { CourseDocument } from '@academy/shared/contracts';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, useBrowserSuite } from './browser';

const ATTRIBUTION = 'EJESEC, SECON Best Practices Report (Interreg Europe, KMOP, January 2024)';
const withCaseStudy = <T extends { modules: { lessons: object[] }[] }>(document: T): T => {
  Object.assign(document.modules[0]!.lessons[0]!, {
    caseStudy: { slug: 'ejesec', attribution: ATTRIBUTION },
  });
  return document;
};

/** One more than a page (20), so "Show more" has a second page to fetch. */
const PRIMERS = 21;
const TOTAL = PRIMERS + 5;

describe('course catalogue in the browser', () => {
  let platform: TestPlatform;
  let page: Page;
  let base: string;

  const shown = (count: number) =>
    page
      .getByRole('status')
      .filter({ hasText: count === 1 ? '1 course shown' : `${count} courses shown` })
      .waitFor();
  const resultTitles = () => page.locator('.course-card__link').allTextContents();

  const suite = useBrowserSuite({}, async (platform) => {
    const index = (title: string, overrides: Partial<CourseDocument> = {}) =>
      indexPublishedCourse(platform, title, overrides);
    for (let i = 1; i <= PRIMERS; i++)
      await index(`Social economy primer ${String(i).padStart(2, '0')}`);
    await index('Governance of worker cooperatives', {
      themes: ['governance_mutuality'],
      level: 'intermediate',
      estimatedHours: 8,
    });
    await index('Cooperative sociali e inclusione lavorativa', {
      language: 'it',
      themes: ['inclusion_employment'],
      audiences: ['practising_entrepreneur'],
    });
    await index('Cooperativas de energia renovável', {
      language: 'pt',
      themes: ['green_transition'],
    });
    await index('Financiación de empresas sociales', {
      language: 'es',
      themes: ['finance_funding'],
    });
    await index('Mesurer l’impact des coopératives', {
      language: 'fr',
      themes: ['impact_measurement'],
    });
  });
  beforeEach(() => ({ platform, page, base } = suite));

  it('searches by a stemmed word, filters by language, goes back, and shows more, on a phone', async () => {
    await page.goto(base);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Courses' })
      .click();
    await page.waitForURL(`${base}/courses`);
    await page.getByRole('heading', { level: 1, name: 'Course catalogue' }).waitFor();
    await shown(20);
    // Newest first: the last published course leads.
    expect((await resultTitles())[0]).toBe('Mesurer l’impact des coopératives');
    await expectAccessible(page, 'catalogue (phone)');
    await screenshot(page, 'catalogue');

    // "governing" finds "Governance" through English stemming; the query goes to the URL.
    const search = page.getByRole('search').getByRole('searchbox', { name: 'Search courses' });
    await search.fill('governing');
    await search.press('Enter');
    await page.waitForURL(`${base}/courses?q=governing`);
    await shown(1);
    await expect(resultTitles()).resolves.toEqual(['Governance of worker cooperatives']);
    await expect(page.getByLabel('Sort by').inputValue()).resolves.toBe('relevance');

    // Back to everything, then the filters, folded under one button on a phone.
    await search.fill('');
    await search.press('Enter');
    await page.waitForURL(`${base}/courses`);
    await shown(20);
    await page.getByRole('button', { name: /^Filters/, expanded: false }).click();
    await page.getByRole('button', { name: /^Filters/, expanded: true }).waitFor();
    const languages = page.getByRole('group', { name: 'Course language' });
    await languages.getByRole('checkbox', { name: 'Italian' }).check();
    await page.waitForURL(`${base}/courses?language=it`);
    await languages.getByRole('checkbox', { name: 'Portuguese' }).check();
    await page.waitForURL(`${base}/courses?language=it,pt`);
    await shown(2);
    await expect(resultTitles()).resolves.toEqual([
      'Cooperativas de energia renovável',
      'Cooperative sociali e inclusione lavorativa',
    ]);
    // A course's own words are marked with its language for screen readers.
    const portuguese = page.getByRole('heading', {
      level: 3,
      name: 'Cooperativas de energia renovável',
    });
    await expect(portuguese.getAttribute('lang')).resolves.toBe('pt');
    await expectAccessible(page, 'catalogue filtered (phone)');

    // The back button steps through the searches, and the form follows the URL.
    await page.goBack();
    await page.waitForURL(`${base}/courses?language=it`);
    await shown(1);
    expect(await languages.getByRole('checkbox', { name: 'Portuguese' }).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL(`${base}/courses`);
    await shown(20);

    // The next page comes by keyset cursor; keyboard users continue at the first new course.
    await page.getByRole('button', { name: 'Show more courses' }).click();
    await shown(TOTAL);
    await expect(page.getByRole('button', { name: 'Show more courses' }).count()).resolves.toBe(0);
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe((await resultTitles())[20]);
    await expectAccessible(page, 'catalogue, second page (phone)');
  });

  it('is accessible on a desktop, with the filters beside the results', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/courses?language=fr`);
    await shown(1);
    await page.getByRole('heading', { level: 2, name: 'Filters' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Course language' })
        .getByRole('checkbox', { name: 'French' })
        .isChecked(),
    ).toBe(true);
    await expectAccessible(page, 'catalogue (desktop)');
    await screenshot(page, 'catalogue-desktop');
  });
  it('opens the page of a course published through review, with its syllabus, accessibly', async () => {
    const author = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    const reviewer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    const created = await platform.request('POST', '/api/courses', {
      token: author.token,
      body: {
        document: withCaseStudy(sampleCourseDocument({ title: 'Solidarity purchasing groups' })),
      },
    });
    await platform.request('POST', `/api/courses/${created.body.id}/submit`, {
      token: author.token,
    });
    const approved = await platform.request('POST', `/api/courses/${created.body.id}/approve`, {
      token: reviewer.token,
      body: { note: 'Good.' },
    });
    expect(approved.status).toBe(200);

    await page.goto(`${base}/courses?q=${encodeURIComponent('solidarity purchasing')}`);
    await page.getByRole('link', { name: 'Solidarity purchasing groups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solidarity purchasing groups' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Syllabus' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Competences you will develop' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Mobilising others');
    // A good practice used as a case study names its source.
    await page.getByText(`Case study from ${ATTRIBUTION}`).waitFor();
    await expectAccessible(page, 'course page');
    await screenshot(page, 'course-page');
  });
});
