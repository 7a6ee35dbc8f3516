import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { candidateIds, CourseEditorStore } from '@academy/web/authoring/data-access';
import { TranslatePipe } from '@academy/web/i18n';

/** Every problem the server found, each a link that moves focus to the field concerned. */
@Component({
  selector: 'academy-problem-list',
  imports: [TranslatePipe],
  template: `
    @if (store.problems().length) {
      <div class="au-problems" role="alert" tabindex="-1" id="document-problems">
        <h2>{{ 'authoring.problem.heading' | translate: { count: store.problems().length } }}</h2>
        <ul>
          @for (problem of store.problems(); track $index) {
            <li>
              <a [href]="'#' + problem.field" (click)="focus($event, problem.field)">
                <code>{{ problem.field }}</code>: <span lang="en">{{ problem.message }}</span>
              </a>
            </li>
          }
        </ul>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemListComponent {
  readonly store = inject(CourseEditorStore);

  focus(event: Event, path: string): void {
    event.preventDefault();
    for (const id of candidateIds(path)) {
      const el = document.getElementById(id);
      if (!el) continue;
      if (el.tagName === 'FIELDSET') {
        (el.querySelector('input, select, textarea, button') as HTMLElement | null)?.focus();
      } else el.focus();
      el.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
