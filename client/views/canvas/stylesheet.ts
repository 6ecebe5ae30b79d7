import type cytoscape from 'cytoscape';
import { MOVING_CLASS } from './labels-while-moving.ts';

export const labelFont = '"Noto Naskh Arabic", "Noto Sans", sans-serif';

/**
 * `text-background-padding` with a transparent background widens the label's cached bounds so that
 * marks above Arabic letters (the hamza of أ) are not clipped; line-height and wrapping do not help.
 */
export const stylesheet: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'background-color': 'data(color)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
      'font-family': labelFont,
      'font-size': 15,
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '220px',
      'text-justification': 'center',
      'text-outline-color': '#f8f9fa',
      'text-outline-width': 2,
      'text-background-color': '#f8f9fa',
      'text-background-opacity': 0,
      'text-background-padding': '4px',
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59f00', 'font-weight': 'bold' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#212529' } },
  { selector: 'node.pinned:selected', style: { 'border-color': '#f59f00' } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#98a2ad',
      'target-arrow-color': '#98a2ad',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-family': labelFont,
      'font-size': 10,
      color: '#495057',
      'text-rotation': 'autorotate',
      'text-outline-color': '#f8f9fa',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge:selected', style: { label: 'data(label)', width: 3, 'line-color': '#f59f00', 'target-arrow-color': '#f59f00' } },
  { selector: 'edge.highlight', style: { label: 'data(label)', width: 4, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
  { selector: 'node.highlight', style: { 'border-width': 4, 'border-color': '#e8590c' } },
  // Proposals of the extraction that no analyst has accepted yet: dashed and lighter, never mistaken for facts.
  { selector: 'node[proposed = "yes"]', style: { 'border-style': 'dashed', 'border-color': '#495057', 'background-opacity': 0.55 } },
  { selector: 'edge[proposed = "yes"]', style: { 'line-style': 'dashed', opacity: 0.65 } },
  { selector: '.dimmed', style: { opacity: 0.18 } },
  { selector: `node.${MOVING_CLASS}`, style: { label: '' } },
];
