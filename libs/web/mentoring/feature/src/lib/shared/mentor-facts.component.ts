import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MentorProfileView } from '@academy/shared/contracts';
import { CompetencesStore } from '@academy/web/competences/data-access';
import { type Language, languageKey, TranslatePipe, TranslationService } from '@academy/web/i18n';
import { competenceName } from './competence-names';
import { listOf } from './format';
import { formatKey, legalFormKey, sectorKey, slotKey } from './labels';

/** A mentor's offer in brief: organisation, sectors, languages, ways and times of meeting. */
@Component({
  selector: 'academy-mentor-facts',
  imports: [TranslatePipe],
  template: `
    @let m = mentor();
    <dl class="mt-facts">
      <dt>{{ 'mentoring.facts.organisation' | translate }}</dt>
      <dd>{{ m.organisation }} ({{ legalFormKey(m.legalForm) | translate }})</dd>
      <dt>{{ 'mentoring.facts.sectors' | translate }}</dt>
      <dd>{{ sectors() }}</dd>
      <dt>{{ 'mentoring.facts.languages' | translate }}</dt>
      <dd>{{ languages() }}</dd>
      <dt>{{ 'mentoring.facts.formats' | translate }}</dt>
      <dd>{{ formats() }}</dd>
      <dt>{{ 'mentoring.facts.availability' | translate }}</dt>
      <dd>{{ availability() }}</dd>
      <dt>{{ 'mentoring.facts.experience' | translate }}</dt>
      <dd>{{ m.experienceYears }}</dd>
      <dt>{{ 'mentoring.facts.places' | translate }}</dt>
      <dd>
        {{ 'mentoring.facts.placesValue' | translate: { free: free(), capacity: m.capacity } }}
      </dd>
      @if (showCompetences()) {
        <dt>{{ 'mentoring.facts.competences' | translate }}</dt>
        <dd>
          <ul class="mt-list">
            @for (c of m.competences; track c.code) {
              <li>
                {{
                  'mentoring.competences.mentorEntry'
                    | translate: { competence: name(c.code), level: c.level }
                }}
              </li>
            }
          </ul>
        </dd>
      }
    </dl>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorFactsComponent {
  readonly mentor = input.required<MentorProfileView>();
  readonly showCompetences = input(false);

  private readonly i18n = inject(TranslationService);
  private readonly competences = inject(CompetencesStore);
  readonly legalFormKey = legalFormKey;

  private list(keys: string[]): string {
    return keys.length ? listOf(keys, this.i18n.language()) : this.i18n.t('mentoring.facts.none');
  }

  readonly sectors = computed(() =>
    this.list(this.mentor().sectors.map((s) => this.i18n.t(sectorKey(s)))),
  );
  readonly languages = computed(() =>
    this.list(this.mentor().languages.map((l) => this.i18n.t(languageKey(l as Language)))),
  );
  readonly formats = computed(() =>
    this.list(this.mentor().formats.map((f) => this.i18n.t(formatKey(f)))),
  );
  readonly availability = computed(() =>
    this.list(this.mentor().availability.map((s) => this.i18n.t(slotKey(s)))),
  );
  readonly free = computed(() => Math.max(0, this.mentor().capacity - this.mentor().activeMentees));

  name(code: string): string {
    return competenceName(this.competences.frameworks(), code);
  }
}
