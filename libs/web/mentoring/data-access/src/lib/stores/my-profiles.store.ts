import { computed, inject, Injectable, resource } from '@angular/core';
import type { MenteeProfileView, MentorProfileView } from '@academy/shared/contracts';
import { MentoringApi } from '../mentoring.api';
import type { MenteeProfileRequest, MentorProfileRequest } from '../mentoring.models';

/** The signed-in person's mentee profile, for its form. Provided by the page. */
@Injectable()
export class MenteeProfileStore {
  private readonly api = inject(MentoringApi);
  private readonly current = resource<MenteeProfileView | null, unknown>({
    loader: () => this.api.myMenteeProfile(),
  });

  readonly profile = computed(() => (this.current.hasValue() ? this.current.value() : null));
  /** Loaded: the profile, or the knowledge that there is none yet. */
  readonly known = computed(() => this.current.hasValue());
  readonly loading = this.current.isLoading;
  readonly failed = computed(() => this.current.error() !== undefined);

  reload(): void {
    this.current.reload();
  }

  async save(request: MenteeProfileRequest): Promise<MenteeProfileView> {
    const saved = await this.api.saveMenteeProfile(request);
    this.current.set(saved);
    return saved;
  }
}

/** The signed-in person's offer to mentor, for its form and its pause switch. Provided by the page. */
@Injectable()
export class MentorProfileStore {
  private readonly api = inject(MentoringApi);
  private readonly current = resource<MentorProfileView | null, unknown>({
    loader: () => this.api.myMentorProfile(),
  });

  readonly profile = computed(() => (this.current.hasValue() ? this.current.value() : null));
  readonly known = computed(() => this.current.hasValue());
  readonly loading = this.current.isLoading;
  readonly failed = computed(() => this.current.error() !== undefined);

  reload(): void {
    this.current.reload();
  }

  async save(request: MentorProfileRequest): Promise<MentorProfileView> {
    const saved = await this.api.saveMentorProfile(request);
    this.current.set(saved);
    return saved;
  }

  async setPaused(paused: boolean): Promise<MentorProfileView> {
    const saved = await this.api.pauseMentoring(paused);
    this.current.set(saved);
    return saved;
  }
}
