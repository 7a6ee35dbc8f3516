import { hintAndErrorIds } from './described-by';

describe('what a field or a group is described by', () => {
  it('names its hint, then its error, while it has them', () => {
    expect(hintAndErrorIds('mentor-bio', 'Tell mentees…', null)).toBe('mentor-bio-hint');
    expect(hintAndErrorIds('mentor-bio', 'Tell mentees…', 'Required')).toBe(
      'mentor-bio-hint mentor-bio-error',
    );
    expect(hintAndErrorIds('mentor-bio', null, 'Required')).toBe('mentor-bio-error');
  });

  it('is nothing when there is neither', () => {
    expect(hintAndErrorIds('mentor-bio', null, null)).toBeNull();
    expect(hintAndErrorIds('mentor-bio', '', '')).toBeNull();
  });
});
