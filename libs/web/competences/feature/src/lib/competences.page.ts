import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CompetencesStore } from '@academy/web/competences/data-access';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { FrameworkSectionComponent } from './framework-section.component';

/** The public catalogue of EU competence frameworks that courses, learners and mentors use. */
@Component({
  selector: 'academy-competences-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, FrameworkSectionComponent],
  templateUrl: './competences.page.html',
  styleUrl: './competences.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetencesPage {
  private readonly i18n = inject(TranslationService);
  readonly store = inject(CompetencesStore);

  /** Titles stay as the EU published them: screen readers must read them as English. */
  readonly contentLang = computed(() => (this.i18n.language() === 'en' ? null : 'en'));
  readonly source = computed(() => this.store.frameworks()[0]?.source ?? '');
}
