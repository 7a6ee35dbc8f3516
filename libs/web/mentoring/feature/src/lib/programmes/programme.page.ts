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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { ProgrammeStore, unmatchedMentees } from '@academy/web/mentoring/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { calendarDate } from '../shared/format';
import { focusAfterRender } from '../shared/form-support';
import { pairAnswerKey, pairStatusKey } from '../shared/labels';
import { LoadErrorComponent } from '../shared/load-error.component';
import { MatchExplanationComponent } from '../shared/match-explanation.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { ExclusionsFormComponent } from './exclusions-form.component';
import { PairEditFormComponent } from './pair-edit-form.component';
import { ParticipantsFormComponent } from './participants-form.component';

/**
 * One programme round: its figures, its people, the optimal match as a draft the organiser
 * reviews and edits, and publishing (each pair is then asked to accept).
 */
@Component({
  selector: 'academy-programme-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    MatchExplanationComponent,
    ParticipantsFormComponent,
    PairEditFormComponent,
    ExclusionsFormComponent,
    LoadErrorComponent,
  ],
  providers: [ProgrammeStore],
  templateUrl: './programme.page.html',
  styleUrl: './programme.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammePage {
  readonly store = inject(ProgrammeStore);
  private readonly territories = inject(TerritoriesStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  readonly pairStatusKey = pairStatusKey;
  readonly pairAnswerKey = pairAnswerKey;
  readonly busy = signal<'match' | 'publish' | null>(null);
  readonly error = messageSlot();
  readonly done = messageSlot();

  readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { requireSync: true },
  );
  readonly unmatched = computed(() => {
    const programme = this.store.programme();
    return programme ? unmatchedMentees(programme) : [];
  });
  readonly territory = computed(() => {
    const id = this.store.programme()?.territoryId;
    return this.territories.territories().find((t) => t.id === id)?.name ?? '';
  });

  constructor() {
    if (inject(Router).currentNavigation()?.extras.state?.['created'])
      this.done.set({ key: 'mentoring.programme.created' });
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const name = this.store.programme()?.name;
      if (name) this.title.setTitle(`${name} · ${this.i18n.t('app.name')}`);
    });
  }

  day(date: string): string {
    return calendarDate(date, this.i18n.language());
  }

  objectiveKey(objective: 'max-matched' | 'max-score'): TranslationKey {
    return `mentoring.programmes.objective.${objective}` satisfies TranslationKey;
  }

  async match(): Promise<void> {
    const programme = this.store.programme();
    if (!programme) return;
    if (programme.pairs.length && !confirm(this.i18n.t('mentoring.programme.rematchConfirm')))
      return;
    await this.act('match', async () => {
      const result = await this.store.match();
      this.done.set({
        key: 'mentoring.programme.matched',
        params: { pairs: result.pairs.length, waiting: result.unmatchedMenteeIds.length },
      });
      this.focus('draft-heading');
    });
  }

  async publish(): Promise<void> {
    const programme = this.store.programme();
    if (
      !programme ||
      !confirm(this.i18n.t('mentoring.programme.publishConfirm', { pairs: programme.pairs.length }))
    )
      return;
    await this.act('publish', async () => {
      await this.store.publish();
      this.done.set({ key: 'mentoring.programme.published' });
      this.focus('programme-title');
    });
  }

  private async act(kind: 'match' | 'publish', action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(kind);
    this.error.set(null);
    this.done.set(null);
    try {
      await action();
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'not_draft') void this.store.reload();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(null);
    }
  }

  private focus(id: string): void {
    focusAfterRender(id, this.injector);
  }
}
