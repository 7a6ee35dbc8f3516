import type { RoleAssignment } from '@academy/web/identity/data-access';
import type { NewCohortRequest, TerritoryChoice } from './teaching.models';

/** The API's limit on a cohort's name. */
export const COHORT_NAME_MAX = 120;

export interface CohortFormValue {
  name: string;
  startsOn: string;
  endsOn: string;
  territoryId: string;
}

/** The request for a filled-in form: the name trimmed, empty dates and territory left out. */
export function cohortRequest(value: CohortFormValue): NewCohortRequest {
  const request: NewCohortRequest = { name: value.name.trim() };
  if (value.startsOn) request.startsOn = value.startsOn;
  if (value.endsOn) request.endsOn = value.endsOn;
  if (value.territoryId) request.territoryId = value.territoryId;
  return request;
}

/** An end before the start (dates as YYYY-MM-DD compare as text). */
export function endsBeforeStart(value: Pick<CohortFormValue, 'startsOn' | 'endsOn'>): boolean {
  return !!value.startsOn && !!value.endsOn && value.endsOn < value.startsOn;
}

/**
 * The territories a person administers as partner admin, by name. A partner admin of one
 * territory need not choose (the API takes it); of several, they choose the cohort's.
 */
export function partnerTerritories(roles: readonly RoleAssignment[]): TerritoryChoice[] {
  const byId = new Map<string, string>();
  for (const r of roles) {
    if (r.role === 'partner_admin' && r.territoryId && !byId.has(r.territoryId))
      byId.set(r.territoryId, r.territoryName ?? r.territoryId);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
