/**
 * Moves the headings of server-rendered lesson HTML down so they nest under the page's own:
 * under an h2, an author's h1 becomes an h3 (h6 at most). The HTML is the server's sanitised
 * output, whose tags are well formed. (The same rule as the catalogue's course description.)
 */
export function nestHeadings(html: string, under: number): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + under)}`,
  );
}
