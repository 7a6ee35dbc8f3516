import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Dictionary, TranslationKey } from './dictionaries/en';
import { interpolate, type TranslationParams } from './interpolate';
import { detectLanguage, LANGUAGE_STORAGE_KEY, type Language } from './languages';

// One dynamic import per language: the bundler emits a chunk for each, so a learner on a slow
// link downloads only the dictionary they read.
const LOADERS: Readonly<Record<Language, () => Promise<Dictionary>>> = {
  en: () => import('./dictionaries/en').then((m) => m.en),
  it: () => import('./dictionaries/it').then((m) => m.it),
  pt: () => import('./dictionaries/pt').then((m) => m.pt),
  es: () => import('./dictionaries/es').then((m) => m.es),
  fr: () => import('./dictionaries/fr').then((m) => m.fr),
};

@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(
    detectLanguage(readStored(), this.document.defaultView?.navigator.languages ?? []),
  );
  private readonly dictionary = signal<Dictionary | null>(null);
  private latestRequest = 0;

  readonly language = this.current.asReadonly();
  readonly ready = computed(() => this.dictionary() !== null);

  /** Loads the detected language; the app waits for it so no raw key is ever shown. */
  init(): Promise<void> {
    return this.use(this.current());
  }

  async use(language: Language): Promise<void> {
    // Only the last choice wins when a slow dictionary arrives after a quicker later one.
    const request = ++this.latestRequest;
    const dictionary = await LOADERS[language]();
    if (request !== this.latestRequest) return;
    this.dictionary.set(dictionary);
    this.current.set(language);
    this.document.documentElement.lang = language;
    writeStored(language);
  }

  /** Reads signals, so templates and computeds that call it update when the language changes. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const template = this.dictionary()?.[key] ?? key;
    return interpolate(template, params);
  }
}

// Storage can throw (private browsing, blocked cookies): the language then lives for the visit only.
function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeStored(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Nothing to do: see readStored.
  }
}
