import type cytoscape from 'cytoscape';
import { shapePath } from './node-shapes.ts';
import { labelFont } from './stylesheet.ts';

const svgNs = 'http://www.w3.org/2000/svg';

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/**
 * Cytoscape draws on canvas only, so the SVG is rebuilt from the model: positions, kind colours and
 * the canvas's own shapes and sizes (node-shapes.ts), and labels as real text (kept searchable and
 * shaped by whatever opens the file). `elements` is what to draw: the visible graph or the selection.
 */
export function canvasToSvg(cy: cytoscape.Core, elements: cytoscape.CollectionArgument = cy.elements(':visible')): string {
  const visible = elements.filter(':visible');
  const box = visible.boundingBox({ includeLabels: true });
  const pad = 20;
  const svg = element('svg', {
    xmlns: svgNs,
    viewBox: `${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}`,
    width: Math.round(box.w + 2 * pad),
    height: Math.round(box.h + 2 * pad),
  });
  const defs = element('defs', {});
  const marker = element('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(element('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#98a2ad' }));
  defs.append(marker);
  svg.append(defs, element('rect', { x: box.x1 - pad, y: box.y1 - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, fill: '#ffffff' }));

  for (const edge of visible.edges()) {
    if (!visible.contains(edge.source()) || !visible.contains(edge.target())) continue;
    const source = edge.source().position();
    const target = edge.target().position();
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy) || 1;
    const r = edge.target().width() / 2 + 2;
    svg.append(
      element('line', {
        x1: source.x,
        y1: source.y,
        x2: target.x - (dx / length) * r,
        y2: target.y - (dy / length) * r,
        stroke: '#98a2ad',
        'stroke-width': 1.6,
        'marker-end': 'url(#arrow)',
        'data-type': String(edge.data('type')),
      }),
    );
  }
  for (const node of visible.nodes()) {
    const { x, y } = node.position();
    const w = node.width();
    const h = node.height();
    const shape = String(node.data('shape'));
    const group = element('g', { 'data-id': node.id() });
    group.append(element('path', { d: shapePath(shape, x, y, w, h), fill: String(node.data('color')), stroke: '#ffffff', 'stroke-width': 2, 'data-shape': shape }));
    const font = Number(node.data('font')) || 15;
    String(node.data('display'))
      .replace(/[\u2066-\u2069]/g, '')
      .split('\n')
      .forEach((line, index) => {
        const text = element('text', {
          x,
          y: y + h / 2 + 3 + font * (1 + index * 1.45),
          'text-anchor': 'middle',
          'font-family': labelFont,
          'font-size': font,
          fill: '#1b1f24',
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        });
        text.textContent = line;
        if (/[\u0600-\u06FF]/.test(line)) text.setAttribute('direction', 'rtl');
        group.append(text);
      });
    svg.append(group);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
