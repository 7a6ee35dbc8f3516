import { nestHeadings } from './description-html';

describe('nestHeadings', () => {
  it('nests the description headings under the page headings, h6 at most', () => {
    expect(nestHeadings('<h1 id="a">A</h1><p>x</p><h2>B</h2><H5>C</H5><hr>', 2)).toBe(
      '<h3 id="a">A</h3><p>x</p><h4>B</h4><h6>C</h6><hr>',
    );
    expect(nestHeadings('<header>no heading</header>', 2)).toBe('<header>no heading</header>');
  });
});
