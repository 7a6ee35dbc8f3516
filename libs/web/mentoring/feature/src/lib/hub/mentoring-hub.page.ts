import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RelationshipView } from '@academy/shared/contracts';
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
import { longDate, sessionTime } from '../shared/format';
import { mentorStatusKey, relationshipStatusKey } from '../shared/labels';
import { ReceivedRequestComponent } from './received-request.component';
import { SentRequestComponent } from './sent-request.component';
import { SuggestionCardComponent } from './suggestion-card.component';

/**
 * "Mentoring": the person's relationships, requests waiting for them, mentors suggested for
 * them with the reasons, the requests they sent, and their offer to mentor others.
 */
@Component({
  selector: 'academy-mentoring-hub-page',
  imports: [
    RouterLink,
    TranslatePipe,
    SuggestionCardComponent,
    ReceivedRequestComponent,
    SentRequestComponent,
  ],
  providers: [MentoringHubStore],
  templateUrl: './mentoring-hub.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentoringHubPage {
  readonly store = inject(MentoringHubStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(TranslationService);
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
  readonly active = computed(() => this.store.relationships().filter((r) => r.status === 'active'));
  readonly ended = computed(() => this.store.relationships().filter((r) => r.status !== 'active'));

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
