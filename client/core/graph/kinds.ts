import type { GraphNode } from '../../../contract/graph.ts';
import { ENTITY_KINDS } from '../../../contract/kinds.ts';

/** Kinds in legend order; anything else the data brings is shown after them. */
export const knownKinds = ENTITY_KINDS;

/** The first label that is not the shared `Entity` label names the node's kind. */
export function kindOf(node: GraphNode): string {
  return node.labels.find((label) => label !== 'Entity') ?? node.labels[0] ?? 'Node';
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value : null;
}

export function arabicName(node: GraphNode): string | null {
  return text(node.properties.name_ar);
}

export function englishName(node: GraphNode): string | null {
  return text(node.properties.name_en);
}

/** Nodes that are not entities (a Sentence from the console, say) still need something readable. */
export function fallbackName(node: GraphNode): string {
  const p = node.properties;
  const candidate = text(p.name) ?? text(p.title) ?? text(p.text);
  if (candidate) return candidate.length > 40 ? `${candidate.slice(0, 39)}…` : candidate;
  return node.id;
}

export type LabelMode = 'ar' | 'en' | 'both';

export function nodeLabel(node: GraphNode, mode: LabelMode): string {
  const ar = arabicName(node);
  const en = englishName(node);
  if (mode === 'ar') return ar ?? en ?? fallbackName(node);
  if (mode === 'en') return en ?? ar ?? fallbackName(node);
  if (ar && en) return `${ar}\n${en}`;
  return ar ?? en ?? fallbackName(node);
}
