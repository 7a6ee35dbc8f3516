import type { RoleAssignment } from '@academy/web/identity/data-access';
import { cohortRequest, endsBeforeStart, partnerTerritories } from './cohort-form';

describe('the cohort form', () => {
  it('sends the name trimmed and leaves out what was not filled in', () => {
    expect(
      cohortRequest({ name: '  Spring 2026 ', startsOn: '', endsOn: '', territoryId: '' }),
    ).toEqual({
      name: 'Spring 2026',
    });
    expect(
      cohortRequest({
        name: 'Autumn',
        startsOn: '2026-09-01',
        endsOn: '2026-12-15',
        territoryId: 't2',
      }),
    ).toEqual({ name: 'Autumn', startsOn: '2026-09-01', endsOn: '2026-12-15', territoryId: 't2' });
  });

  it('notices an end before the start', () => {
    expect(endsBeforeStart({ startsOn: '2026-09-01', endsOn: '2026-08-31' })).toBe(true);
    expect(endsBeforeStart({ startsOn: '2026-09-01', endsOn: '2026-09-01' })).toBe(false);
    expect(endsBeforeStart({ startsOn: '', endsOn: '2026-08-31' })).toBe(false);
  });

  it('offers the territories the person administers, once each, by name', () => {
    const roles: RoleAssignment[] = [
      { id: 'r1', role: 'trainer', territoryId: null, territoryName: null },
      { id: 'r2', role: 'partner_admin', territoryId: 't2', territoryName: 'Pordenone' },
      { id: 'r3', role: 'partner_admin', territoryId: 't1', territoryName: 'Braga' },
      { id: 'r4', role: 'mentor', territoryId: 't3', territoryName: 'Lyon' },
      { id: 'r5', role: 'partner_admin', territoryId: 't2', territoryName: 'Pordenone' },
    ];
    expect(partnerTerritories(roles)).toEqual([
      { id: 't1', name: 'Braga' },
      { id: 't2', name: 'Pordenone' },
    ]);
  });
});
