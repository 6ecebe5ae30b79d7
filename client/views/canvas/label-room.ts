/**
 * The room a node's label needs in either language. Layouts keep that room free, so switching the labels
 * between Arabic and English changes them in place: no label lands on another, and no node has to move.
 */
import type cytoscape from 'cytoscape';
import { displayLabel } from './label-text.ts';
import { labelFont } from './stylesheet.ts';
import { textWidth } from './text-measure.ts';

/** Cytoscape's text-background-padding around a label, on each side (stylesheet.ts). */
const PADDING = 4;

/** Width and height of one label as Cytoscape lays it out: its wrapped lines, `lineHeight` font sizes high each. */
function labelSize(display: string, fontSize: number, bold: boolean, lineHeight = 1): { w: number; h: number } {
  const font = `${bold ? 'bold ' : ''}${fontSize}px ${labelFont}`;
  // The lines come wrapped (label-text.ts), and are measured with their direction isolates, as Cytoscape
  // measures them (a font may give the isolates width).
  const lines = display.split('\n');
  return { w: Math.max(0, ...lines.map((line) => textWidth(line, font, fontSize))) + 2 * PADDING, h: lines.length * fontSize * lineHeight + 2 * PADDING };
}

/** Cytoscape's text-margin-y between a node and its label (stylesheet.ts). */
const MARGIN = 3;

/** Where the node's label is drawn when it shows at its own size, in model coordinates. */
export function labelBox(node: cytoscape.NodeSingular): { x1: number; y1: number; x2: number; y2: number } {
  const fontSize = Number(node.data('font')) || 15;
  const size = labelSize(String(node.data('display') ?? ''), fontSize, node.selected(), node.data('lines') === 'two' ? 1.45 : 1);
  const at = node.position();
  const top = at.y + node.height() / 2 + MARGIN;
  return { x1: at.x - size.w / 2, y1: top, x2: at.x + size.w / 2, y2: top + size.h };
}

/**
 * The larger of the node's labels in the two languages (data `labelAr` and `labelEn`), `shown` being the
 * size of the label drawn now, for the nodes whose labels show at the first zoom (hubs and well-connected
 * nodes). The many small ones reserve no room: their labels show only where they fit
 * (readable-labels.ts), or the first view would be zoomed out past reading. Both names at once take two
 * lines and are not planned for: switching to them moves the few nodes whose labels then touch.
 */
export function labelRoom(node: cytoscape.NodeSingular, shown: { w: number; h: number }): { w: number; h: number } {
  if (node.data('tier') === 'minor') return { w: 0, h: 0 };
  const fontSize = Number(node.data('font')) || 15;
  const bold = node.selected();
  // The estimate is calibrated on the label drawn now: Cytoscape adds padding and outline to the text.
  const drawn = labelSize(String(node.data('display') ?? ''), fontSize, bold, node.data('lines') === 'two' ? 1.45 : 1);
  const extra = { w: shown.w - drawn.w, h: shown.h - drawn.h };
  let room = { ...shown };
  const ar = String(node.data('labelAr') ?? '');
  const en = String(node.data('labelEn') ?? '');
  for (const [label, lineHeight] of [[ar, 1], [en, 1], [ar === en ? '' : `${ar}\n${en}`, 1.45]] as const) {
    if (label.length === 0) continue;
    const size = labelSize(displayLabel(label, fontSize), fontSize, bold, lineHeight);
    room = { w: Math.max(room.w, size.w + extra.w), h: Math.max(room.h, size.h + extra.h) };
  }
  return room;
}
