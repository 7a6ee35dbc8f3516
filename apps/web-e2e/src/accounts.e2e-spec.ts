import { createAccount, linkIn, TEST_PASSWORD, TestPlatform } from '@academy/api/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, useBrowserSuite } from './browser';

describe('accounts in the browser', () => {
  let platform: TestPlatform;
  let page: Page;
  let base: string;

  const suite = useBrowserSuite({ worker: true });
  beforeEach(() => ({ platform, page, base } = suite));

  it('registers, verifies by email, signs in, switches language and signs out', async () => {
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1 })).toBeTruthy();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Create an account' })
      .click();
    await page.waitForURL(`${base}/register`);
    await page.getByLabel('Email address').fill('ines@example.org');
    await page.getByLabel('Password', { exact: true }).fill('social economy for all');
    await page.getByLabel('Your name').fill('Inês');
    await page.getByLabel('Preferred language').selectOption('pt');
    await page.getByLabel('Home territory').selectOption({ label: 'Cascais (PT)' });
    await page.getByRole('radio', { name: /Would-be social entrepreneur/ }).check();
    await page.getByRole('checkbox', { name: /I accept the terms/ }).check();
    await expectAccessible(page, 'register');
    await screenshot(page, 'register');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('status').filter({ hasText: 'Almost done' }).waitFor();

    const mail = await platform.smtp.waitFor((m) => m.to === 'ines@example.org');
    expect(mail.subject).toBe('Confirme o seu email para a MU.ST.SEE Academy');
    await page.goto(linkIn(mail, '/verify-email').toString());
    await page.getByText('Your email address is confirmed', { exact: false }).waitFor();
    await expectAccessible(page, 'verify-email');

    await page.goto(`${base}/login`);
    await page.getByLabel('Email address').fill('ines@example.org');
    await page.getByLabel('Password').fill('social economy for all');
    await expectAccessible(page, 'login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('a[href="/logout"]').first().waitFor();
    // Signed in, the interface follows the profile's language.
    await page.waitForFunction(() => document.documentElement.lang === 'pt');
    await expect(page.locator('header').textContent()).resolves.toContain('Inês');
    await expectAccessible(page, 'signed in');

    await page.locator('#language-switcher').selectOption('it');
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    await expect(page.getByRole('navigation').first().textContent()).resolves.toMatch(
      /Esci|Profilo/,
    );
    await expectAccessible(page, 'italian');
    // The choice is saved to the profile.
    const user = await platform.request('POST', '/api/auth/login', {
      body: { email: 'ines@example.org', password: 'social economy for all' },
    });
    expect(user.body.user.preferredLanguage).toBe('it');

    await page.locator('a[href="/logout"]').first().click();
    await page.locator('a[href="/login"]').first().waitFor();
    await expectAccessible(page, 'signed out');
    // The session really ended on the server: a reload does not sign back in.
    await page.reload();
    await page.locator('a[href="/login"]').first().waitFor();
    expect(await page.locator('a[href="/logout"]').count()).toBe(0);
  });

  it('lets an admin find a person and grant a role, by keyboard', async () => {
    const admin = await createAccount(platform, {
      email: 'admin-e2e@example.org',
      roles: [{ role: 'admin' }],
    });
    const learner = await createAccount(platform, {
      email: 'learner-e2e@example.org',
      territory: 'navarra',
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/login`);

    // The skip link is the first stop and moves focus to the main content.
    await page.getByLabel('Email address').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.getByText('Signed in as').waitFor();

    // A wrong current password is reported at its field.
    await page.goto(`${base}/profile`);
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('an entirely new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('input[formcontrolname="currentPassword"][aria-invalid="true"]').waitFor();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/correct/i);
    await expectAccessible(page, 'profile');

    await page.goto(`${base}/admin/users`);
    await page.getByLabel('Name or email').fill('learner-e2e');
    await page.getByLabel('Name or email').press('Enter');
    const card = page.getByRole('article', { name: /learner-e2e/ });
    await card.waitFor();
    await expectAccessible(page, 'admin users');
    await screenshot(page, 'admin-users');
    await card.getByLabel('Role', { exact: true }).selectOption('mentor');
    await card.getByRole('button', { name: 'Add role' }).focus();
    await page.keyboard.press('Enter');
    await card.getByRole('button', { name: /Remove the role Mentor/ }).waitFor();

    const roles = await platform.request('GET', `/api/users?q=learner-e2e`, { token: admin.token });
    expect(roles.body.items[0].roles.map((r: { role: string }) => r.role).sort()).toEqual([
      'learner',
      'mentor',
    ]);
    expect(learner.id).toBe(roles.body.items[0].id);

    // Admins open the queue dashboard (Bull Board) from here; it shows the email queue.
    const [dashboard] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open the queue dashboard' }).click(),
    ]);
    await dashboard.getByText('email', { exact: true }).first().waitFor();
    await dashboard.close();
  });
});
