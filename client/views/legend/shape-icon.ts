import type cytoscape from 'cytoscape';
import { shapePath } from '../canvas/node-shapes.ts';

const svgNs = 'http://www.w3.org/2000/svg';

/** A kind's shape and colour at icon size: the canvas's own shape (node-shapes.ts), on a 16×16 box. */
export function shapeIcon(shape: cytoscape.Css.NodeShape, color: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  svg.dataset.shape = shape;
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', shapePath(shape, 8, 8, 14, 14));
  path.setAttribute('fill', color);
  svg.append(path);
  return svg;
}
