import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EnrolmentSummary } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { continueLink, MyLearningStore } from '@academy/web/learning/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { longDate } from '../shared/format';
import { learningErrorMessage } from '../shared/learning-errors';
import { ProgressMeterComponent } from '../shared/progress-meter.component';

/** "My courses": the courses the learner follows, where to continue, and those completed. */
@Component({
  selector: 'academy-my-learning-page',
  imports: [RouterLink, TranslatePipe, FormAlertComponent, ProgressMeterComponent],
  providers: [MyLearningStore],
  templateUrl: './my-learning.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyLearningPage {
  readonly store = inject(MyLearningStore);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  readonly error = messageSlot();
  readonly done = messageSlot();
  /** The enrolment a move or a withdrawal is waiting for. */
  readonly busyId = signal<string | null>(null);
  readonly continueLink = continueLink;

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  async moveToLatest(enrolment: EnrolmentSummary): Promise<void> {
    const version = enrolment.newVersion?.number;
    if (!version || this.busyId()) return;
    const confirmed = confirm(
      this.i18n.t('learning.newVersion.confirm', { title: enrolment.course.title, version }),
    );
    if (!confirmed) return;
    await this.act(enrolment, async () => {
      const moved = await this.store.moveToLatest(enrolment.id);
      this.done.set({
        key: 'learning.newVersion.moved',
        params: { title: moved.course.title, version: moved.versionNumber },
      });
      // The button is gone: the learner carries on from the course's heading.
      this.focus(`enrolment-${enrolment.id}`);
    });
  }

  async withdraw(enrolment: EnrolmentSummary): Promise<void> {
    if (this.busyId()) return;
    if (!confirm(this.i18n.t('learning.withdraw.confirm', { title: enrolment.course.title }))) {
      return;
    }
    await this.act(enrolment, async () => {
      await this.store.withdraw(enrolment);
      this.done.set({ key: 'learning.withdraw.done', params: { title: enrolment.course.title } });
      this.focus('my-learning-title');
    });
  }

  private async act(enrolment: EnrolmentSummary, action: () => Promise<void>): Promise<void> {
    this.busyId.set(enrolment.id);
    this.error.set(null);
    this.done.set(null);
    try {
      await action();
    } catch (e) {
      const error = toApiError(e);
      // Moved already (in another tab, say): the fresh list shows where the learner stands.
      if (error.code === 'already_latest') this.store.reload();
      else this.error.set(learningErrorMessage(error));
    } finally {
      this.busyId.set(null);
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
