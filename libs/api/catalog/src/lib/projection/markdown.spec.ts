import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('keeps what authors need: headings, lists, emphasis, code, quotes, tables, images', () => {
    const html = renderMarkdown(
      '# Title\n\n- **bold** and *em*\n\n> quote\n\n`x = 1`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![Members](https://img.example/m.png)',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<li><strong>bold</strong> and <em>em</em></li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>x = 1</code>');
    expect(html).toContain('<table>');
    expect(html).toContain('<img src="https://img.example/m.png" alt="Members" />');
  });

  it('gives every link rel="noopener noreferrer", even one that sets its own rel', () => {
    expect(renderMarkdown('[ICA](https://ica.coop)')).toBe(
      '<p><a href="https://ica.coop" rel="noopener noreferrer">ICA</a></p>',
    );
    expect(renderMarkdown('<a href="https://x.eu" rel="opener">x</a>')).toContain(
      'rel="noopener noreferrer"',
    );
    expect(renderMarkdown('[mail](mailto:info@coop.eu)')).toContain('href="mailto:info@coop.eu"');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>hello', /<script|alert/],
    ['a style tag', '<style>body{display:none}</style>hello', /<style|display/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    ['an inline handler', '<img src="https://x.eu/a.png" onerror="alert(1)">', /onerror|alert/],
    ['a handler on a link', '<a href="https://x.eu" onclick="steal()">x</a>', /onclick|steal/],
    ['a javascript: link in Markdown', '[click](javascript:alert(1))', /javascript:|alert/],
    ['a javascript: link in HTML', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:|alert/i],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">x</a>',
      /avascript|alert/,
    ],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', /data:/],
    ['a javascript: image', '<img src="javascript:alert(1)">', /javascript|alert/],
    ['a form', '<form action="https://evil.example"><input name="p"></form>', /<form|<input|evil/],
    ['a style attribute', '<p style="position:fixed">x</p>', /style=|position/],
    ['an svg with a handler', '<svg onload="alert(1)"><circle/></svg>', /svg|onload|alert/],
    ['a protocol-relative image', '<img src="//evil.example/x.png">', /evil/],
  ])('removes %s', (_, input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });

  it('keeps the text around what it removes', () => {
    expect(renderMarkdown('Before <script>alert(1)</script> after')).toBe('<p>Before  after</p>');
  });
});
