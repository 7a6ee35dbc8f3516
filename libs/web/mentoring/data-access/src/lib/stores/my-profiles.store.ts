import { computed, inject, Injectable, resource } from '@angular/core';
import type { MenteeProfileView, MentorProfileView } from '@academy/shared/contracts';
import { MentoringApi } from '../mentoring.api';
import type { MenteeProfileRequest, MentorProfileRequest } from '../mentoring.models';

/**
 * One of the signed-in person's profiles (`V`), for its page: loaded once, replaced by what the
 * API answers to a change. Subclasses say how to load and save it (a request `R`).
 */
@Injectable()
abstract class OwnProfileStore<V, R> {
  protected readonly api = inject(MentoringApi);
  protected readonly current = resource<V | null, unknown>({ loader: () => this.load() });

  readonly profile = computed(() => (this.current.hasValue() ? this.current.value() : null));
  /** Loaded: the profile, or the knowledge that there is none yet. */
  readonly known = computed(() => this.current.hasValue());
  readonly loading = this.current.isLoading;
  readonly failed = computed(() => this.current.error() !== undefined);

  protected abstract load(): Promise<V | null>;
  protected abstract send(request: R): Promise<V>;

  reload(): void {
    this.current.reload();
  }

  save(request: R): Promise<V> {
    return this.replacedBy(this.send(request));
  }

  /** Shows the profile the API answered with. */
  protected async replacedBy(answer: Promise<V>): Promise<V> {
    const saved = await answer;
    this.current.set(saved);
    return saved;
  }
}

/** The signed-in person's mentee profile, for its form. Provided by the page. */
@Injectable()
export class MenteeProfileStore extends OwnProfileStore<MenteeProfileView, MenteeProfileRequest> {
  protected load() {
    return this.api.myMenteeProfile();
  }
  protected send(request: MenteeProfileRequest) {
    return this.api.saveMenteeProfile(request);
  }
}

/** The signed-in person's offer to mentor, for its form and its pause switch. Provided by the page. */
@Injectable()
export class MentorProfileStore extends OwnProfileStore<MentorProfileView, MentorProfileRequest> {
  protected load() {
    return this.api.myMentorProfile();
  }
  protected send(request: MentorProfileRequest) {
    return this.api.saveMentorProfile(request);
  }

  setPaused(paused: boolean): Promise<MentorProfileView> {
    return this.replacedBy(this.api.pauseMentoring(paused));
  }
}
