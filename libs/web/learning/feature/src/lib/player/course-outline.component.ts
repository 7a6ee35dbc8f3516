import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { lessonKindKey, TranslatePipe } from '@academy/web/i18n';
import { PlayerStore } from '@academy/web/learning/data-access';
import { lessonStatusKey } from '../shared/labels';
import { LessonStatusIconComponent } from '../shared/lesson-status-icon.component';

/**
 * The course's modules and lessons, each with the learner's status; the lesson shown is the
 * current page. Folded on phones behind a toggle (it would push the lesson far down); always
 * shown on wide screens.
 */
@Component({
  selector: 'academy-course-outline',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LessonStatusIconComponent],
  template: `
    @if (store.course(); as course) {
      <nav class="outline" aria-labelledby="outline-title">
        <div class="outline__head">
          <h2 id="outline-title" class="outline__title">
            {{ 'learning.outline.label' | translate }}
          </h2>
          <button
            type="button"
            class="ln-button outline__toggle"
            aria-controls="outline-list"
            [attr.aria-expanded]="open()"
            (click)="open.set(!open())"
          >
            {{ (open() ? 'learning.outline.hide' : 'learning.outline.show') | translate }}
          </button>
        </div>
        <p class="outline__count">
          {{ 'learning.outline.count' | translate: { done: doneCount(), total: total() } }}
        </p>
        <ol id="outline-list" class="outline__modules" [class.is-open]="open()">
          @for (module of course.modules; track module.id; let m = $index) {
            <li>
              <h3 class="outline__module">
                <span class="outline__number">{{
                  'course.module' | translate: { number: m + 1 }
                }}</span>&ngsp;<span [attr.lang]="course.language">{{ module.title }}</span>
              </h3>
              <ol class="outline__lessons">
                @for (lesson of module.lessons; track lesson.id) {
                  @let status = store.status(lesson.id);
                  <li>
                    <a
                      class="outline__lesson"
                      [routerLink]="['/learn', store.enrolmentId(), 'lessons', lesson.id]"
                      routerLinkActive="is-current"
                      ariaCurrentWhenActive="page"
                    >
                      <academy-lesson-status-icon
                        [status]="status"
                        [label]="lessonStatusKey(status) | translate"
                      />
                      <span>
                        <span class="outline__kind"
                          >{{ lessonKindKey(lesson.kind) | translate
                          }}<span class="visually-hidden">:</span></span
                        >
                        <span class="outline__name" [attr.lang]="course.language">{{
                          lesson.title
                        }}</span>
                        @if (!lesson.required) {
                          <span class="outline__kind">({{ 'course.optional' | translate }})</span>
                        }
                      </span>
                    </a>
                  </li>
                }
              </ol>
            </li>
          }
        </ol>
      </nav>
    }
  `,
  styles: `
    .outline {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0 0.75rem 0.5rem;
      background: var(--mat-sys-surface-container-low);
    }
    .outline__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .outline__title {
      margin-block: 0.75rem;
      font-size: 1.125rem;
    }
    .outline__modules {
      display: none;
      &.is-open {
        display: block;
      }
    }
    @media (min-width: 60rem) {
      .outline__toggle {
        display: none;
      }
      .outline__modules {
        display: block;
      }
    }
    .outline__modules,
    .outline__lessons {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .outline__module {
      margin-block: 0.75rem 0.25rem;
      font-size: 1rem;
    }
    .outline__number {
      color: var(--mat-sys-primary);
    }
    .outline__lesson {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      min-height: 44px;
      padding: 0.5rem;
      border-radius: 8px;
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      &:hover .outline__name {
        text-decoration: underline;
      }
      &.is-current {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
        font-weight: 600;
        box-shadow: inset 4px 0 0 var(--mat-sys-primary);
      }
    }
    .outline__kind {
      display: block;
      font-size: 0.8125rem;
    }
    .outline__count {
      margin: 0 0 0.5rem;
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseOutlineComponent {
  readonly store = inject(PlayerStore);
  readonly lessonKindKey = lessonKindKey;
  readonly lessonStatusKey = lessonStatusKey;
  /** On phones only: wide screens always show the lessons (and hide the toggle). */
  readonly open = signal(false);
  readonly total = computed(() => this.store.plan().length);
  readonly doneCount = computed(
    () => this.store.plan().filter((p) => this.store.status(p.lesson.id) === 'done').length,
  );
}
