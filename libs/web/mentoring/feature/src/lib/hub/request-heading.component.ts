import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { MentorshipRequestView } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { longDate } from '../shared/format';
import { requestStatusKey } from '../shared/labels';

/**
 * The top of a mentorship request's card, sent or received: whom it is from or to, its status
 * and when it was sent. The heading (`request-<id>`) is where focus goes after an answer.
 */
@Component({
  selector: 'academy-request-heading',
  imports: [TranslatePipe],
  template: `
    @let r = request();
    <h4 [id]="'request-' + r.id" tabindex="-1">{{ heading() }}</h4>
    <p class="mt-meta">
      <span [class]="'mt-chip mt-chip--' + r.status">{{
        requestStatusKey(r.status) | translate
      }}</span>
      {{ 'mentoring.requests.sentOn' | translate: { date: date(r.createdAt) } }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestHeadingComponent {
  readonly request = input.required<MentorshipRequestView>();
  /** "Request from Marta", "Request to Luca". */
  readonly heading = input.required<string>();

  private readonly i18n = inject(TranslationService);
  readonly requestStatusKey = requestStatusKey;

  date(iso: string): string {
    return longDate(iso, this.i18n.language());
  }
}
