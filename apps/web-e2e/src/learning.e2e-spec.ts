// The learner's journey (issue 4) in the browser: catalogue, enrolment and its email, the course
// player (article, quiz, peer-reviewed assignment) and "My courses". The course is published and
// the peers are seeded through the API: the publishing workflow and peer-review allocation have
// API tests of their own.
import {
  createAccount,
  indexPublishedCourse,
  linkIn,
  publishCourse,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type { AssignmentView, CourseDocumentInput } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  escapeRegExp,
  expectAccessible,
  screenshot,
  squash,
  submitSignIn,
  useBrowserSuite,
} from './browser';

const TITLE = 'Rooftop solar for neighbourhood cooperatives';
const ARTICLE = 'Who owns the panels?';
const FURTHER = 'Further reading on energy sharing';
const QUIZ = 'Check your understanding of ownership';
const ASSIGNMENT = 'Sketch your solar cooperative';
const RIGHT = 'The members who invested';
const WRONG = 'The electricity utility';
const GENERAL_FEEDBACK = 'In a cooperative the members own what they paid for together.';
const WRONG_FEEDBACK = 'Not here: the utility only buys the surplus.';
const RIGHT_FEEDBACK = 'Yes: one member, one vote, whatever they invested.';
const LEARNER_TEXT =
  'Forty households on our street pool savings, lease the school roof and vote on the tariff once a year.';

const ids = {
  module: randomUUID(),
  article: randomUUID(),
  further: randomUUID(),
  quiz: randomUUID(),
  question: randomUUID(),
  right: randomUUID(),
  wrong: randomUUID(),
  assignment: randomUUID(),
  ownership: randomUUID(),
  ownershipVague: randomUUID(),
  ownershipClear: randomUUID(),
  governance: randomUUID(),
  governanceMissing: randomUUID(),
  governanceExplained: randomUUID(),
};

