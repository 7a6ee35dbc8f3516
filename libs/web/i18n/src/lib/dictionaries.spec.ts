import { en } from './dictionaries/en';
import { es } from './dictionaries/es';
import { fr } from './dictionaries/fr';
import { it as italian } from './dictionaries/it';
import { pt } from './dictionaries/pt';
import { interpolate } from './interpolate';
import { detectLanguage } from './languages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const others = { it: italian, pt, es, fr };

  // The compiler already checks the keys; this catches what types cannot: an empty string,
  // a lost placeholder, or an English sentence pasted into another language.
  describe.each(Object.entries(others))('%s', (_language, dictionary) => {
    it.each(Object.keys(en) as (keyof typeof en)[])('translates %s', (key) => {
      expect(dictionary[key].trim()).not.toBe('');
      expect(placeholders(dictionary[key])).toEqual(placeholders(en[key]));
    });

    it('is a real translation, not a copy of English', () => {
      const copied = (Object.keys(en) as (keyof typeof en)[]).filter(
        (key) => dictionary[key] === en[key] && en[key].split(' ').length > 2,
      );
      expect(copied).toEqual([]);
    });
  });
});

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hi {name}, {missing}', { name: 'Ana' })).toBe('Hi Ana, {missing}');
  });
});

describe('detectLanguage', () => {
  it('prefers the stored choice, then the browser, then English', () => {
    expect(detectLanguage('fr', ['it-IT'])).toBe('fr');
    expect(detectLanguage(null, ['de-DE', 'pt-BR'])).toBe('pt');
    expect(detectLanguage('xx', ['de'])).toBe('en');
  });
});
