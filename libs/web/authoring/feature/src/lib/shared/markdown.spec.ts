import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings (nested under the page), lists, emphasis and links', () => {
    expect(renderMarkdown('# Title')).toBe('<h3>Title</h3>');
    expect(renderMarkdown('- one\n- **two**')).toBe(
      '<ul><li>one</li><li><strong>two</strong></li></ul>',
    );
    expect(renderMarkdown('1. a\n2. b')).toBe('<ol><li>a</li><li>b</li></ol>');
    expect(renderMarkdown('see [docs](https://example.org) and *this*')).toBe(
      '<p>see <a href="https://example.org" rel="noopener">docs</a> and <em>this</em></p>',
    );
  });

  it('escapes HTML and ignores unsafe links', () => {
    expect(renderMarkdown('<script>x</script>')).toBe('<p>&lt;script&gt;x&lt;/script&gt;</p>');
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
  });
});