function courseDocument(): CourseDocumentInput {
  return {
    schemaVersion: 1,
    title: TITLE,
    summary: 'How neighbours finance, install and govern photovoltaic panels on shared roofs.',
    description: 'Community energy, **owned by the people who use it**.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 2,
    audiences: ['practising_entrepreneur'],
    themes: ['green_transition'],
    competences: [],
    learningOutcomes: ['Explain who owns and governs a solar cooperative'],
    modules: [
      {
        id: ids.module,
        title: 'Owning energy together',
        lessons: [
          {
            id: ids.article,
            kind: 'article',
            title: ARTICLE,
            required: true,
            body: '# Shared ownership\n\nThe panels belong to the **members** who paid for them.',
          },
          {
            id: ids.further,
            kind: 'article',
            title: FURTHER,
            required: false,
            body: 'Energy sharing lets members use what the roof produces at noon.',
          },
          {
            id: ids.quiz,
            kind: 'quiz',
            title: QUIZ,
            passMark: 100,
            questions: [
              {
                id: ids.question,
                type: 'single',
                prompt: 'Who owns the panels of a solar cooperative?',
                feedback: GENERAL_FEEDBACK,
                options: [
                  { id: ids.wrong, text: WRONG, correct: false, feedback: WRONG_FEEDBACK },
                  { id: ids.right, text: RIGHT, correct: true, feedback: RIGHT_FEEDBACK },
                ],
              },
            ],
          },
          {
            id: ids.assignment,
            kind: 'assignment',
            title: ASSIGNMENT,
            prompt: 'Describe who would **own** your solar cooperative and how it decides.',
            rubric: {
              criteria: [
                {
                  id: ids.ownership,
                  title: 'Ownership',
                  levels: [
                    { id: ids.ownershipVague, title: 'Vague', points: 0 },
                    { id: ids.ownershipClear, title: 'Clear', points: 2 },
                  ],
                },
                {
                  id: ids.governance,
                  title: 'Governance',
                  levels: [
                    { id: ids.governanceMissing, title: 'Missing', points: 0 },
                    { id: ids.governanceExplained, title: 'Explained', points: 3 },
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

describe('learning in the browser', () => {
  let platform: TestPlatform;
  let page: Page;
  let base: string;
  let courseId: string;
  let author: TestAccount;
  /** The three who submitted the assignment before the learner, with their texts. */
  const peerTexts: string[] = [];

  // Learners' attachments go to a folder of this run, not the checkout's.
  const platformOptions = {
    worker: true,
    config: { FILES_DIR: mkdtempSync(join(tmpdir(), 'academy-e2e-files-')) },
  };
  const suite = useBrowserSuite(platformOptions, async (platform) => {
    ({ courseId, author } = await publishCourse(platform, courseDocument()));
    // Something the search must leave out.
    await indexPublishedCourse(platform, 'Social economy primer');
    for (const n of [1, 2, 3]) {
      const peer = await createAccount(platform);
      const text = `Peer ${n}: members buy shares, elect a board and share the savings on bills.`;
      await submitAsPeer(platform, peer, text);
      peerTexts.push(text);
    }
  });
  beforeEach(() => ({ platform, page, base } = suite));

  /** Enrols through the API and submits the assignment; returns the enrolment id. */
  async function submitAsPeer(
    platform: TestPlatform,
    peer: TestAccount,
    text: string,
  ): Promise<string> {
    const enrolled = await platform.request('POST', `/api/learning/courses/${courseId}/enrolment`, {
      token: peer.token,
    });
    expect(enrolled.status).toBe(200);
    const submitted = await platform.request(
      'PUT',
      `/api/learning/enrolments/${enrolled.body.id}/assignments/${ids.assignment}/submission`,
      { token: peer.token, body: { text } },
    );
    expect(submitted.status).toBe(200);
    return enrolled.body.id;
  }

  const status = (text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).waitFor();
  const lessonTitle = (title: string) =>
    page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  const focusedText = () =>
    page.evaluate(() => document.activeElement?.textContent ?? '').then(squash);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const progressText = () =>
    page.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuetext');

  /**
   * Waits (5 s at most) for `read` to give `expected`, then asserts it, so a failure shows
   * the value there was. Focus moves and totals from the API land a frame or a request later.
   */
  async function eventually(
    read: () => Promise<string | null>,
    expected: string | RegExp,
  ): Promise<void> {
    const ok = (value: string | null) =>
      typeof expected === 'string' ? value === expected : expected.test(value ?? '');
    const deadline = Date.now() + 5000;
    let value = await read();
    while (!ok(value) && Date.now() < deadline) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      value = await read();
    }
    if (typeof expected === 'string') expect(value).toBe(expected);
    else expect(value).toMatch(expected);
  }
  const focusIsOn = (id: string | RegExp) => eventually(focusedId, id);
  const focusIsAt = (text: string) => eventually(focusedText, text);
  const progressIs = (text: string) => eventually(progressText, text);

  /** The outline, unfolded (it is folded behind a toggle on a phone). */
  async function outline() {
    const toggle = page.getByRole('button', { name: 'Show the lessons' });
    if (await toggle.count()) await toggle.click();
    await page.getByRole('button', { name: 'Hide the lessons' }).waitFor();
    return page.getByRole('navigation', { name: 'Course contents' });
  }
  /** Expects the status a lesson has in the outline (its icon's name). */
  async function outlineSays(title: string, status: string): Promise<void> {
    const icon = (await outline())
      .getByRole('link', { name: new RegExp(escapeRegExp(title)) })
      .getByRole('img');
    await eventually(() => icon.getAttribute('aria-label'), status);
  }

  async function signIn(account: TestAccount): Promise<void> {
    await submitSignIn(page, account.email);
  }

  it('a learner finds a course, enrols, receives the email, reads an article, passes a quiz after failing once, submits an assignment, reviews two peers, and sees the course complete on the dashboard', async () => {
    const learner = await createAccount(platform);

    // 1. A visitor finds the course in the catalogue and signs in from its page.
    await page.goto(`${base}/courses`);
    const search = page.getByRole('search').getByRole('searchbox', { name: 'Search courses' });
    await search.fill('photovoltaic roofs');
    await search.press('Enter');
    await page.waitForURL(/\/courses\?q=photovoltaic/);
    await status('1 course shown');
    await expect(page.locator('.course-card__link').allTextContents()).resolves.toEqual([TITLE]);
    await expectAccessible(page, 'catalogue search');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectAccessible(page, 'course page, visitor');
    await page.getByRole('link', { name: 'Sign in to enrol' }).click();
    await page.waitForURL(/\/login\?returnUrl=/);
    await expectAccessible(page, 'sign in to enrol');
    await signIn(learner);
    // Back on the course's page.
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/courses\//);

    // 2. Enrols; the confirmation email links to the course player.
    await page.getByRole('button', { name: 'Enrol in this course' }).click();
    await status('You are enrolled. Your progress is saved as you go.');
    const start = page.getByRole('link', { name: 'Start the course' });
    await start.waitFor();
    // The button is gone: focus moved to the link that starts the course.
    await focusIsAt('Start the course');
    expect(await page.locator('main').textContent()).toContain(
      'You are enrolled: 0 of 3 required lessons done.',
    );
    await expectAccessible(page, 'course page, enrolled');
    await screenshot(page, 'learning-enrolled');

    const mail = await platform.smtp.waitFor(
      (m) => m.to === learner.email && m.subject.startsWith('You are enrolled'),
    );
    expect(mail.subject).toBe(`You are enrolled: ${TITLE}`);
    const link = linkIn(mail, '/learn/');
    expect(link.origin).toBe(base);
    const enrolmentId = link.pathname.split('/')[2] as string;
    const enrolment = await platform.request('GET', `/api/learning/courses/${courseId}/enrolment`, {
      token: learner.token,
    });
    expect(enrolment.body).toMatchObject({ id: enrolmentId, status: 'active' });
    expect(link.pathname).toBe(`/learn/${enrolmentId}`);

    // 3. The article, marked as done.
    await start.click();
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.article}`);
    await lessonTitle(ARTICLE);
    await page.getByRole('heading', { level: 3, name: 'Shared ownership' }).waitFor();
    // Opening a lesson starts it.
    await outlineSays(ARTICLE, 'In progress');
    await expectAccessible(page, 'article');
    await screenshot(page, 'learning-article');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.getByText('You have completed this lesson.').waitFor();
    await focusIsOn('lesson-done');
    expect(await page.getByRole('button', { name: 'Mark as done' }).count()).toBe(0);
    await outlineSays(ARTICLE, 'Done');
    await expect((await outline()).getByText('Lessons done: 1 of 4').count()).resolves.toBe(1);
    await progressIs('1 of 3 required lessons done (33%)');
    await expectAccessible(page, 'article done, outline open');

    // 4. The quiz (through the outline: the optional reading can wait): wrong, then right.
    await (await outline()).getByRole('link', { name: new RegExp(escapeRegExp(QUIZ)) }).click();
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.quiz}`);
    await lessonTitle(QUIZ);
    await page.getByText('Pass mark: 100%').waitFor();
    await expectAccessible(page, 'quiz');
    await page.getByRole('radio', { name: WRONG, exact: true }).check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { level: 4, name: 'Result of attempt 1' }).waitFor();
    await focusIsAt('Result of attempt 1');
    const main = () => page.locator('main').textContent();
    let text = await main();
    expect(text).toContain('Not passed yet');
    expect(text).toContain('Your score: 0%. Pass mark: 100%.');
    expect(text).toContain('Incorrect');
    expect(text).toContain(`Correct answer: ${RIGHT}`);
    await expect(
      page.getByRole('list', { name: 'Feedback' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual([GENERAL_FEEDBACK, WRONG_FEEDBACK]);
    await outlineSays(QUIZ, 'Not passed yet');
    await expectAccessible(page, 'quiz not passed');
    await screenshot(page, 'learning-quiz-failed');

    await page.getByRole('button', { name: 'Try again' }).click();
    const right = page.getByRole('radio', { name: RIGHT, exact: true });
    await right.waitFor();
    // A fresh attempt: nothing chosen, focus on the first answer.
    expect(await page.getByRole('radio', { name: WRONG, exact: true }).isChecked()).toBe(false);
    await focusIsOn(`option-${ids.wrong}`);
    await right.check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { level: 4, name: 'Result of attempt 2' }).waitFor();
    text = await main();
    expect(text).toContain('Your score: 100%. Pass mark: 100%.');
    expect(text).not.toContain('Not passed yet');
    await expect(
      page.getByRole('list', { name: 'Feedback' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual([GENERAL_FEEDBACK, RIGHT_FEEDBACK]);
    const history = await page
      .getByRole('heading', { level: 4, name: 'Your attempts' })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('listitem')
      .allTextContents();
    expect(history.map(squash)).toEqual(['Attempt 2: 100% (Passed)', 'Attempt 1: 0%']);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await outlineSays(QUIZ, 'Done');
    // The course totals follow from the API.
    await progressIs('2 of 3 required lessons done (66%)');
    await expectAccessible(page, 'quiz passed');
    await screenshot(page, 'learning-quiz-passed');

    // 5. The assignment: submitted, then two peers' work reviewed with the rubric.
    await page.getByRole('link', { name: `Next lesson: ${ASSIGNMENT}` }).click();
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.assignment}`);
    await lessonTitle(ASSIGNMENT);
    await expectAccessible(page, 'assignment');
    await page.getByLabel('Your answer').fill(LEARNER_TEXT);
    await page.getByText(`${LEARNER_TEXT.length} of 20000 characters`).waitFor();
    await page.getByRole('button', { name: 'Submit your work' }).click(); // confirmed
    await status('Your work has been submitted.');
    await focusIsOn('assignment-status');
    text = await main();
    expect(text).toContain('Peer review in progress');
    expect(text).toContain('Reviews given: 0 · reviews received: 0');
    const reviews = page.getByRole('region', { name: 'Reviews to give' });
    const works = reviews.getByRole('article');
    await expect(works.count()).resolves.toBe(2);
    const shownTexts = await reviews.locator('.ln-quote').allTextContents();
    // Two different peers' work, never the learner's own.
    expect(shownTexts).toHaveLength(2);
    for (const shown of shownTexts) expect(peerTexts).toContain(shown.trim());
    expect(new Set(shownTexts).size).toBe(2);
    expect(shownTexts.join()).not.toContain(LEARNER_TEXT);
    // Anonymous: nothing names the authors.
    expect(await reviews.textContent()).not.toMatch(/user-[a-z0-9]+|@example\.org/);
    await expectAccessible(page, 'assignment submitted, reviews to give');
    await screenshot(page, 'learning-reviews-to-give');

    const review1 = page.getByRole('form', { name: 'Your review of work 1' });
    // Sending an unfinished review says what is missing.
    await review1.getByRole('button', { name: 'Send the review' }).click();
    await review1.getByText('Choose a level.').first().waitFor();
    await expect(review1.getByText('Choose a level.').count()).resolves.toBe(2);
    await focusIsOn(/^level-/);
    await expectAccessible(page, 'review with errors');
    await review1
      .getByRole('group', { name: 'Ownership' })
      .getByRole('radio', { name: /^Clear/ })
      .check();
    await review1
      .getByRole('group', { name: 'Governance' })
      .getByRole('radio', { name: /^Explained/ })
      .check();
    await review1.getByText('Total: 5 of 5 points').waitFor();
    await review1
      .getByLabel('Comment for the author')
      .fill('Clear ownership; the yearly tariff vote is a good idea.');
    await review1.getByRole('button', { name: 'Send the review' }).click();
    await status('Thank you: your review has been sent.');
    await page.getByText(/You sent this review on/).waitFor();
    expect(await review1.count()).toBe(0);

    const review2 = page.getByRole('form', { name: 'Your review of work 2' });
    await review2
      .getByRole('group', { name: 'Ownership' })
      .getByRole('radio', { name: /^Clear/ })
      .check();
    await review2
      .getByRole('group', { name: 'Governance' })
      .getByRole('radio', { name: /^Missing/ })
      .check();
    await review2.getByText('Total: 2 of 5 points').waitFor();
    await review2
      .getByLabel('Comment for the author')
      .fill('Who decides, and how often? Say more about the board.');
    await review2.getByRole('button', { name: 'Send the review' }).click();
    await page
      .getByText(/You sent this review on/)
      .nth(1)
      .waitFor();
    expect(await page.getByRole('form').filter({ hasText: 'Send the review' }).count()).toBe(0);
    await page.getByText('Reviews given: 2 · reviews received: 0').waitFor();
    await outlineSays(ASSIGNMENT, 'In progress');
    await expectAccessible(page, 'reviews sent');

    // 6. Two more learners submit: the least-reviewed work, the learner's, goes to both of them.
    const learnerReviews: string[] = [];
    const reviewsOfLearner = [
      {
        scores: { [ids.ownership]: ids.ownershipClear, [ids.governance]: ids.governanceExplained },
        comment: 'A convincing plan: the school roof lease is smart.',
      },
      {
        scores: { [ids.ownership]: ids.ownershipClear, [ids.governance]: ids.governanceMissing },
        comment: 'Good start; how does the vote on the tariff work?',
      },
    ];
    for (const [n, review] of reviewsOfLearner.entries()) {
      const peer = await createAccount(platform);
      const peerEnrolment = await submitAsPeer(
        platform,
        peer,
        `Late peer ${n + 1}: a housing cooperative shares its roof with the street.`,
      );
      const view = await platform.request<AssignmentView>(
        'GET',
        `/api/learning/enrolments/${peerEnrolment}/assignments/${ids.assignment}`,
        { token: peer.token },
      );
      const mine = view.body.reviewsToGive.find((r) => r.submission.text === LEARNER_TEXT);
      if (!mine) throw new Error(`Learner's work not handed to late peer ${n + 1}`);
      const sent = await platform.request('POST', `/api/learning/peer-reviews/${mine.reviewId}`, {
        token: peer.token,
        body: review,
      });
      expect(sent.status).toBe(200);
      learnerReviews.push(review.comment);
    }
    const learnerView = await platform.request<AssignmentView>(
      'GET',
      `/api/learning/enrolments/${enrolmentId}/assignments/${ids.assignment}`,
      { token: learner.token },
    );
    expect(learnerView.body.reviewsReceived).toHaveLength(2);
    expect(learnerView.body.state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 2,
      complete: true,
    });

    // 7. Back in the player: the reviews received, the assignment and the course complete.
    await page.reload();
    await lessonTitle(ASSIGNMENT);
    await page.getByText('Assignment complete.').waitFor();
    text = await main();
    expect(text).toContain('Reviews given: 2 · reviews received: 2');
    const received = page.getByRole('region', { name: 'Reviews of your work' });
    await expect(
      received.getByRole('heading', { level: 4, name: 'Review by a peer' }).count(),
    ).resolves.toBe(2);
    const receivedText = await received.textContent();
    expect(receivedText).toContain('5 of 5 points');
    expect(receivedText).toContain('2 of 5 points');
    for (const comment of learnerReviews) expect(receivedText).toContain(comment);
    await progressIs('3 of 3 required lessons done (100%)');
    await page.locator('.player__header').getByText('Completed', { exact: true }).waitFor();
    await outlineSays(ASSIGNMENT, 'Done');
    // The optional reading was never opened, and does not hold completion back.
    await outlineSays(FURTHER, 'Not started');
    await expectAccessible(page, 'assignment complete');
    await screenshot(page, 'learning-assignment-complete');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My courses' })
      .click();
    await page.waitForURL(`${base}/learn`);
    const completed = page.getByRole('region', { name: 'Completed' });
    await completed.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    await completed
      .getByRole('link', { name: new RegExp(`^Go back to the course\\W+${escapeRegExp(TITLE)}$`) })
      .waitFor();
    await page.getByText('You are not following any course at the moment.').waitFor();
    expect(
      await page
        .getByRole('region', { name: 'In progress' })
        .getByRole('heading', { level: 3 })
        .count(),
    ).toBe(0);
    await expectAccessible(page, 'my courses, completed');
    await screenshot(page, 'learning-dashboard-completed');
    const mine = await platform.request('GET', '/api/learning/enrolments', {
      token: learner.token,
    });
    expect(mine.body).toEqual([
      expect.objectContaining({
        id: enrolmentId,
        status: 'completed',
        completedAt: expect.any(String),
      }),
    ]);
  });

  it('marks lessons done by keyboard alone, and keeps a learner out of somebody else’s course player', async () => {
    const learner = await createAccount(platform);
    const enrolled = await platform.request('POST', `/api/learning/courses/${courseId}/enrolment`, {
      token: learner.token,
    });
    expect(enrolled.status).toBe(200);
    const enrolmentId: string = enrolled.body.id;

    await page.goto(`${base}/login?returnUrl=${encodeURIComponent(`/learn/${enrolmentId}`)}`);
    await signIn(learner);
    // Where the learner left off: the first lesson.
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.article}`);
    await lessonTitle(ARTICLE);

    // Tab through the page to "Mark as done", then Enter.
    let tabs = 0;
    while ((await focusedText()) !== 'Mark as done') {
      expect(++tabs).toBeLessThan(40);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByText('You have completed this lesson.').waitFor();
    // Focus follows the button's replacement, and the next Tab goes on to the next lesson.
    await focusIsOn('lesson-done');
    await page.keyboard.press('Tab');
    await focusIsAt(`Next lesson: ${FURTHER} →`);
    await expectAccessible(page, 'article done by keyboard');

    // Enter follows the link; focus starts at the new lesson's title; Space marks it done.
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.further}`);
    await lessonTitle(FURTHER);
    await focusIsOn('lesson-title');
    await page.keyboard.press('Tab');
    await focusIsAt('Mark as done');
    await page.keyboard.press('Space');
    await page.getByText('You have completed this lesson.').waitFor();
    await focusIsOn('lesson-done');
    await outlineSays(ARTICLE, 'Done');
    await outlineSays(FURTHER, 'Done');
    // The optional lesson does not count towards the required ones.
    await progressIs('1 of 3 required lessons done (33%)');
    await expectAccessible(page, 'optional lesson done by keyboard');

    // Someone else, with the address of this learner's player, finds nothing.
    await page.locator('a[href="/logout"]').first().click();
    await page.locator('a[href="/login"]').first().waitFor();
    const other = await createAccount(platform);
    await page.goto(`${base}/login?returnUrl=${encodeURIComponent(`/learn/${enrolmentId}`)}`);
    await signIn(other);
    await page.waitForURL(`${base}/learn/${enrolmentId}`);
    // The API refuses it as well: the page is not just hiding what it was sent.
    const refused = await platform.request('GET', `/api/learning/enrolments/${enrolmentId}`, {
      token: other.token,
    });
    expect(refused.status).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Course not found' }).waitFor();
    const shown = await page.locator('main').textContent();
    expect(shown).not.toContain(TITLE);
    expect(shown).not.toContain(ARTICLE);
    await page
      .locator('main')
      .getByRole('link', { name: 'My courses', exact: true })
      .last()
      .waitFor();
    await expectAccessible(page, 'somebody else’s course player');
    await screenshot(page, 'learning-not-found');
  });

  it('a learner attaches a file to an assignment, sees it listed, is told why another is refused, removes it, then submits with it for the trainer to download', async () => {
    const learner = await createAccount(platform);
    const enrolled = await platform.request('POST', `/api/learning/courses/${courseId}/enrolment`, {
      token: learner.token,
    });
    const enrolmentId: string = enrolled.body.id;
    await page.goto(
      `${base}/login?returnUrl=${encodeURIComponent(`/learn/${enrolmentId}/lessons/${ids.assignment}`)}`,
    );
    await signIn(learner);
    await page.waitForURL(`${base}/learn/${enrolmentId}/lessons/${ids.assignment}`);
    await lessonTitle(ASSIGNMENT);

    const picker = page.getByLabel('Attach a file (optional)');
    await expect(picker.getAttribute('aria-describedby')).resolves.toBe('assignment-file-hint');
    expect(squash(await page.locator('#assignment-file-hint').textContent())).toContain(
      'up to 20.9 MB',
    );
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await picker.setInputFiles({
      name: 'solar-plan.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await status('solar-plan.pdf is attached to your work.');
    const attached = page.getByRole('region', { name: 'Attached file' });
    const download = attached.getByRole('button', { name: 'Download solar-plan.pdf (0.1 kB)' });
    await download.waitFor();
    // The picker now offers to replace it.
    await page.getByLabel('Replace the file (optional)').waitFor();
    await expectAccessible(page, 'assignment with a file attached');

    // The download carries the learner's token (a plain link could not) and saves the bytes.
    const saved = page.waitForEvent('download');
    await download.click();
    expect((await saved).suggestedFilename()).toBe('solar-plan.pdf');

    // A file the API refuses (an SVG, whatever its name) is named on the field, nothing changes.
    await page.getByLabel('Replace the file (optional)').setInputFiles({
      name: 'plan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    await page
      .locator('#assignment-file-error')
      .filter({ hasText: 'This type of file is not accepted' })
      .waitFor();
    await focusIsOn('assignment-file');
    await expect(
      page.getByLabel('Replace the file (optional)').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await download.waitFor();
    await expectAccessible(page, 'assignment file refused');

    await attached.getByRole('button', { name: 'Remove the file' }).click();
    await status('The file has been removed.');
    await focusIsOn('assignment-file');
    expect(await page.getByRole('region', { name: 'Attached file' }).count()).toBe(0);
    const view = await platform.request<AssignmentView>(
      'GET',
      `/api/learning/enrolments/${enrolmentId}/assignments/${ids.assignment}`,
      { token: learner.token },
    );
    expect(view.body.file).toBeUndefined();

    // Submitted with a file, the work reaches the course's trainer with the file to download.
    await page.getByLabel('Attach a file (optional)').setInputFiles({
      name: 'solar-plan.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await status('solar-plan.pdf is attached to your work.');
    await page.getByLabel('Your answer').fill(LEARNER_TEXT);
    await page.getByRole('button', { name: 'Submit your work' }).click(); // confirmed
    await status('Your work has been submitted.');
    await page
      .getByRole('region', { name: 'Your work' })
      .getByRole('button', { name: 'Download solar-plan.pdf (0.1 kB)' })
      .waitFor();
    const submitted = await platform.request<AssignmentView>(
      'GET',
      `/api/learning/enrolments/${enrolmentId}/assignments/${ids.assignment}`,
      { token: learner.token },
    );
    const submissionPage = `/teaching/courses/${courseId}/submissions/${submitted.body.submission!.id}`;
    await page.locator('a[href="/logout"]').first().click();
    await page.locator('a[href="/login"]').first().waitFor();
    await page.goto(`${base}/login?returnUrl=${encodeURIComponent(submissionPage)}`);
    await signIn(author);
    await page.waitForURL(`${base}${submissionPage}`);
    const trainerDownload = page.getByRole('button', { name: 'Download solar-plan.pdf (0.1 kB)' });
    await trainerDownload.waitFor();
    const trainerSaved = page.waitForEvent('download');
    await trainerDownload.click();
    expect((await trainerSaved).suggestedFilename()).toBe('solar-plan.pdf');
    await expectAccessible(page, 'trainer’s submission page with a file');
  });
});
