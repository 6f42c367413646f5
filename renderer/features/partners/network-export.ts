/*
 * Cytoscape exports the graph cropped to its bounding box: a label at the edge touches the border
 * of the picture, and gets cut when the picture is put in a slide or a report. These add a white
 * margin all round. (Cytoscape's png() has no padding option, and cytoscape-svg none either.)
 */

/** The margin, in the graph's own pixels (doubled in a PNG drawn at twice the size). */
export const EXPORT_MARGIN = 24;

const SVG_NS = 'http://www.w3.org/2000/svg';

const length = (svg: Element, name: 'width' | 'height') => {
  const value = Number.parseFloat(svg.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : 0;
};

/**
 * The SVG with `margin` more on every side: a wider picture whose view box starts before the
 * drawing, on a white ground (the original only paints its own box white).
 */
export function padSvg(text: string, margin = EXPORT_MARGIN): string {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return text;
  const width = length(svg, 'width');
  const height = length(svg, 'height');
  const [x = 0, y = 0, w = width, h = height] = (
    svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`
  )
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  // A view box may scale the drawing: the margin is in the drawing's units, as the labels are.
  const inner = width > 0 ? (margin * w) / width : margin;
  const box = { x: x - inner, y: y - inner, width: w + 2 * inner, height: h + 2 * inner };
  svg.setAttribute('width', String(width + 2 * margin));
  svg.setAttribute('height', String(height + 2 * margin));
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  const ground = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ ...box, fill: 'white' })) {
    ground.setAttribute(name, String(value));
  }
  // After the definitions, before anything drawn: underneath it all.
  const firstDrawn = [...svg.children].find((child) => child.localName !== 'defs') ?? null;
  svg.insertBefore(ground, firstDrawn);
  return new XMLSerializer().serializeToString(svg);
}

/** The PNG drawn again on a white canvas `margin` pixels larger on every side. */
export async function padPng(png: Blob, margin: number): Promise<Blob> {
  const image = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + 2 * margin;
  canvas.height = image.height + 2 * margin;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to pad the PNG on');
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, margin, margin);
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The padded PNG could not be made'))),
      'image/png',
    ),
  );
}
