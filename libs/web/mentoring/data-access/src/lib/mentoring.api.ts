import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MenteeProfileView,
  MentorProfileView,
  MentorshipRequestView,
  MentorSuggestion,
  MyProgrammePair,
  PrivateNoteView,
  ProgrammeStats,
  ProgrammeView,
  RelationshipView,
} from '@academy/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type {
  CheckInRequest,
  ClosingSurveyRequest,
  EditPairsRequest,
  ExclusionRequest,
  FeedbackRequest,
  MenteeProfileRequest,
  MentoringRecord,
  MentorProfileRequest,
  NewProgrammeRequest,
  PairAnswer,
  ParticipantsRequest,
  ProgrammeSummary,
  SessionProposalRequest,
} from './mentoring.models';

const BASE = '/api/mentoring';
const seg = encodeURIComponent;

/**
 * The peer-mentoring endpoints, one method each; the stores and pages hold the state. Every
 * call goes through the app's interceptor, which adds the bearer token. Rights on each object
 * (a relationship is its pair's alone) are decided by the API: another's id is "not found".
 */
@Injectable({ providedIn: 'root' })
export class MentoringApi {
  private readonly http = inject(HttpClient);

  private get<T>(path: string): Promise<T> {
    return firstValueFrom(this.http.get<T>(`${BASE}/${path}`));
  }
  private post<T>(path: string, body: unknown = {}): Promise<T> {
    return firstValueFrom(this.http.post<T>(`${BASE}/${path}`, body));
  }
  private put<T>(path: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.put<T>(`${BASE}/${path}`, body));
  }
  private delete<T>(path: string): Promise<T> {
    return firstValueFrom(this.http.delete<T>(`${BASE}/${path}`));
  }

  // Profiles
  /** null until the person offers to mentor. */
  myMentorProfile(): Promise<MentorProfileView | null> {
    return this.get<MentorProfileView | null>('me/mentor-profile');
  }
  saveMentorProfile(profile: MentorProfileRequest): Promise<MentorProfileView> {
    return this.put<MentorProfileView>('me/mentor-profile', profile);
  }
  /** A paused mentor is not suggested and takes no new requests. */
  pauseMentoring(paused: boolean): Promise<MentorProfileView> {
    return this.post<MentorProfileView>('me/mentor-profile/pause', { paused });
  }
  /** null until the person says what they are looking for. */
  myMenteeProfile(): Promise<MenteeProfileView | null> {
    return this.get<MenteeProfileView | null>('me/mentee-profile');
  }
  saveMenteeProfile(profile: MenteeProfileRequest): Promise<MenteeProfileView> {
    return this.put<MenteeProfileView>('me/mentee-profile', profile);
  }
  /** Offers to mentor waiting for this reviewer (trainers, partner admins, admins). */
  pendingMentors(): Promise<MentorProfileView[]> {
    return this.get<MentorProfileView[]>('mentors/pending');
  }
  reviewMentor(mentorId: string, approve: boolean): Promise<MentorProfileView> {
    return this.post<MentorProfileView>(`mentors/${seg(mentorId)}/review`, { approve });
  }

  // Suggestions and requests
  /** The five best mentors with their explanations; 409 `no_mentee_profile` without a profile. */
  suggestions(): Promise<MentorSuggestion[]> {
    return this.get<MentorSuggestion[]>('suggestions');
  }
  /** Requests the person sent (as mentee) and received (as mentor), newest first. */
  requests(): Promise<MentorshipRequestView[]> {
    return this.get<MentorshipRequestView[]>('requests');
  }
  /** 409 `too_many_open_requests` (two at most), `mentor_unavailable`, `no_mentee_profile`. */
  requestMentoring(mentorId: string, message: string): Promise<MentorshipRequestView> {
    return this.post<MentorshipRequestView>('requests', { mentorId, message });
  }
  /** The mentor's answer; accepting starts the relationship (409 `mentor_full` without a free place). */
  answerRequest(
    requestId: string,
    accept: boolean,
    message: string,
  ): Promise<MentorshipRequestView> {
    return this.post<MentorshipRequestView>(
      `requests/${seg(requestId)}/${accept ? 'accept' : 'decline'}`,
      { message },
    );
  }
  withdrawRequest(requestId: string): Promise<MentorshipRequestView> {
    return this.post<MentorshipRequestView>(`requests/${seg(requestId)}/withdraw`);
  }

  // Relationships
  relationships(): Promise<RelationshipView[]> {
    return this.get<RelationshipView[]>('relationships');
  }
  relationship(id: string): Promise<RelationshipView> {
    return this.get<RelationshipView>(`relationships/${seg(id)}`);
  }
  proposeSession(
    relationshipId: string,
    proposal: SessionProposalRequest,
  ): Promise<RelationshipView> {
    return this.post<RelationshipView>(`relationships/${seg(relationshipId)}/sessions`, proposal);
  }
  /** The other person confirms (409 `own_proposal` for the proposer). */
  confirmSession(sessionId: string): Promise<RelationshipView> {
    return this.post<RelationshipView>(`sessions/${seg(sessionId)}/confirm`);
  }
  /** Once the session has started (409 `not_held_yet`), once per person (409 `feedback_given`). */
  giveFeedback(sessionId: string, feedback: FeedbackRequest): Promise<RelationshipView> {
    return this.post<RelationshipView>(`sessions/${seg(sessionId)}/feedback`, feedback);
  }
  /** The pair's private notes, oldest first. */
  notes(relationshipId: string): Promise<PrivateNoteView[]> {
    return this.get<PrivateNoteView[]>(`relationships/${seg(relationshipId)}/notes`);
  }
  /** Adds a note; answers the whole list. */
  addNote(relationshipId: string, text: string): Promise<PrivateNoteView[]> {
    return this.post<PrivateNoteView[]>(`relationships/${seg(relationshipId)}/notes`, { text });
  }
  /** The 30-day check-in; "not working" ends the relationship (409 `closed` once it has ended). */
  checkIn(relationshipId: string, answer: CheckInRequest): Promise<RelationshipView> {
    return this.post<RelationshipView>(`relationships/${seg(relationshipId)}/check-in`, answer);
  }
  /**
   * Ends the relationship (if still active) with this person's closing survey; the other person
   * answers theirs later. 409 `answered` for a second survey.
   */
  /** 409 `goals_changed` when the other person changed them since `previous`. */
  setGoals(relationshipId: string, goals: string, previous: string): Promise<RelationshipView> {
    return this.put<RelationshipView>(`relationships/${seg(relationshipId)}/goals`, {
      goals,
      previous,
    });
  }
  closeRelationship(
    relationshipId: string,
    survey: ClosingSurveyRequest,
  ): Promise<RelationshipView> {
    return this.post<RelationshipView>(`relationships/${seg(relationshipId)}/close`, survey);
  }
  /** Sessions held and relationships completed (with a closing survey) and active. */
  record(): Promise<MentoringRecord> {
    return this.get<MentoringRecord>('me/record');
  }

  /** Approved mentors whose name or organisation contains `q` (2+ characters), at most 20. */
  findMentors(q: string): Promise<MentorProfileView[]> {
    return firstValueFrom(this.http.get<MentorProfileView[]>(`${BASE}/mentors`, { params: { q } }));
  }

  // Programmes (partner admins of the territory, admins)
  programmes(): Promise<ProgrammeSummary[]> {
    return this.get<ProgrammeSummary[]>('programmes');
  }
  createProgramme(programme: NewProgrammeRequest): Promise<ProgrammeView> {
    return this.post<ProgrammeView>('programmes', programme);
  }
  programme(id: string): Promise<ProgrammeView> {
    return this.get<ProgrammeView>(`programmes/${seg(id)}`);
  }
  programmeStats(id: string): Promise<ProgrammeStats> {
    return this.get<ProgrammeStats>(`programmes/${seg(id)}/stats`);
  }
  /** 400 with `mentors.<i>` / `mentees.<i>` field errors for people who cannot take part. */
  addParticipants(id: string, people: ParticipantsRequest): Promise<ProgrammeView> {
    return this.post<ProgrammeView>(`programmes/${seg(id)}/participants`, people);
  }
  /** Runs the optimal match and replaces the draft pairs. */
  match(id: string): Promise<ProgrammeView> {
    return this.post<ProgrammeView>(`programmes/${seg(id)}/match`);
  }
  /** 409 `constraint_violated` (nothing changed) with the broken rule in the field error. */
  editPairs(id: string, edit: EditPairsRequest): Promise<ProgrammeView> {
    return this.post<ProgrammeView>(`programmes/${seg(id)}/pairs`, edit);
  }
  /** Rules a pair out of the round; a drafted pair it matches leaves the draft. */
  exclude(id: string, exclusion: ExclusionRequest): Promise<ProgrammeView> {
    return this.post<ProgrammeView>(`programmes/${seg(id)}/exclusions`, exclusion);
  }
  allowPair(id: string, menteeId: string, mentorId: string): Promise<ProgrammeView> {
    return this.delete<ProgrammeView>(
      `programmes/${seg(id)}/exclusions/${seg(menteeId)}/${seg(mentorId)}`,
    );
  }
  publish(id: string): Promise<ProgrammeView> {
    return this.post<ProgrammeView>(`programmes/${seg(id)}/publish`);
  }
  /** The published programme pairs the person is in, with both sides' answers. */
  myProgrammePairs(): Promise<MyProgrammePair[]> {
    return this.get<MyProgrammePair[]>('programme-pairs/mine');
  }
  /** A matched mentor or mentee answers their programme pair. */
  respondToPair(pairId: string, accept: boolean): Promise<PairAnswer> {
    return this.post<PairAnswer>(`programme-pairs/${seg(pairId)}/respond`, { accept });
  }
}
