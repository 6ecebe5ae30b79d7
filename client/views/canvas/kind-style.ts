import type cytoscape from 'cytoscape';
import { isEntityKind, type EntityKind } from '../../../contract/kinds.ts';

export interface KindStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
}

/** Colours picked to stay apart for common colour-vision deficiencies; shapes carry the kind too. */
const styles: Record<EntityKind, KindStyle> = {
  Agency: { color: '#1c64c8', shape: 'round-rectangle' },
  Person: { color: '#d9480f', shape: 'ellipse' },
  Organization: { color: '#b3261e', shape: 'hexagon' },
  Group: { color: '#0b7285', shape: 'octagon' },
  Cell: { color: '#7b2cbf', shape: 'diamond' },
  Place: { color: '#2b8a3e', shape: 'round-triangle' },
  Event: { color: '#e8a200', shape: 'star' },
  Date: { color: '#5c7cfa', shape: 'round-tag' },
  Document: { color: '#495057', shape: 'rectangle' },
  Item: { color: '#a61e4d', shape: 'vee' },
};

const fallback: KindStyle = { color: '#868e96', shape: 'ellipse' };

export function kindStyle(kind: string): KindStyle {
  return isEntityKind(kind) ? styles[kind] : fallback;
}
