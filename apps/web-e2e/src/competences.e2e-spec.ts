import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, useBrowserSuite } from './browser';

describe('competence frameworks in the browser', () => {
  let page: Page;
  let base: string;

  const suite = useBrowserSuite();
  beforeEach(() => ({ page, base } = suite));

  it('lets an anonymous visitor browse the frameworks, by keyboard, in English and French', async () => {
    await page.goto(base);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Competences' })
      .click();
    await page.waitForURL(`${base}/competences`);
    await page.getByRole('heading', { level: 1, name: 'Competence frameworks' }).waitFor();

    const frameworks = page.getByRole('heading', { level: 2 });
    await frameworks.first().waitFor();
    await expect(frameworks.allTextContents()).resolves.toEqual([
      'EntreComp: The Entrepreneurship Competence Framework',
      'DigComp 2.2: The Digital Competence Framework for Citizens',
      'GreenComp: The European Sustainability Competence Framework',
    ]);
    const entreComp = page.getByRole('region', { name: /EntreComp/ });
    await expect(
      entreComp.getByRole('listitem').filter({ hasText: 'Level 8' }).textContent(),
    ).resolves.toContain('Transform');
    await expect(page.getByRole('region', { name: /GreenComp/ }).textContent()).resolves.toContain(
      'This framework does not define proficiency levels.',
    );

    // Areas are native <details>: a keyboard user opens one with Enter.
    const competence = entreComp.getByText('Financial and economic literacy');
    expect(await competence.isVisible()).toBe(false);
    await entreComp.locator('summary').filter({ hasText: 'Area 2:' }).focus();
    await page.keyboard.press('Enter');
    await competence.waitFor({ state: 'visible' });
    await entreComp
      .getByRole('listitem')
      .filter({ hasText: /^\s*2\.4 Financial and economic literacy\s*$/ })
      .waitFor();
    await entreComp
      .locator('summary')
      .filter({ hasText: /^\s*Area 2: Resources \(5 competences\)\s*$/ })
      .waitFor();
    // In English the titles need no language mark.
    expect(await competence.getAttribute('lang')).toBeNull();
    await expectAccessible(page, 'competences');
    await screenshot(page, 'competences');

    await page.locator('#language-switcher').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByRole('heading', { level: 1, name: 'Référentiels de compétences' }).waitFor();
    await expect(
      page
        .getByRole('navigation', { name: 'Principale' })
        .getByRole('link', { name: 'Compétences' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(entreComp.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      'Niveaux de maîtrise',
      'Domaines et compétences',
    ]);
    await entreComp.getByText('Domaine 2 :').waitFor();
    // The EU titles stay in English, and say so to screen readers.
    expect(await competence.getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 2 }).first().getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'competences in French');
  });
});
