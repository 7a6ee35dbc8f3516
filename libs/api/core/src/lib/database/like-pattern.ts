/** An ILIKE pattern finding `text` anywhere, its own % and _ taken literally (escaped with \). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
