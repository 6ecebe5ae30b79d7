import type cytoscape from 'cytoscape';
import { MOVING_CLASS } from './labels-while-moving.ts';

export const labelFont = '"Noto Naskh Arabic", "Noto Sans", sans-serif';

/** Labels wrap between words past this width (model units). */
export const LABEL_MAX_WIDTH = 180;

/** Labels drawn smaller than this on screen are left out until the reader zooms in, hovers or selects. */
export const MIN_LABEL_PX = 11;

/**
 * The class of nodes whose label is folded away (readable-labels.ts): too small to read at this zoom, or
 * a small node's label that has not been fitted in. Folded to a transparent point rather than removed,
 * it takes no room and layouts plan for it none. (Cytoscape's own min-zoomed-font-size works in steps of
 * a power of two and lets 8 px labels through.)
 */
export const QUIET_CLASS = 'quiet-label';

/** Elements left out of a PNG export of the selection (only for the moment the image is taken). */
export const EXPORT_HIDDEN_CLASS = 'export-hidden';

/** The class a hovered node gets: its label shows whatever the zoom (readable-labels.ts sizes it). */
export const HOVER_CLASS = 'hover';

/**
 * `text-background-padding` with a transparent background widens the label's cached bounds so that
 * marks above Arabic letters (the hamza of أ) are not clipped; line-height and wrapping do not help.
 * Node sizes and fonts come from their prominence (element-data.ts); `readable` is set on hovered and
 * selected elements so that their labels read at any zoom.
 */
export const stylesheet: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'background-color': 'data(color)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      'font-family': labelFont,
      'font-size': 'data(font)',
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_MAX_WIDTH}px`,
      'text-justification': 'center',
      'text-outline-color': '#f8f9fa',
      'text-outline-width': 2,
      'text-background-color': '#f8f9fa',
      'text-background-opacity': 0,
      'text-background-padding': '4px',
    },
  },
  { selector: `node.${QUIET_CLASS}`, style: { 'text-opacity': 0, 'font-size': 1, 'text-background-padding': '0px', 'text-margin-y': 0, 'text-outline-width': 0 } },
  // Two lines in "both" mode (Arabic above English) need air between them, or the marks collide.
  { selector: 'node[lines = "two"]', style: { 'line-height': 1.45 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59f00', 'font-weight': 'bold' } },
  {
    selector: `node.${HOVER_CLASS}, node:selected`,
    style: { 'text-opacity': 1, 'font-size': 'data(readable)', 'text-background-padding': '4px', 'text-margin-y': 3, 'z-index': 20, 'text-background-opacity': 0.85, 'text-outline-width': 0 },
  },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#212529' } },
  { selector: 'node.pinned:selected', style: { 'border-color': '#f59f00' } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#98a2ad',
      'target-arrow-color': '#98a2ad',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      'font-family': labelFont,
      'font-size': 12,
      color: '#343a40',
      'text-rotation': 'autorotate',
      'text-outline-color': '#f8f9fa',
      'text-outline-width': 3,
    },
  },
  { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 'data(readable)', width: 3, 'line-color': '#f59f00', 'target-arrow-color': '#f59f00', 'z-index': 10 } },
  { selector: 'edge.highlight', style: { label: 'data(label)', 'font-size': 'data(readable)', width: 4, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
  { selector: 'node.highlight', style: { 'border-width': 4, 'border-color': '#e8590c', 'text-opacity': 1, 'font-size': 'data(readable)', 'text-background-padding': '4px', 'text-margin-y': 3 } },
  // Proposals of the extraction that no analyst has accepted yet: dashed and lighter, never mistaken for facts.
  { selector: 'node[proposed = "yes"]', style: { 'border-style': 'dashed', 'border-color': '#495057', 'background-opacity': 0.55 } },
  { selector: 'edge[proposed = "yes"]', style: { 'line-style': 'dashed', opacity: 0.65 } },
  { selector: '.dimmed', style: { opacity: 0.18 } },
  { selector: `node.${MOVING_CLASS}`, style: { label: '' } },
  { selector: `.${EXPORT_HIDDEN_CLASS}`, style: { display: 'none' } },
];
