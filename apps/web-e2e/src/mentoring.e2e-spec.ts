// Peer mentoring (issue 5) in the browser, as its two people live it: the mentee writes what they
// look for, sees mentors suggested with the reasons, asks one; the mentor accepts; they agree on
// a session (the calendar invitation arrives by email) and both give feedback after it. Then a
// programme's match, answered by both sides. Mentor offers and the programme round are set up
// through the API: approving offers and running a round have API tests of their own.
import { createAccount, linkIn, type TestAccount, type TestPlatform } from '@academy/api/testing';
import type { MyProgrammePair, ProgrammeView } from '@academy/shared/contracts';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  escapeRegExp,
  expectAccessible,
  screenshot,
  squash,
  submitSignIn,
  useBrowserSuite,
} from './browser';

const GOALS =
  'Our social farm needs its first funding round without losing the members’ trust and votes.';
const REQUEST =
  'I read that you financed Terra Viva with your members: could you help us do the same?';
const ANSWER = 'Gladly: bring your budget and the list of members to our first session.';
const LINK = 'https://meet.example.org/terra-viva-mentoring';
const SHARED_GOALS =
  'By March: a one-page budget, two banks met, and a members’ vote on the funding plan.';
const COMPETENCE = 'Financial and economic literacy (EntreComp 2.4)';

/** A mentor's offer, as the API takes it; the test's mentors differ in what is overridden. */
const offer = (overrides: Record<string, unknown> = {}) => ({
  bio: 'I have run a social farming cooperative for twelve years and love sharing what worked.',
  organisation: 'Terra Viva',
  legalForm: 'cooperative',
  sectors: ['social_agriculture'],
  competences: [{ code: 'entrecomp:2.4', level: 6 }],
  languages: ['it', 'en'],
  formats: ['online'],
  capacity: 2,
  availability: ['weekday-evening'],
  experienceYears: 12,
  ...overrides,
});

/** Names people can read in the pages: the test accounts are named after their email. */
const nameOf = (account: TestAccount) => account.email.split('@')[0] as string;
/** A button's name made of its text and a hidden ": whom" for screen readers. */
const labelFor = (text: string, whom: string) =>
  new RegExp(`^${escapeRegExp(text)} ?: ${escapeRegExp(whom)}$`);
const person = (name: string) => `${name}-${Math.random().toString(36).slice(2, 7)}@example.org`;

