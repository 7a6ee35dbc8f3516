import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type { ProgrammeStats, ProgrammeView } from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { MentoringApi } from '../mentoring.api';
import type {
  EditPairsRequest,
  ExclusionRequest,
  NewProgrammeRequest,
  ParticipantsRequest,
  ProgrammeSummary,
} from '../mentoring.models';

/** The programmes of the territories this person administers (all for admins). Provided by the page. */
@Injectable()
export class ProgrammesStore {
  private readonly api = inject(MentoringApi);
  private readonly list = resource<ProgrammeSummary[], unknown>({
    defaultValue: [],
    loader: () => this.api.programmes(),
  });

  readonly programmes = computed(() => this.list.value());
  readonly loading = this.list.isLoading;
  readonly loaded = computed(() => this.list.hasValue());
  readonly failed = computed(() => this.list.error() !== undefined);

  reload(): void {
    this.list.reload();
  }

  async create(request: NewProgrammeRequest): Promise<ProgrammeView> {
    const created = await this.api.createProgramme(request);
    this.list.reload();
    return created;
  }
}

/**
 * One programme round: its people, the draft or published match and its figures. Provided by
 * the programme page. Every action answers the whole programme; the figures follow quietly.
 */
@Injectable()
export class ProgrammeStore {
  private readonly api = inject(MentoringApi);
  private readonly idState = signal<string | null>(null);
  private readonly programmeState = signal<ProgrammeView | null>(null);
  private readonly statsState = signal<ProgrammeStats | null>(null);
  private latestLoad = 0;

  readonly programme = this.programmeState.asReadonly();
  readonly stats = this.statsState.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  readonly notFound = computed(() => {
    const status = this.error()?.status;
    return status === 404 || status === 400;
  });
  readonly forbidden = computed(() => this.error()?.status === 403);
  readonly draft = computed(() => this.programmeState()?.status === 'draft');

  async load(id: string): Promise<void> {
    const request = ++this.latestLoad;
    if (id !== this.idState()) {
      this.programmeState.set(null);
      this.statsState.set(null);
    }
    this.idState.set(id);
    this.error.set(null);
    this.loading.set(true);
    try {
      const programme = await this.api.programme(id);
      if (request !== this.latestLoad) return;
      this.programmeState.set(programme);
      void this.refreshStats();
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

  addParticipants(people: ParticipantsRequest): Promise<ProgrammeView> {
    return this.apply((id) => this.api.addParticipants(id, people));
  }
  match(): Promise<ProgrammeView> {
    return this.apply((id) => this.api.match(id));
  }
  editPairs(edit: EditPairsRequest): Promise<ProgrammeView> {
    return this.apply((id) => this.api.editPairs(id, edit));
  }
  exclude(exclusion: ExclusionRequest): Promise<ProgrammeView> {
    return this.apply((id) => this.api.exclude(id, exclusion));
  }
  allow(menteeId: string, mentorId: string): Promise<ProgrammeView> {
    return this.apply((id) => this.api.allowPair(id, menteeId, mentorId));
  }
  publish(): Promise<ProgrammeView> {
    return this.apply((id) => this.api.publish(id));
  }

  private async apply(call: (id: string) => Promise<ProgrammeView>): Promise<ProgrammeView> {
    const id = this.idState();
    if (!id) throw new Error('ProgrammeStore: no programme');
    const programme = await call(id);
    if (id === this.idState()) {
      this.programmeState.set(programme);
      void this.refreshStats();
    }
    return programme;
  }

  /** The figures, fetched after the programme; a failure leaves the last ones (or none) shown. */
  async refreshStats(): Promise<void> {
    const id = this.idState();
    if (!id) return;
    try {
      const stats = await this.api.programmeStats(id);
      if (id === this.idState()) this.statsState.set(stats);
    } catch {
      // The figures are a summary: the page stays useful without them.
    }
  }
}
