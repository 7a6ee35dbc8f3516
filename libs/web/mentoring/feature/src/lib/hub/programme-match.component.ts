import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import type { MyProgrammePair } from '@academy/shared/contracts';
import { type TranslationKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { MentoringHubStore } from '@academy/web/mentoring/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { focusAfterRender } from '../shared/form-support';
import { calendarDate } from '../shared/format';
import { pairStatusKey } from '../shared/labels';
import { MatchExplanationComponent } from '../shared/match-explanation.component';
import { mentoringErrorMessage } from '../shared/mentoring-errors';
import { RelationshipLinkComponent } from '../shared/relationship-link.component';

/**
 * A match a programme's organisers proposed to this person: who with, why (the same
 * explanation the organisers reviewed), both answers so far, and accept or decline. The pairing
 * starts when both sides accept.
 */
@Component({
  selector: 'academy-programme-match',
  imports: [
    TranslatePipe,
    FormAlertComponent,
    MatchExplanationComponent,
    RelationshipLinkComponent,
  ],
  template: `
    @let p = pair();
    <h3 [id]="'pair-' + p.id" tabindex="-1">
      {{ 'mentoring.programmeMatch.heading' | translate: { programme: p.programme.name } }}
    </h3>
    <p class="mt-meta">
      <span [class]="'mt-chip mt-chip--' + p.status">{{
        pairStatusKey(p.status) | translate
      }}</span>
      {{
        'mentoring.relationships.fromTo'
          | translate: { start: date(p.programme.startsOn), end: date(p.programme.endsOn) }
      }}
    </p>
    <p>
      {{
        (p.role === 'mentor'
          ? 'mentoring.programmeMatch.asMentor'
          : 'mentoring.programmeMatch.asMentee'
        ) | translate: { name: p.other.displayName }
      }}
      {{ 'mentoring.suggestions.score' | translate: { score: p.score, max: 1000 } }}
    </p>
    <h4>{{ 'mentoring.programmeMatch.why' | translate }}</h4>
    <academy-match-explanation
      [items]="p.explanation"
      [reader]="p.role === 'mentee' ? 'mentee' : 'organiser'"
    />
    <ul class="mt-meta answers">
      <li>{{ answerKey('you', p.myAnswer) | translate }}</li>
      <li>{{ answerKey('them', p.otherAnswer) | translate: { name: p.other.displayName } }}</li>
    </ul>
    <academy-form-alert tone="success" [message]="done.text()" />
    <academy-form-alert [message]="error.text()" />
    @if (p.status === 'proposed' && p.myAnswer === null) {
      <div class="mt-actions">
        <button
          type="button"
          class="mt-button mt-button--primary"
          [disabled]="busy()"
          (click)="answer(true)"
        >
          {{ 'mentoring.programmeMatch.accept' | translate: { name: p.other.displayName } }}
        </button>
        <button type="button" class="mt-button" [disabled]="busy()" (click)="answer(false)">
          {{ 'mentoring.programmeMatch.decline' | translate: { name: p.other.displayName } }}
        </button>
      </div>
    }
    @if (p.relationshipId) {
      <academy-relationship-link [relationshipId]="p.relationshipId" [name]="p.other.displayName" />
    }
  `,
  styles: `
    .answers {
      margin: 0.5rem 0;
      padding-inline-start: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeMatchComponent {
  readonly pair = input.required<MyProgrammePair>();

  private readonly store = inject(MentoringHubStore);
  private readonly i18n = inject(TranslationService);
  readonly pairStatusKey = pairStatusKey;
  /** "You accepted." / "Marta has not answered yet.": a sentence per side and answer. */
  answerKey(side: 'you' | 'them', answer: boolean | null) {
    const said = answer === null ? 'waiting' : answer ? 'yes' : 'no';
    return `mentoring.programmeMatch.${side}.${said}` satisfies TranslationKey;
  }
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly done = messageSlot();

  private readonly injector = inject(Injector);

  date(day: string): string {
    return calendarDate(day, this.i18n.language());
  }

  async answer(accept: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const pair = await this.store.answerProgrammePair(this.pair(), accept);
      const name = pair.other.displayName;
      this.done.set({
        key: !accept
          ? 'mentoring.programmeMatch.declined'
          : pair.status === 'accepted'
            ? 'mentoring.programmeMatch.started'
            : 'mentoring.programmeMatch.acceptedWaiting',
        params: { name },
      });
      // The buttons are gone: continue from the match's heading, where the answer now shows.
      focusAfterRender(`pair-${pair.id}`, this.injector);
    } catch (e) {
      const error = toApiError(e);
      // Settled meanwhile (the other side declined): show where it stands.
      if (error.code === 'answered') this.store.reloadProgrammePairs();
      this.error.set(mentoringErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