describe('mentoring in the browser', () => {
  let platform: TestPlatform;
  let page: Page;
  let base: string;
  let trainer: TestAccount;

  const suite = useBrowserSuite({ worker: true }, async (p) => {
    trainer = await createAccount(p, { roles: [{ role: 'trainer' }] });
  });
  beforeEach(() => ({ platform, page, base } = suite));

  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/mentoring${path}`, { token: who.token, body });

  /** An approved mentor; returns the account and the mentor profile's id. */
  async function mentor(name: string, overrides: Record<string, unknown> = {}) {
    const account = await createAccount(platform, { email: person(name) });
    const saved = await api('PUT', '/me/mentor-profile', account, offer(overrides));
    expect(saved.status).toBe(200);
    const reviewed = await api('POST', `/mentors/${saved.body.id}/review`, trainer, {
      approve: true,
    });
    expect(reviewed.body.status).toBe('approved');
    return { account, id: saved.body.id as string };
  }

  /** Another person's browser: their own context (cookies, clock), closed by the caller. */
  async function otherBrowser(timezoneId: string): Promise<Page> {
    const context = await page
      .context()
      .browser()!
      .newContext({
        viewport: { width: 390, height: 844 },
        locale: 'en-GB',
        timezoneId,
      });
    const other = await context.newPage();
    other.on('dialog', (dialog) => void dialog.accept());
    return other;
  }

  async function signIn(on: Page, account: TestAccount, path: string): Promise<void> {
    await on.goto(`${base}/login?returnUrl=${encodeURIComponent(path)}`);
    await submitSignIn(on, account.email);
    await on.waitForURL(`${base}${path}`);
  }

  const status = (on: Page, text: string | RegExp) =>
    on.getByRole('status').filter({ hasText: text }).first().waitFor();
  const focusedText = (on: Page) =>
    on.evaluate(() => document.activeElement?.textContent ?? '').then(squash);

  /** Waits (5 s at most) for the focus to reach an element whose text is `text`. */
  async function focusIsAt(on: Page, text: string): Promise<void> {
    const deadline = Date.now() + 5000;
    let value = await focusedText(on);
    while (value !== text && Date.now() < deadline) {
      await on.evaluate(() => new Promise(requestAnimationFrame));
      value = await focusedText(on);
    }
    expect(value).toBe(text);
  }

  it('a mentee sees suggestions with the reasons and asks a mentor, who accepts; they agree on a session (the invitation arrives by email) and both give feedback after it', async () => {
    const marta = await mentor('marta');
    // Speaks Italian too but works in housing and mentors another competence: a weaker fit.
    const luca = await mentor('luca', {
      sectors: ['housing'],
      competences: [{ code: 'digcomp:1.1', level: 4 }],
      availability: ['weekend'],
    });
    const giulia = await createAccount(platform, { email: person('giulia') });

    // 1. No mentee profile yet: the hub asks for one.
    await signIn(page, giulia, '/mentoring');
    await page.getByRole('heading', { level: 1, name: 'Mentoring' }).waitFor();
    await expectAccessible(page, 'mentoring hub, no profile');
    await page.getByRole('link', { name: 'Tell us what you are looking for' }).click();
    await page.waitForURL(`${base}/mentoring/mentee-profile`);

    // 2. Writes what she is looking for, adding a competence to grow.
    await page.getByLabel('Your goals').fill(GOALS);
    const competences = page.getByRole('group', { name: 'Competences you want to grow' });
    await competences.getByLabel('Framework').selectOption('entrecomp');
    await competences.getByLabel('Competence', { exact: true }).selectOption('2.4');
    await competences.getByLabel('Your level now').selectOption('2');
    await competences.getByLabel('Level you want to reach').selectOption('5');
    await competences.getByRole('button', { name: 'Add the competence' }).click();
    await status(page, `Added: ${COMPETENCE}`);
    await page.getByLabel('Your sector').selectOption('social_agriculture');
    await page.getByLabel('Your first language').selectOption('it');
    await page
      .getByRole('group', { name: 'How you can meet' })
      .getByRole('checkbox', { name: 'Online' })
      .check();
    await page
      .getByRole('group', { name: 'When you can usually meet' })
      .getByRole('checkbox', { name: 'Weekday evenings' })
      .check();
    await page.getByLabel('Years of experience in social enterprise').fill('1');
    // She already knows Luca: she names him as her preferred mentor (Enter searches, it does
    // not send the profile).
    await page.getByLabel('Find a mentor by name or organisation').fill(nameOf(luca.account));
    await page.getByLabel('Find a mentor by name or organisation').press('Enter');
    await status(page, 'Mentors found: 1');
    await expectAccessible(page, 'mentee profile, mentors found');
    await page.getByRole('button', { name: `Choose ${nameOf(luca.account)}` }).click();
    await focusIsAt(page, `Your preferred mentor: ${nameOf(luca.account)}`);
    await expectAccessible(page, 'mentee profile form');
    await page.getByRole('button', { name: 'Save my mentee profile' }).click();
    await status(page, 'Your mentee profile is saved: mentors are now suggested for you.');
    await page.getByRole('link', { name: 'See the mentors suggested for you' }).click();
    await page.waitForURL(`${base}/mentoring`);

    // 3. Suggestions, best fit first, each with its reasons.
    const suggestions = page.getByRole('list', { name: 'Suggested mentors' });
    await suggestions.getByRole('heading', { level: 3, name: nameOf(marta.account) }).waitFor();
    const cards = suggestions.locator(':scope > li');
    const names = await cards.getByRole('heading', { level: 3 }).allTextContents();
    expect(names.map(squash).indexOf(nameOf(marta.account))).toBe(0);
    expect(names.map(squash)).toContain(nameOf(luca.account));
    const lucaCard = cards.filter({
      has: page.getByRole('heading', { level: 3, name: nameOf(luca.account) }),
    });
    // The mentor she asked for says so first.
    await expect(lucaCard.locator('.why__top li').first().textContent().then(squash)).resolves.toBe(
      'The mentor you asked for',
    );
    expect((await api('GET', '/me/mentee-profile', giulia)).body.preferredMentor).toEqual({
      id: luca.id,
      displayName: nameOf(luca.account),
    });
    const best = squash(await cards.first().textContent());
    expect(best).toMatch(/Match: \d+ of 1000 points/);
    for (const reason of [
      'Shares Italian',
      'Same sector: Social agriculture',
      `Mentors ${COMPETENCE} at level 6, your whole gap (you: 2 → 5)`,
      'Free at the same times: Weekday evenings',
    ])
      expect(best).toContain(reason);
    await expectAccessible(page, 'mentoring hub, suggestions');
    await screenshot(page, 'mentoring-suggestions');

    // 4. Asks Marta, in a few words.
    await cards
      .first()
      .getByRole('button', { name: labelFor('Ask for mentoring', nameOf(marta.account)) })
      .click();
    await page.getByLabel('Your message').fill(REQUEST);
    await expectAccessible(page, 'request form');
    await page.getByRole('button', { name: 'Send the request' }).click();
    const asked = `You asked ${nameOf(marta.account)} for mentoring: waiting for an answer.`;
    await page.getByText(asked).waitFor();
    await focusIsAt(page, asked);
    const requestMail = await platform.smtp.waitFor(
      (m) => m.to === marta.account.email && m.subject.includes('asks you to be their mentor'),
    );
    expect(requestMail.text).toContain(REQUEST);

    // 5. Marta, in her own browser in Rome, accepts with a message.
    const martaPage = await otherBrowser('Europe/Rome');
    try {
      await signIn(martaPage, marta.account, '/mentoring');
      const waiting = martaPage.getByRole('region', { name: 'Requests waiting for your answer' });
      await waiting.getByRole('heading', { name: `Request from ${nameOf(giulia)}` }).waitFor();
      expect(squash(await waiting.textContent())).toContain(REQUEST);
      await expectAccessible(martaPage, 'mentor hub, request waiting');
      await waiting.getByLabel(`Your answer to ${nameOf(giulia)}`).fill(ANSWER);
      await waiting.getByRole('button', { name: labelFor('Accept', nameOf(giulia)) }).click();
      await status(
        martaPage,
        `You accepted ${nameOf(giulia)}’s request: your mentoring relationship has started.`,
      );
      const accepted = await platform.smtp.waitFor(
        (m) =>
          m.to === giulia.email && m.subject === `${nameOf(marta.account)} will be your mentor`,
      );
      expect(accepted.text).toContain(ANSWER);

      // 6. Marta proposes a session on a winter evening next year, on her clock (Rome, UTC+1).
      await martaPage
        .getByRole('link', { name: `Open your mentoring with ${nameOf(giulia)}` })
        .click();
      await martaPage
        .getByRole('heading', { level: 1, name: `Mentoring with ${nameOf(giulia)}` })
        .waitFor();
      const relationshipPath = new URL(martaPage.url()).pathname;
      // The mentee's goals start the pair's shared goals; Marta sharpens them.
      await martaPage.getByText(GOALS).waitFor();
      await martaPage.getByRole('button', { name: 'Edit the goals' }).click();
      await martaPage.getByLabel('Your shared goals').fill(SHARED_GOALS);
      await expectAccessible(martaPage, 'relationship, editing the goals');
      await martaPage.getByRole('button', { name: 'Save the goals' }).click();
      await status(martaPage, `Goals saved: ${nameOf(giulia)} sees them too.`);
      await focusIsAt(martaPage, SHARED_GOALS);
      const year = new Date().getUTCFullYear() + 1;
      await martaPage.getByLabel('Date and time').fill(`${year}-01-20T18:00`);
      await martaPage.getByLabel('Duration').fill('60');
      await martaPage
        .getByRole('group', { name: 'Way of meeting' })
        .getByRole('radio', { name: 'Online' })
        .check();
      await martaPage.getByLabel('Meeting link').fill(LINK);
      await expectAccessible(martaPage, 'relationship, proposing a session');
      await martaPage.getByRole('button', { name: 'Propose the session' }).click();
      await status(martaPage, 'Session proposed: the other person is asked to confirm it.');
      await martaPage.getByText(`Waiting for ${nameOf(giulia)} to confirm.`).waitFor();

      // 7. Giulia follows the email's link and confirms; both get the calendar invitation.
      const proposed = await platform.smtp.waitFor(
        (m) => m.to === giulia.email && m.subject.endsWith('proposes a mentoring session'),
      );
      const link = linkIn(proposed, '/mentoring/relationships/');
      expect(link.pathname).toBe(relationshipPath);
      await page.goto(link.href);
      await page
        .getByRole('heading', { level: 1, name: `Mentoring with ${nameOf(marta.account)}` })
        .waitFor();
      await page.getByText(SHARED_GOALS).waitFor();
      await expectAccessible(page, 'relationship, session to confirm');
      await page.getByRole('button', { name: /^Confirm this session/ }).click();
      await status(page, /Session confirmed: .+\. You both get a calendar invitation by email\./);
      for (const who of [giulia.email, marta.account.email]) {
        const mail = await platform.smtp.waitFor(
          (m) => m.to === who && m.subject.startsWith('Mentoring session confirmed'),
        );
        const invitation = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
        // 18:00 in Rome in January is 17:00 UTC.
        expect(invitation?.content).toContain(`DTSTART:${year}0120T170000Z`);
        expect(invitation?.content).toContain(`LOCATION:${LINK}`);
      }
      expect(squash(await page.locator('main').textContent())).toContain(
        'Feedback opens when the session starts.',
      );

      // 8. The session takes place (moved into the past here), then each gives feedback.
      const ds = platform.api!.get(DataSource);
      const relationshipId = relationshipPath.split('/').pop();
      await ds.query(
        `UPDATE mentoring_sessions SET starts_at = now() - interval '2 hours' WHERE relationship_id = $1`,
        [relationshipId],
      );
      for (const [on, rating, comment] of [
        [
          page,
          '5 – Extremely useful',
          'We built a realistic budget and a plan to ask the members.',
        ],
        [martaPage, '4 – Very useful', 'Well prepared; next time we look at the bank’s questions.'],
      ] as const) {
        await on.reload();
        const form = on.getByRole('form', { name: 'Your feedback on this session' });
        await form.waitFor();
        await expectAccessible(on, 'relationship, feedback form');
        await form.getByRole('radio', { name: rating }).check();
        await form.getByLabel('Comment').fill(comment);
        await form.getByRole('button', { name: 'Send my feedback' }).click();
        await on.getByText(`Your feedback: ${rating.slice(0, 1)} of 5`).waitFor();
        expect(squash(await on.locator('main').textContent())).toContain(comment);
      }
      await page.reload();
      await page.getByText('2 of 2 given').waitFor();
      await expectAccessible(page, 'relationship, feedback given');
      await screenshot(page, 'mentoring-relationship');

      // What the learning paths will read: one session held, on both sides.
      for (const who of [giulia, marta.account])
        expect((await api('GET', '/me/record', who)).body).toMatchObject({ sessionsHeld: 1 });
    } finally {
      await martaPage.context().close();
    }
  });

  it('both people of a programme’s match see why they were matched and accept it, which starts their mentoring', async () => {
    const admin = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    const rui = await mentor('rui', { languages: ['pt', 'it'] });
    const sara = await createAccount(platform, { email: person('sara') });
    const profile = await api('PUT', '/me/mentee-profile', sara, {
      goals: 'Open a cooperative grocery in our neighbourhood with fair prices for members.',
      competences: [{ code: 'entrecomp:2.4', currentLevel: 1, targetLevel: 4 }],
      sector: 'social_agriculture',
      languages: ['pt'],
      formats: ['online'],
      availability: [],
      experienceYears: 0,
    });
    expect(profile.status).toBe(200);
    const programme = (
      await api<ProgrammeView>('POST', '/programmes', admin, {
        name: 'Pordenone autumn round',
        startsOn: '2027-01-10',
        endsOn: '2027-05-31',
      })
    ).body;
    await api('POST', `/programmes/${programme.id}/participants`, admin, {
      mentors: [rui.account.id],
      mentees: [sara.id],
    });
    const matched = (await api<ProgrammeView>('POST', `/programmes/${programme.id}/match`, admin))
      .body;
    expect(matched.pairs).toHaveLength(1);
    await api('POST', `/programmes/${programme.id}/publish`, admin);
    const mail = await platform.smtp.waitFor(
      (m) => m.to === sara.email && m.subject === 'Your mentoring match in Pordenone autumn round',
    );

    // Sara follows the email to the hub: the match, its reasons and both answers.
    await signIn(page, sara, linkIn(mail, '/mentoring').pathname);
    const matches = page.getByRole('region', { name: 'Matches from mentoring programmes' });
    await matches
      .getByRole('heading', { level: 3, name: 'Your match in Pordenone autumn round' })
      .waitFor();
    // The competence's name arrives with the frameworks' catalogue.
    await matches
      .getByText(`Mentors ${COMPETENCE} at level 6, your whole gap (you: 1 → 4)`)
      .waitFor();
    const text = squash(await matches.textContent());
    expect(text).toContain(`The organisers propose ${nameOf(rui.account)} as your mentor.`);
    expect(text).toContain('10 January 2027');
    expect(text).toContain('Shares Portuguese');
    expect(text).toContain('You have not answered yet.');
    expect(text).toContain(`${nameOf(rui.account)} has not answered yet.`);
    await expectAccessible(page, 'mentoring hub, programme match');
    await screenshot(page, 'mentoring-programme-match');

    await matches
      .getByRole('button', { name: `Accept the match with ${nameOf(rui.account)}` })
      .click();
    await status(
      page,
      `You accepted. The mentoring starts when ${nameOf(rui.account)} accepts too.`,
    );
    await focusIsAt(page, 'Your match in Pordenone autumn round');
    expect(await matches.getByRole('button').count()).toBe(0);
    expect(squash(await matches.textContent())).toContain('You accepted.');

    // Rui, the mentor, reads it from his side and accepts too: the mentoring starts.
    const ruiPage = await otherBrowser('Europe/Lisbon');
    try {
      await signIn(ruiPage, rui.account, '/mentoring');
      const his = ruiPage.getByRole('region', { name: 'Matches from mentoring programmes' });
      await his.getByText(`The organisers propose that you mentor ${nameOf(sara)}.`).waitFor();
      // The organisers' wording: the gap is the mentee's, not the reader's.
      await his
        .getByText(`Mentors ${COMPETENCE} at level 6, the mentee’s whole gap (1 → 4)`)
        .waitFor();
      expect(squash(await his.textContent())).toContain(`${nameOf(sara)} accepted.`);
      await expectAccessible(ruiPage, 'mentor hub, programme match');
      await his.getByRole('button', { name: `Accept the match with ${nameOf(sara)}` }).click();
      await status(ruiPage, `You both accepted: your mentoring with ${nameOf(sara)} has started.`);
      await his.getByRole('link', { name: `Open your mentoring with ${nameOf(sara)}` }).click();
      await ruiPage
        .getByRole('heading', { level: 1, name: `Mentoring with ${nameOf(sara)}` })
        .waitFor();
      await expectAccessible(ruiPage, 'relationship from a programme');
    } finally {
      await ruiPage.context().close();
    }
    const pairs = (await api<MyProgrammePair[]>('GET', '/programme-pairs/mine', sara)).body;
    expect(pairs).toEqual([
      expect.objectContaining({ status: 'accepted', myAnswer: true, otherAnswer: true }),
    ]);
  });

  it('a practising entrepreneur offers to mentor, and a trainer approves the offer', async () => {
    const paolo = await createAccount(platform, { email: person('paolo') });
    await signIn(page, paolo, '/mentoring');
    await page.getByRole('link', { name: 'Offer to mentor' }).click();
    await page.waitForURL(`${base}/mentoring/mentor-profile`);
    await page.getByLabel('Your organisation').fill('Cooperativa Sole Comune');
    await page.getByLabel('Its legal form').selectOption('cooperative');
    await page
      .getByLabel('About you')
      .fill('I founded an energy cooperative with 300 members and can help with member finance.');
    await page
      .getByRole('group', { name: 'Sectors you work in' })
      .getByRole('checkbox', { name: 'Renewable energy' })
      .check();
    const competences = page.getByRole('group', { name: 'Competences you can mentor' });
    await competences.getByLabel('Framework').selectOption('entrecomp');
    await competences.getByLabel('Competence', { exact: true }).selectOption('2.4');
    await competences.getByLabel('Level you can mentor at').selectOption('7');
    await competences.getByRole('button', { name: 'Add the competence' }).click();
    await status(page, `Added: ${COMPETENCE}`);
    await page
      .getByRole('group', { name: 'Languages you can mentor in' })
      .getByRole('checkbox', { name: 'Italian' })
      .check();
    await page
      .getByRole('group', { name: 'How you can meet' })
      .getByRole('checkbox', { name: 'In person' })
      .check();
    await page.getByLabel('How many mentees at a time').fill('2');
    await page.getByLabel('Years of experience in social enterprise').fill('15');
    await expectAccessible(page, 'mentor offer form');
    await page.getByRole('button', { name: 'Send my offer' }).click();
    await status(page, 'Thank you: your offer is sent for review.');
    await expectAccessible(page, 'mentor offer sent');

    // The trainer, in another browser, finds the offer waiting and approves it.
    const trainerPage = await otherBrowser('Europe/Rome');
    try {
      await signIn(trainerPage, trainer, '/mentoring');
      await trainerPage.getByRole('link', { name: 'Offers to mentor' }).click();
      const offer = trainerPage
        .locator('li')
        .filter({ has: trainerPage.getByRole('heading', { level: 2, name: nameOf(paolo) }) });
      expect(squash(await offer.textContent())).toContain('300 members');
      await expectAccessible(trainerPage, 'offers to review');
      await offer.getByRole('button', { name: labelFor('Approve', nameOf(paolo)) }).click();
      await status(trainerPage, `${nameOf(paolo)}’s offer is approved.`);
      expect(
        await trainerPage.getByRole('heading', { level: 2, name: nameOf(paolo) }).count(),
      ).toBe(0);
    } finally {
      await trainerPage.context().close();
    }
    const saved = await api('GET', '/me/mentor-profile', paolo);
    expect(saved.body).toMatchObject({
      status: 'approved',
      legalForm: 'cooperative',
      sectors: ['renewable_energy'],
      competences: [{ code: 'entrecomp:2.4', level: 7 }],
      // The form starts from the person's language and online meetings; both were added to.
      languages: ['en', 'it'],
      formats: ['online', 'in-person'],
      capacity: 2,
    });
  });

  it('a partner admin runs a programme round: people, a pair ruled out, the optimal match, a refused edit, publishing', async () => {
    const admin = await createAccount(platform, {
      email: person('chiara'),
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    const elena = await mentor('elena', { capacity: 1 });
    const marco = await mentor('marco', { capacity: 1, sectors: ['housing'] });
    const mentees = [
      await createAccount(platform, { email: person('ana') }),
      await createAccount(platform, { email: person('bruno') }),
    ];
    for (const who of mentees)
      await api('PUT', '/me/mentee-profile', who, {
        goals: 'Start a social farm with the families of our village and keep it fair.',
        competences: [{ code: 'entrecomp:2.4', currentLevel: 1, targetLevel: 4 }],
        sector: 'social_agriculture',
        languages: ['it'],
        formats: ['online'],
        availability: [],
        experienceYears: 0,
      });
    const [ana, bruno] = mentees as [TestAccount, TestAccount];

    await signIn(page, admin, '/mentoring');
    await page.getByRole('link', { name: 'Mentoring programmes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentoring programmes' }).waitFor();
    await page.getByLabel('Name').fill('Pordenone winter round');
    await page.getByLabel('Starts on').fill('2027-01-11');
    await page.getByLabel('Ends on').fill('2027-04-30');
    await expectAccessible(page, 'programmes, new programme form');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pordenone winter round' }).waitFor();
    await expectAccessible(page, 'programme, just created');

    // People, found by email in the territory's directory.
    for (const [who, role] of [
      [elena.account, 'Add as mentor'],
      [marco.account, 'Add as mentor'],
      [ana, 'Add as mentee'],
      [bruno, 'Add as mentee'],
    ] as const) {
      await page.getByLabel('Find people by name or email').fill(who.email);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('button', { name: labelFor(role, nameOf(who)) }).click();
    }
    await page.getByRole('button', { name: 'Add them to the programme' }).click();
    await status(page, 'Added. Mentors: 2; mentees: 2.');
    await page.getByRole('table', { name: 'Mentors (2)' }).waitFor();

    // Elena's cooperative employs Ana: the organiser rules the pair out.
    const rule = page.getByRole('form', { name: 'Rule out a pair' });
    await rule.getByLabel('Mentee').selectOption({ label: nameOf(ana) });
    await rule.getByLabel('Mentor').selectOption({ label: nameOf(elena.account) });
    await rule.getByLabel('Reason (optional)').fill('Ana works at Elena’s cooperative.');
    await rule.getByRole('button', { name: 'Rule out this pair' }).click();
    await status(page, `${nameOf(elena.account)} and ${nameOf(ana)} will not be matched.`);
    expect(squash(await page.locator('main').textContent())).toContain(
      'Ana works at Elena’s cooperative.',
    );
    await expectAccessible(page, 'programme, a pair ruled out');

    // The optimal match keeps to it: Ana gets Marco, Bruno gets Elena.
    await page.getByRole('button', { name: 'Run the match' }).click();
    await status(page, 'Match done. Pairs: 2; mentees without a mentor: 0.');
    const rows = await page
      .getByRole('table', { name: 'Pairs and their scores' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent?.trim()),
        ),
      );
    expect(rows).toEqual(
      expect.arrayContaining([
        [nameOf(marco.account), nameOf(ana)],
        [nameOf(elena.account), nameOf(bruno)],
      ]),
    );
    await expectAccessible(page, 'programme, draft match');

    // A swap that makes the excluded pair is refused with the rule, and changes nothing.
    await page.getByLabel('Pair to take out').selectOption({
      label: `${nameOf(marco.account)} with ${nameOf(ana)}`,
    });
    await page.locator('#edit-mentee').selectOption({ label: nameOf(ana) });
    await page
      .locator('#edit-mentor')
      .selectOption({ label: `${nameOf(elena.account)} (free places: 0)` });
    await page.getByRole('button', { name: 'Apply the change' }).click();
    await page.getByRole('alert').filter({ hasText: 'This pair was ruled out.' }).waitFor();
    await expectAccessible(page, 'programme, refused edit');

    await page.getByRole('button', { name: 'Publish the match' }).click();
    await status(page, 'The match is published: each pair is asked to accept.');
    // Published: no more edits or exclusions, the figures count the pairs.
    expect(await page.getByRole('form', { name: 'Rule out a pair' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Run the match' }).count()).toBe(0);
    expect(squash(await page.locator('main').textContent())).not.toContain('will not be matched');
    await page.getByText('Pairs accepted by both').waitFor();
    await expectAccessible(page, 'programme, published');
    await screenshot(page, 'mentoring-programme');
    await platform.smtp.waitFor(
      (m) => m.to === ana.email && m.subject === 'Your mentoring match in Pordenone winter round',
    );
  });
});
