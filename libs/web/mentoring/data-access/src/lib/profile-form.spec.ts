import type { MenteeProfileView } from '@academy/shared/contracts';
import {
  type MenteeFormValue,
  menteeFormValue,
  menteeRequest,
  type MentorFormValue,
  mentorRequest,
  orderedLanguages,
  splitCompetenceCode,
  targetNotAbove,
  upsertByCode,
} from './profile-form';

const mentee: MenteeFormValue = {
  goals: '  Grow my care cooperative’s finances  ',
  competences: [
    { code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5 },
    { code: 'digcomp:1.1', currentLevel: null, targetLevel: null },
    { code: 'entrecomp:3.2', currentLevel: 0, targetLevel: null },
  ],
  sector: 'care_services',
  firstLanguage: 'it',
  otherLanguages: ['fr', 'it', 'en'],
  formats: ['in-person', 'online'],
  availability: ['weekend', 'weekday-evening', 'someday'],
  experienceYears: 3,
};

describe('the mentee profile form', () => {
  it('sends the first language first, the levels given, and the vocabulary in its own order', () => {
    expect(menteeRequest(mentee, 'm-1')).toEqual({
      goals: 'Grow my care cooperative’s finances',
      competences: [
        { code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5 },
        { code: 'digcomp:1.1' },
        { code: 'entrecomp:3.2', currentLevel: 0 },
      ],
      sector: 'care_services',
      languages: ['it', 'en', 'fr'],
      formats: ['online', 'in-person'],
      availability: ['weekday-evening', 'weekend'],
      experienceYears: 3,
      preferredMentorId: 'm-1',
    });
  });

  it('sends no sector when none (or an unknown one) is chosen, and no preferred mentor by default', () => {
    const request = menteeRequest({ ...mentee, sector: '', experienceYears: null });
    expect(request.sector).toBeNull();
    expect(request.experienceYears).toBe(0);
    expect(request.preferredMentorId).toBeNull();
    expect(menteeRequest({ ...mentee, sector: 'space_travel' }).sector).toBeNull();
  });

  it('reads a saved profile back into the form it came from', () => {
    const saved: MenteeProfileView = {
      userId: 'u1',
      ...menteeRequest(mentee, null),
      preferredMentor: null,
    };
    const value = menteeFormValue(saved, 'en');
    expect(value.firstLanguage).toBe('it');
    expect(value.otherLanguages).toEqual(['en', 'fr']);
    expect(value.competences[1]).toEqual({
      code: 'digcomp:1.1',
      currentLevel: null,
      targetLevel: null,
    });
    expect(menteeRequest(value)).toEqual(menteeRequest(mentee));
  });

  it('starts a new profile in the reader’s language, online', () => {
    expect(menteeFormValue(null, 'pt')).toMatchObject({
      firstLanguage: 'pt',
      otherLanguages: [],
      formats: ['online'],
      competences: [],
    });
  });

  it('orders languages with the preferred one first, each once', () => {
    expect(orderedLanguages('fr', ['fr', 'es', 'xx', 'en'])).toEqual(['fr', 'en', 'es']);
    expect(orderedLanguages('', ['es', 'en'])).toEqual(['en', 'es']);
  });

  it('refuses a target level that is not above the current one', () => {
    expect(targetNotAbove({ currentLevel: 4, targetLevel: 4 })).toBe(true);
    expect(targetNotAbove({ currentLevel: 4, targetLevel: 5 })).toBe(false);
    expect(targetNotAbove({ currentLevel: null, targetLevel: 1 })).toBe(false);
  });
});

describe('the mentor profile form', () => {
  const mentor: MentorFormValue = {
    bio: '  Twenty years running a social farm near Pordenone.  ',
    organisation: ' Coop Terra ',
    legalForm: 'cooperative',
    sectors: ['food', 'social_agriculture'],
    competences: [{ code: 'entrecomp:2.4', level: 6 }],
    languages: ['it', 'en'],
    formats: ['online'],
    capacity: 3,
    availability: [],
    experienceYears: 20,
  };

  it('sends the texts trimmed and the choices in the vocabulary’s order', () => {
    expect(mentorRequest(mentor)).toEqual({
      bio: 'Twenty years running a social farm near Pordenone.',
      organisation: 'Coop Terra',
      legalForm: 'cooperative',
      sectors: ['social_agriculture', 'food'],
      competences: [{ code: 'entrecomp:2.4', level: 6 }],
      languages: ['en', 'it'],
      formats: ['online'],
      capacity: 3,
      availability: [],
      experienceYears: 20,
    });
  });
});

describe('competence lists', () => {
  it('replace an entry of the same code instead of adding it twice', () => {
    const list = [
      { code: 'entrecomp:2.4', level: 3 },
      { code: 'entrecomp:1.1', level: 2 },
    ];
    expect(upsertByCode(list, { code: 'entrecomp:2.4', level: 6 })).toEqual([
      { code: 'entrecomp:2.4', level: 6 },
      { code: 'entrecomp:1.1', level: 2 },
    ]);
    expect(upsertByCode(list, { code: 'digcomp:2.1', level: 4 })).toHaveLength(3);
  });

  it('split a code into its framework and the competence’s own code', () => {
    expect(splitCompetenceCode('entrecomp:2.4')).toEqual({ framework: 'entrecomp', code: '2.4' });
    expect(splitCompetenceCode('2.4')).toEqual({ framework: '', code: '2.4' });
  });
});
