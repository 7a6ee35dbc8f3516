import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Cohort } from '@academy/shared/contracts';
import { TranslatePipe } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import {
  applyServerErrors,
  ControlErrorPipe,
  FormAlertComponent,
  focusFirstInvalid,
  messageSlot,
} from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import {
  COHORT_NAME_MAX,
  cohortRequest,
  CohortsStore,
  endsBeforeStart,
  partnerTerritories,
} from '@academy/web/teaching/data-access';
import { teachingErrorMessage } from '../shared/teaching-errors';

/**
 * "Create a cohort": a name, optional dates, and for partner admins of several territories the
 * territory it belongs to (with one, the API takes it).
 */
@Component({
  selector: 'academy-cohort-form',
  imports: [ReactiveFormsModule, TranslatePipe, ControlErrorPipe, FormAlertComponent],
  template: `
    @let f = form.controls;
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <academy-form-alert [message]="error.text()" />
      <div class="tc-field">
        <label for="cohort-name">{{ 'teaching.cohorts.name' | translate }}</label>
        <input
          id="cohort-name"
          formControlName="name"
          autocomplete="off"
          required
          [attr.maxlength]="nameMax"
          [attr.aria-invalid]="shows(f.name) ? 'true' : null"
          [attr.aria-describedby]="'cohort-name-hint' + (shows(f.name) ? ' cohort-name-error' : '')"
        />
        <p class="tc-hint" id="cohort-name-hint">{{ 'teaching.cohorts.nameHint' | translate }}</p>
        @if (shows(f.name)) {
          <p class="field-error" id="cohort-name-error">{{ f.name | controlError }}</p>
        }
      </div>
      <div class="tc-row">
        <div class="tc-field">
          <label for="cohort-starts">{{ 'teaching.cohorts.startsLabel' | translate }}</label>
          <input
            id="cohort-starts"
            type="date"
            formControlName="startsOn"
            [attr.aria-invalid]="shows(f.startsOn) ? 'true' : null"
            [attr.aria-describedby]="shows(f.startsOn) ? 'cohort-starts-error' : null"
          />
          @if (shows(f.startsOn)) {
            <p class="field-error" id="cohort-starts-error">{{ f.startsOn | controlError }}</p>
          }
        </div>
        <div class="tc-field">
          <label for="cohort-ends">{{ 'teaching.cohorts.endsLabel' | translate }}</label>
          <input
            id="cohort-ends"
            type="date"
            formControlName="endsOn"
            [attr.aria-invalid]="shows(f.endsOn) ? 'true' : null"
            [attr.aria-describedby]="shows(f.endsOn) ? 'cohort-ends-error' : null"
          />
          @if (shows(f.endsOn)) {
            <p class="field-error" id="cohort-ends-error">{{ f.endsOn | controlError }}</p>
          }
        </div>
      </div>
      @if (territoryChoices().length > 1) {
        <div class="tc-field">
          <label for="cohort-territory">{{ 'teaching.cohorts.territory' | translate }}</label>
          <select
            id="cohort-territory"
            formControlName="territoryId"
            [attr.required]="isAdmin() ? null : ''"
            [attr.aria-invalid]="shows(f.territoryId) ? 'true' : null"
            [attr.aria-describedby]="
              'cohort-territory-hint' + (shows(f.territoryId) ? ' cohort-territory-error' : '')
            "
          >
            <option value="">
              {{
                (isAdmin() ? 'teaching.cohorts.noTerritory' : 'teaching.cohorts.chooseTerritory')
                  | translate
              }}
            </option>
            @for (t of territoryChoices(); track t.id) {
              <option [value]="t.id">{{ t.name }}</option>
            }
          </select>
          <p class="tc-hint" id="cohort-territory-hint">
            {{ 'teaching.cohorts.territoryHint' | translate }}
          </p>
          @if (shows(f.territoryId)) {
            <p class="field-error" id="cohort-territory-error">
              {{ f.territoryId | controlError }}
            </p>
          }
        </div>
      }
      <button
        type="submit"
        class="tc-button tc-button--primary"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
      >
        {{ (busy() ? 'teaching.cohorts.creating' : 'teaching.cohorts.create') | translate }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortFormComponent {
  private readonly store = inject(CohortsStore);
  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly created = output<Cohort>();
  readonly nameMax = COHORT_NAME_MAX;
  readonly busy = signal(false);
  readonly error = messageSlot();
  readonly isAdmin = computed(() => this.auth.hasAnyRole(['admin']));
  readonly territoryChoices = computed(() => partnerTerritories(this.auth.user()?.roles ?? []));
  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(COHORT_NAME_MAX)]],
    startsOn: [''],
    endsOn: [''],
    territoryId: [''],
  });

  shows(control: { invalid: boolean; touched: boolean }): boolean {
    return control.invalid && control.touched;
  }

  async submit(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const controls = this.form.controls;
    // Errors set by an earlier submit go, so a fix made in another field (the start date) counts.
    for (const control of Object.values(controls)) control.updateValueAndValidity({ onlySelf: true });
    this.form.updateValueAndValidity();
    if (!value.name.trim()) controls.name.setErrors({ required: true });
    if (endsBeforeStart(value))
      controls.endsOn.setErrors({ server: 'teaching.cohorts.endsBeforeStart' });
    if (this.territoryChoices().length > 1 && !this.isAdmin() && !value.territoryId)
      controls.territoryId.setErrors({ server: 'teaching.cohorts.territoryRequired' });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'validation.summary' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const cohort = await this.store.create(cohortRequest(value));
      this.form.reset();
      this.created.emit(cohort);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'cohort_exists') {
        controls.name.setErrors({ server: 'teaching.cohorts.nameTaken' });
        controls.name.markAsTouched();
      } else if (error.fieldErrors.some((f) => f.field === 'endsOn')) {
        controls.endsOn.setErrors({ server: 'teaching.cohorts.endsBeforeStart' });
        controls.endsOn.markAsTouched();
      } else applyServerErrors(this.form, error);
      this.error.set(teachingErrorMessage(error));
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
