import { competenceName, levelName, type NamedFramework } from './competence-names';

// frameworkName lives in the i18n library, whose index also loads Angular (ES modules only).
jest.mock('@academy/web/i18n', () => ({
  frameworkName: (code: string) => ({ entrecomp: 'EntreComp', digcomp: 'DigComp' })[code] ?? code,
}));

const frameworks: NamedFramework[] = [
  {
    code: 'entrecomp',
    levels: [
      { level: 5, name: 'Improve', band: 'Advanced' },
      { level: 6, name: 'Reinforce', band: 'Advanced' },
    ],
    areas: [{ competences: [{ code: '2.4', title: 'Financial and economic literacy' }] }],
  },
  {
    code: 'greencomp',
    levels: [],
    areas: [{ competences: [{ code: '1.1', title: 'Valuing sustainability' }] }],
  },
];

describe('competence names', () => {
  it('names a competence by its title and its framework’s code', () => {
    expect(competenceName(frameworks, 'entrecomp:2.4')).toBe(
      'Financial and economic literacy (EntreComp 2.4)',
    );
  });

  it('falls back to the code while the catalogue is loading or for a code it does not know', () => {
    expect(competenceName([], 'entrecomp:2.4')).toBe('EntreComp 2.4');
    expect(competenceName(frameworks, 'digcomp:9.9')).toBe('DigComp 9.9');
  });

  it('names levels when the framework does', () => {
    expect(levelName(frameworks, 'entrecomp:2.4', 6)).toBe('6 · Reinforce');
    expect(levelName(frameworks, 'greencomp:1.1', 3)).toBe('3');
  });
});
