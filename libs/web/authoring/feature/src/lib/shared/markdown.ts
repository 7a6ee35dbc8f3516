/**
 * A deliberately tiny Markdown renderer for the editor's preview: headings, paragraphs,
 * bulleted and numbered lists, bold, italics, inline code and http(s) links. Everything is
 * escaped first, and the result still goes through Angular's [innerHTML] sanitiser. The
 * server renders the published course with a full renderer; this is only a preview.
 */
export function renderMarkdown(source: string): string {
  const blocks = escapeHtml(source.replace(/\r\n?/g, '\n')).split(/\n{2,}/);
  return blocks.map(renderBlock).join('\n');
}

function renderBlock(block: string): string {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return '';
  const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
  if (heading && lines.length === 1) {
    const level = Math.min(6, heading[1].length + 2);
    return `<h${level}>${inline(heading[2])}</h${level}>`;
  }
  if (lines.every((l) => /^\s*[-*+]\s+/.test(l))) {
    return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`).join('')}</ul>`;
  }
  if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
    return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
  }
  return `<p>${lines.map(inline).join('<br>')}</p>`;
}

function inline(text: string): string {
  return text
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)"]+)\)/g, '<a href="$2" rel="noopener">$1</a>');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
