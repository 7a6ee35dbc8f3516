import { computed, inject, Injectable, resource } from '@angular/core';
import type {
  MenteeProfileView,
  MentorProfileView,
  MentorshipRequestView,
  MentorSuggestion,
  MyProgrammePair,
  RelationshipView,
} from '@academy/shared/contracts';
import { toApiError } from '@academy/web/shared/util-http';
import { MentoringApi } from '../mentoring.api';
import type { MentoringRecord } from '../mentoring.models';

/**
 * Everything the mentoring hub shows: the person's two profiles, their suggestions (asked for
 * only once a mentee profile exists), their requests and their relationships. Provided by the
 * hub page; each part loads, fails and retries on its own.
 */
@Injectable()
export class MentoringHubStore {
  private readonly api = inject(MentoringApi);

  private readonly mentee = resource<MenteeProfileView | null, unknown>({
    loader: () => this.api.myMenteeProfile(),
  });
  private readonly mentor = resource<MentorProfileView | null, unknown>({
    loader: () => this.api.myMentorProfile(),
  });
  private readonly suggestionList = resource<MentorSuggestion[], true | undefined>({
    // Without a mentee profile the API answers 409 no_mentee_profile: nothing to ask.
    params: () => (this.mentee.hasValue() && this.mentee.value() ? true : undefined),
    loader: () => this.api.suggestions(),
  });
  private readonly requestList = resource<MentorshipRequestView[], unknown>({
    defaultValue: [],
    loader: () => this.api.requests(),
  });
  private readonly relationshipList = resource<RelationshipView[], unknown>({
    defaultValue: [],
    loader: () => this.api.relationships(),
  });

  private readonly pairList = resource<MyProgrammePair[], unknown>({
    defaultValue: [],
    loader: () => this.api.myProgrammePairs(),
  });

  private readonly recordState = resource<MentoringRecord, unknown>({
    loader: () => this.api.record(),
  });

  /** Sessions held and relationships completed, once loaded (a summary: no error is shown). */
  readonly record = computed(() => (this.recordState.hasValue() ? this.recordState.value() : null));
  readonly menteeProfile = computed(() => (this.mentee.hasValue() ? this.mentee.value() : null));
  readonly menteeKnown = computed(() => this.mentee.hasValue());
  readonly menteeFailed = computed(() => this.mentee.error() !== undefined);
  readonly mentorProfile = computed(() => (this.mentor.hasValue() ? this.mentor.value() : null));
  readonly mentorKnown = computed(() => this.mentor.hasValue());
  readonly mentorFailed = computed(() => this.mentor.error() !== undefined);

  readonly suggestions = computed(() =>
    this.suggestionList.hasValue() ? this.suggestionList.value() : [],
  );
  readonly suggestionsLoading = this.suggestionList.isLoading;
  readonly suggestionsLoaded = computed(() => this.suggestionList.hasValue());
  /** No mentee profile: the person is asked to write one rather than shown an error. */
  readonly needsMenteeProfile = computed(() => {
    if (this.mentee.hasValue() && this.mentee.value() === null) return true;
    const error = this.suggestionList.error();
    return error !== undefined && toApiError(error).code === 'no_mentee_profile';
  });
  readonly suggestionsFailed = computed(
    () => this.suggestionList.error() !== undefined && !this.needsMenteeProfile(),
  );

  readonly requests = computed(() => this.requestList.value());
  readonly requestsLoading = this.requestList.isLoading;
  readonly requestsFailed = computed(() => this.requestList.error() !== undefined);

  readonly relationships = computed(() => this.relationshipList.value());
  readonly relationshipsLoading = this.relationshipList.isLoading;
  readonly relationshipsFailed = computed(() => this.relationshipList.error() !== undefined);

  /** Programme matches proposed to the person, and those they settled. */
  readonly programmePairs = computed(() => this.pairList.value());
  readonly programmePairsFailed = computed(() => this.pairList.error() !== undefined);

  reloadProfiles(): void {
    this.mentee.reload();
    this.mentor.reload();
  }
  reloadSuggestions(): void {
    this.suggestionList.reload();
  }
  reloadRequests(): void {
    this.requestList.reload();
  }
  reloadRelationships(): void {
    this.relationshipList.reload();
  }

  /** Asks a mentor; the request joins the list at once. */
  async requestMentoring(mentorId: string, message: string): Promise<MentorshipRequestView> {
    const request = await this.api.requestMentoring(mentorId, message);
    this.requestList.update((list) => [request, ...list.filter((r) => r.id !== request.id)]);
    return request;
  }

  async withdraw(requestId: string): Promise<MentorshipRequestView> {
    const request = await this.api.withdrawRequest(requestId);
    this.replace(request);
    return request;
  }

  /**
   * The mentor's answer. Accepting starts a relationship: the list of relationships and the
   * mentor's count of mentees are fetched again.
   */
  async answer(
    requestId: string,
    accept: boolean,
    message: string,
  ): Promise<MentorshipRequestView> {
    const request = await this.api.answerRequest(requestId, accept, message);
    this.replace(request);
    if (request.status === 'accepted') {
      this.relationshipList.reload();
      this.recordState.reload();
      this.mentor.reload();
    }
    return request;
  }

  /**
   * The person's answer to a programme match. When it completes the pair (both accepted), the
   * relationship has started: relationships and the mentoring record are fetched again.
   */
  async answerProgrammePair(pair: MyProgrammePair, accept: boolean): Promise<MyProgrammePair> {
    const answer = await this.api.respondToPair(pair.id, accept);
    const answered: MyProgrammePair = { ...pair, ...answer, myAnswer: accept };
    this.pairList.update((list) => list.map((p) => (p.id === pair.id ? answered : p)));
    if (answered.status === 'accepted') {
      this.relationshipList.reload();
      this.recordState.reload();
    }
    return answered;
  }

  reloadProgrammePairs(): void {
    this.pairList.reload();
  }

  private replace(request: MentorshipRequestView): void {
    this.requestList.update((list) => list.map((r) => (r.id === request.id ? request : r)));
  }
}
