/**
 * What a field or a group is described by: its hint (`<id>-hint`) while it has one, then its
 * error (`<id>-error`) while it has one; null when neither.
 */
export function hintAndErrorIds(id: string, hint: unknown, error: unknown): string | null {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : null;
}
