import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentorshipRequestView, RelationshipView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import {
  MAX_OPEN_REQUESTS,
  MentoringHubStore,
  mySide,
  nextSession,
  openRequestCount,
  pendingRequestTo,
  splitRequests,
} from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { focusAfterRender } from '../shared/form-support';
import { longDate, sessionTime } from '../shared/format';
import { mentorStatusKey, relationshipStatusKey } from '../shared/labels';
import { LoadErrorComponent } from '../shared/load-error.component';
import { ProgrammeMatchComponent } from './programme-match.component';
import { ReceivedRequestComponent } from './received-request.component';
import { SentRequestComponent } from './sent-request.component';
import { SuggestionCardComponent } from './suggestion-card.component';

/**
 * "Mentoring": the person's relationships, requests waiting for them, matches proposed by a
 * programme, mentors suggested for them with the reasons, the requests they sent, and their
 * offer to mentor others.
 */
@Component({
  selector: 'academy-mentoring-hub-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    SuggestionCardComponent,
    ReceivedRequestComponent,
    SentRequestComponent,
    ProgrammeMatchComponent,
    LoadErrorComponent,
  ],
  providers: [MentoringHubStore],
  templateUrl: './mentoring-hub.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentoringHubPage {
  readonly store = inject(MentoringHubStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly done = messageSlot();
  readonly mentorStatusKey = mentorStatusKey;
  readonly relationshipStatusKey = relationshipStatusKey;
  readonly maxOpen = MAX_OPEN_REQUESTS;

  private readonly me = computed(() => this.auth.user()?.id ?? '');
  readonly canReview = computed(() => this.auth.hasAnyRole(['trainer', 'partner_admin', 'admin']));
  readonly canOrganise = computed(() => this.auth.hasAnyRole(['partner_admin', 'admin']));
  readonly requests = computed(() => splitRequests(this.store.requests(), this.me()));
  readonly waitingForMe = computed(() =>
    this.requests().received.filter((r) => r.status === 'pending'),
  );
  readonly answeredByMe = computed(() =>
    this.requests().received.filter((r) => r.status !== 'pending'),
  );
  readonly openCount = computed(() => openRequestCount(this.store.requests(), this.me()));
  /** What the person has done so far, once there is something to tell. */
  readonly record = computed(() => {
    const record = this.store.record();
    return record && (record.sessionsHeld || record.relationshipsCompleted) ? record : null;
  });
  readonly active = computed(() => this.store.relationships().filter((r) => r.status === 'active'));
  readonly ended = computed(() => this.store.relationships().filter((r) => r.status !== 'active'));

  /** A request was answered: say so, and continue from its heading in "Requests you answered". */
  answered(request: MentorshipRequestView): void {
    this.done.set({
      key:
        request.status === 'accepted'
          ? 'mentoring.requests.accepted'
          : 'mentoring.requests.declined',
      params: { name: request.mentee.displayName },
    });
    focusAfterRender(`request-${request.id}`, this.injector);
  }

  pendingTo(mentorId: string) {
    return pendingRequestTo(this.store.requests(), mentorId, this.me());
  }

  side(relationship: RelationshipView) {
    return mySide(relationship, this.me());
  }

  next(relationship: RelationshipView): string | null {
    const session = nextSession(relationship, Date.now());
    return session ? sessionTime(session.startsAt, this.i18n.language()) : null;
  }

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }
}
