import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PASSWORD, TestPlatform, type PlatformOptions } from '@academy/api/testing';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags this sandbox needs (see the env notes): no sandbox as root, no background traffic. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/** Fails with the list of WCAG 2.1 A/AA violations on the page, if any. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Judge the settled page, not a frame of a fade-in (partial opacity lowers contrast).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
  await expectReflow(page, label);
}

/**
 * WCAG 1.4.10 Reflow, which axe does not check: at a phone's width the page never scrolls
 * sideways (tables and code scroll inside their own boxes). Names what sticks out, if anything.
 */
async function expectReflow(page: Page, label: string): Promise<void> {
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(-5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`,
      );
  });
  expect(wider.map((element) => `${label}: wider than the screen: ${element}`)).toEqual([]);
}

/** Screenshots for the README, written when SCREENSHOTS_DIR is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['SCREENSHOTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export interface BrowserSuite {
  platform: TestPlatform;
  page: Page;
  /** Where the web app is served. */
  base: string;
}

/**
 * Registers the hooks of a browser test file: one test platform serving the web app and one
 * Chromium for the file, a fresh phone-sized page per test (dialogs accepted), all closed after.
 * `setup` runs once the platform is up (accounts, courses).
 */
export function useBrowserSuite(
  options: PlatformOptions = {},
  setup?: (platform: TestPlatform) => Promise<void>,
): BrowserSuite {
  const suite = {} as BrowserSuite;
  let browser: Browser | undefined;
  beforeAll(async () => {
    suite.platform = await TestPlatform.start({ ...options, web: true });
    suite.base = suite.platform.webUrl;
    browser = await launchChromium();
    await setup?.(suite.platform);
  });
  afterAll(async () => {
    await browser?.close();
    await suite.platform?.stop();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
    });
    suite.page = await context.newPage();
    suite.page.on('dialog', (dialog) => void dialog.accept());
  });
  afterEach(() => suite.page?.context().close());
  return suite;
}

/** Fills and sends the sign-in form on the current page, then waits to be signed in. */
export async function submitSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('a[href="/logout"]').first().waitFor();
}

/** Text with its runs of white space made single spaces, as people read it. */
export const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
