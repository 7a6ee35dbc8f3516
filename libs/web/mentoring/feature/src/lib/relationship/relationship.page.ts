import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { MentoringSessionView, RelationshipView } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import {
  canConfirm,
  canGiveFeedback,
  checkInDue,
  hasStarted,
  mySide,
  RelationshipStore,
  splitSessions,
  waitsForOther,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { focusAfterRender } from '../shared/form-support';
import { isWebAddress, longDate, sessionTime } from '../shared/format';
import { formatKey, relationshipStatusKey, sessionStatusKey } from '../shared/labels';
import { LoadErrorComponent } from '../shared/load-error.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { CheckInComponent } from './check-in.component';
import { ClosingSurveyComponent } from './closing-survey.component';
import { FeedbackFormComponent } from './feedback-form.component';
import { PrivateNotesComponent } from './private-notes.component';
import { SharedGoalsComponent } from './shared-goals.component';
import { SessionFormComponent } from './session-form.component';

/**
 * A mentoring relationship, for its two people only: the goals, the sessions (propose, confirm,
 * give feedback), private notes, and ending the relationship.
 */
@Component({
  selector: 'academy-relationship-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    SessionFormComponent,
    FeedbackFormComponent,
    PrivateNotesComponent,
    SharedGoalsComponent,
    CheckInComponent,
    ClosingSurveyComponent,
    LoadErrorComponent,
  ],
  providers: [RelationshipStore],
  templateUrl: './relationship.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RelationshipPage {
  readonly store = inject(RelationshipStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  readonly formatKey = formatKey;
  readonly sessionStatusKey = sessionStatusKey;
  readonly relationshipStatusKey = relationshipStatusKey;
  readonly isWebAddress = isWebAddress;
  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly busyId = signal<string | null>(null);
  /** The clock the sessions are sorted by; moved on after each action. */
  readonly now = signal(Date.now());

  readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { requireSync: true },
  );
  readonly me = computed(() => this.auth.user()?.id ?? '');
  /** Answered on this visit (the API does not say whether this person answered before). */
  readonly checkInAnswered = signal(false);
  readonly surveyAnswered = signal(false);
  readonly showCheckIn = computed(() => {
    const relationship = this.store.relationship();
    return !!relationship && !this.checkInAnswered() && checkInDue(relationship, this.now());
  });
  readonly side = computed(() => {
    const relationship = this.store.relationship();
    return relationship ? mySide(relationship, this.me()) : null;
  });
  /** Sessions to come, then those whose time has passed, each group under its heading. */
  readonly sessionGroups = computed(() => {
    const { upcoming, past } = splitSessions(this.store.relationship()?.sessions ?? [], this.now());
    const groups: { id: string; key: TranslationKey; list: MentoringSessionView[] }[] = [
      { id: 'upcoming', key: 'mentoring.session.upcoming', list: upcoming },
      { id: 'past', key: 'mentoring.session.past', list: past },
    ];
    return groups.filter((g) => g.list.length > 0);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const app = this.i18n.t('app.name');
      const side = this.side();
      if (side)
        this.title.setTitle(
          `${this.i18n.t('mentoring.relationship.title', { name: side.other })} · ${app}`,
        );
    });
  }

  when(session: MentoringSessionView): string {
    return sessionTime(session.startsAt, this.i18n.language());
  }

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  canConfirm(session: MentoringSessionView): boolean {
    return this.store.active() && canConfirm(session, this.me());
  }
  waitsForOther(session: MentoringSessionView): boolean {
    return waitsForOther(session, this.me());
  }
  canGiveFeedback(session: MentoringSessionView): boolean {
    return canGiveFeedback(session, this.now());
  }
  feedbackLater(session: MentoringSessionView): boolean {
    return session.status === 'confirmed' && !hasStarted(session, this.now());
  }

  async confirm(session: MentoringSessionView): Promise<void> {
    await this.act(session.id, async () => {
      await this.store.confirmSession(session.id);
      this.done.set({ key: 'mentoring.session.confirmed', params: { when: this.when(session) } });
      focusAfterRender(`session-${session.id}`, this.injector);
    });
  }

  checkedIn(answer: { working: boolean; relationship: RelationshipView | null }): void {
    this.checkInAnswered.set(true);
    const ended = answer.relationship?.status === 'closed';
    this.done.set(
      answer.relationship === null
        ? { key: 'mentoring.checkIn.already' }
        : ended
          ? { key: 'mentoring.checkIn.ended', params: { name: this.side()?.other ?? '' } }
          : { key: 'mentoring.checkIn.thanks' },
    );
    focusAfterRender('relationship-title', this.injector);
  }

  surveyed(answer: { alreadyAnswered: boolean; ended: boolean }): void {
    this.surveyAnswered.set(true);
    this.done.set(
      answer.alreadyAnswered
        ? { key: 'mentoring.close.already' }
        : answer.ended
          ? { key: 'mentoring.close.done', params: { name: this.side()?.other ?? '' } }
          : { key: 'mentoring.close.thanks' },
    );
    focusAfterRender('relationship-title', this.injector);
  }

  private async act(id: string, action: () => Promise<void>): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(id);
    this.error.set(null);
    this.done.set(null);
    try {
      await action();
      this.now.set(Date.now());
    } catch (e) {
      const error = toApiError(e);
      // Settled meanwhile (the other person, another tab): show where things stand.
      if (error.status === 409) void this.store.reload();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busyId.set(null);
    }
  }
}
