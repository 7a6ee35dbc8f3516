/**
 * Moves the headings of a course description down so they nest under the page's own: the
 * description sits under an h2, so an author's h1 becomes an h3 (h6 at most). The HTML is
 * the server's sanitised output, whose tags are well formed.
 */
export function nestHeadings(html: string, under: number): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + under)}`,
  );
}
