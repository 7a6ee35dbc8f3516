import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { CourseEditorStore } from '@academy/web/authoring/data-access';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { eventActionKey } from '../shared/labels';

/** The versions of the course with what each changed, and who did what, when. */
@Component({
  selector: 'academy-version-history',
  imports: [TranslatePipe],
  template: `
    @if (store.history(); as history) {
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{{ 'authoring.history.heading' | translate }}</h2>
        <ul class="au-list">
          @for (v of history.versions; track v.id) {
            <li class="au-card">
              <h3>
                {{ 'authoring.history.version' | translate: { number: v.number } }} ·
                {{ statusKey(v.status) | translate }}
              </h3>
              @if (v.changes; as c) {
                <p>
                  {{
                    'authoring.history.changes'
                      | translate
                        : {
                            added: c.added.length,
                            changed: c.changed.length,
                            removed: c.removed.length,
                          }
                  }}
                </p>
              }
              <ul>
                @for (e of eventsOf(history.events, v.number); track e.id) {
                  <li>
                    {{ actionKey(e.action) | translate }} · {{ e.actor.displayName }} ·
                    {{ date(e.at) }}
                    @if (e.note) {
                      <blockquote>{{ e.note }}</blockquote>
                    }
                  </li>
                }
              </ul>
            </li>
          }
        </ul>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionHistoryComponent {
  readonly store = inject(CourseEditorStore);
  private readonly i18n = inject(TranslationService);
  readonly actionKey = eventActionKey;

  statusKey(status: string) {
    return status === 'published'
      ? 'authoring.status.publishedPlain'
      : status === 'in_review'
        ? 'authoring.status.in_review'
        : 'authoring.status.draft';
  }

  eventsOf<T extends { versionNumber: number }>(events: T[], number: number): T[] {
    return events.filter((e) => e.versionNumber === number);
  }

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  }
}
