import { computed, inject, Injectable, signal } from '@angular/core';
import type { PrivateNoteView, RelationshipView } from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { MentoringApi } from '../mentoring.api';
import type {
  CheckInRequest,
  ClosingSurveyRequest,
  FeedbackRequest,
  SessionProposalRequest,
} from '../mentoring.models';

/**
 * One mentoring relationship: its goals, sessions and private notes. Provided by the
 * relationship page. Every action answers the whole relationship, which replaces the one shown.
 */
@Injectable()
export class RelationshipStore {
  private readonly api = inject(MentoringApi);
  private readonly idState = signal<string | null>(null);
  private readonly relationshipState = signal<RelationshipView | null>(null);
  private readonly notesState = signal<PrivateNoteView[] | null>(null);
  private latestLoad = 0;

  readonly id = this.idState.asReadonly();
  readonly relationship = this.relationshipState.asReadonly();
  readonly notes = computed(() => this.notesState() ?? []);
  readonly notesLoaded = computed(() => this.notesState() !== null);
  readonly notesFailed = signal(false);
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  /** Not one of this person's relationships (or no relationship at all): the API says "not found". */
  readonly notFound = computed(() => {
    const status = this.error()?.status;
    return status === 404 || status === 400;
  });
  readonly active = computed(() => this.relationshipState()?.status === 'active');

  async load(id: string): Promise<void> {
    const request = ++this.latestLoad;
    if (id !== this.idState()) {
      this.relationshipState.set(null);
      this.notesState.set(null);
    }
    this.idState.set(id);
    this.error.set(null);
    this.loading.set(true);
    try {
      const relationship = await this.api.relationship(id);
      if (request !== this.latestLoad) return;
      this.relationshipState.set(relationship);
      void this.loadNotes(id, request);
    } catch (e) {
      if (request === this.latestLoad) this.error.set(toApiError(e));
    } finally {
      if (request === this.latestLoad) this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    const id = this.idState();
    return id ? this.load(id) : Promise.resolve();
  }

  async reloadNotes(): Promise<void> {
    const id = this.idState();
    if (id) await this.loadNotes(id, this.latestLoad);
  }

  private async loadNotes(id: string, request: number): Promise<void> {
    this.notesFailed.set(false);
    try {
      const notes = await this.api.notes(id);
      if (request === this.latestLoad) this.notesState.set(notes);
    } catch {
      if (request === this.latestLoad) this.notesFailed.set(true);
    }
  }

  proposeSession(proposal: SessionProposalRequest): Promise<RelationshipView> {
    return this.apply(this.api.proposeSession(this.requireId(), proposal));
  }

  confirmSession(sessionId: string): Promise<RelationshipView> {
    return this.apply(this.api.confirmSession(sessionId));
  }

  giveFeedback(sessionId: string, feedback: FeedbackRequest): Promise<RelationshipView> {
    return this.apply(this.api.giveFeedback(sessionId, feedback));
  }

  setGoals(goals: string, previous: string): Promise<RelationshipView> {
    return this.apply(this.api.setGoals(this.requireId(), goals, previous));
  }

  checkIn(answer: CheckInRequest): Promise<RelationshipView> {
    return this.apply(this.api.checkIn(this.requireId(), answer));
  }

  close(survey: ClosingSurveyRequest): Promise<RelationshipView> {
    return this.apply(this.api.closeRelationship(this.requireId(), survey));
  }

  async addNote(text: string): Promise<PrivateNoteView[]> {
    const id = this.requireId();
    const notes = await this.api.addNote(id, text);
    if (id === this.idState()) this.notesState.set(notes);
    return notes;
  }

  private async apply(call: Promise<RelationshipView>): Promise<RelationshipView> {
    const relationship = await call;
    if (relationship.id === this.idState()) this.relationshipState.set(relationship);
    return relationship;
  }

  private requireId(): string {
    const id = this.idState();
    if (!id) throw new Error('RelationshipStore: no relationship');
    return id;
  }
}
