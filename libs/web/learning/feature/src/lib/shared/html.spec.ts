import { nestHeadings } from './html';

describe('nestHeadings', () => {
  it('moves headings under the page’s own, up to h6', () => {
    expect(nestHeadings('<h1 id="a">A</h1><h2>B</h2><h5>C</h5><hr>', 2)).toBe(
      '<h3 id="a">A</h3><h4>B</h4><h6>C</h6><hr>',
    );
    expect(nestHeadings('<header>x</header><p>h1</p>', 2)).toBe('<header>x</header><p>h1</p>');
  });
});
