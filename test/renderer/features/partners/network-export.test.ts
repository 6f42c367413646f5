import { describe, expect, it } from 'vitest';
import { padSvg } from '../../../../renderer/features/partners/network-export';

/** What cytoscape-svg makes: a box exactly the drawing's size, painted white, labels to its edge. */
const exported =
  '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="704" height="307"><defs/><g><rect fill="white" stroke="none" x="0" y="0" width="704" height="307"/><text x="0" y="300">Mobile Crisis Team</text></g></svg>';

const parse = (text: string) =>
  new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;

describe('padSvg', () => {
  it('adds a white margin on every side, the drawing untouched inside it', () => {
    const padded = padSvg(exported, 24);
    expect(padded).toMatch(/^<svg/);
    const svg = parse(padded);
    expect(svg.getAttribute('width')).toBe('752');
    expect(svg.getAttribute('height')).toBe('355');
    expect(svg.getAttribute('viewBox')).toBe('-24 -24 752 355');
    // The white ground is under everything drawn, after the definitions.
    const [defs, ground, drawing] = [...svg.children];
    expect(defs?.localName).toBe('defs');
    expect(ground?.localName).toBe('rect');
    expect(['x', 'y', 'width', 'height', 'fill'].map((name) => ground?.getAttribute(name))).toEqual(
      ['-24', '-24', '752', '355', 'white'],
    );
    expect(drawing?.querySelector('text')?.textContent).toBe('Mobile Crisis Team');
    expect(drawing?.querySelector('text')?.getAttribute('x')).toBe('0');
  });

  it('keeps the margin in the drawing’s units when a view box scales it', () => {
    const scaled = exported.replace('height="307">', 'height="307" viewBox="0 0 1408 614">');
    const svg = parse(padSvg(scaled, 24));
    expect(svg.getAttribute('width')).toBe('752');
    expect(svg.getAttribute('viewBox')).toBe('-48 -48 1504 710');
  });

  it('leaves what it cannot read as it is', () => {
    expect(padSvg('not an svg', 24)).toBe('not an svg');
  });
});
