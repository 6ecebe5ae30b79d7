import type cytoscape from 'cytoscape';

const svgNs = 'http://www.w3.org/2000/svg';

/** Outlines on a 16×16 box matching the canvas's node shapes closely enough to recognise them. */
const outlines: Partial<Record<cytoscape.Css.NodeShape, string>> = {
  'round-rectangle': 'M3 2h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z',
  rectangle: 'M2 2h12v12H2z',
  hexagon: 'M4 2h8l3 6-3 6H4L1 8z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  'round-triangle': 'M8 2l6.5 11.5h-13z',
  star: 'M8 1l2 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.8 3.7 14.3l1.1-4.9L1 6.1l5-.5z',
  'round-tag': 'M2 2h8l4 6-4 6H2z',
};

export function shapePath(shape: cytoscape.Css.NodeShape): string | null {
  return outlines[shape] ?? null;
}

export function shapeIcon(shape: cytoscape.Css.NodeShape, color: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  const path = shapePath(shape);
  const element = document.createElementNS(svgNs, path ? 'path' : 'circle');
  if (path) element.setAttribute('d', path);
  else {
    element.setAttribute('cx', '8');
    element.setAttribute('cy', '8');
    element.setAttribute('r', '6.5');
  }
  element.setAttribute('fill', color);
  svg.append(element);
  return svg;
}
