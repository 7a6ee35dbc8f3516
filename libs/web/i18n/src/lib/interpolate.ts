import type { TranslationKey } from './dictionaries/en';

export type TranslationParams = Readonly<Record<string, string | number>>;

/** A message kept as key + params, so it is re-translated when the language changes. */
export interface TranslatedMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
