/**
 * Moves the headings of server-rendered HTML (a course description, a lesson) so they nest
 * under the page's own heading of level `under`: the shallowest heading the author used becomes
 * level `under + 1` and the others keep their distance below it (h6 at most), so no level is
 * skipped whether authors start at # or ##. The HTML is the server's sanitised output, whose
 * tags are well formed.
 */
export function nestHeadings(html: string, under: number): string {
  const levels = [...html.matchAll(/<h([1-6])(?=[\s>])/gi)].map((m) => Number(m[1]));
  if (levels.length === 0) return html;
  const shift = under + 1 - Math.min(...levels);
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}`,
  );
}
