import { nestHeadings } from './nest-headings';

describe('nestHeadings', () => {
  it('puts the author’s top heading right under the page’s, keeping the rest below it, up to h6', () => {
    expect(nestHeadings('<h1 id="a">A</h1><h2>B</h2><h5>C</h5><hr>', 2)).toBe('<h3 id="a">A</h3><h4>B</h4><h6>C</h6><hr>');
    expect(nestHeadings('<h2>Intro</h2><h3>Detail</h3>', 2)).toBe('<h3>Intro</h3><h4>Detail</h4>');
  });

  it('leaves HTML without headings (and look-alike tags) alone', () => {
    expect(nestHeadings('<header>x</header><p>h1</p>', 2)).toBe('<header>x</header><p>h1</p>');
  });
});
