import type { GraphNode } from '../../contract/graph.ts';
import { arabicName, englishName, fallbackName, type LabelMode } from '../core/graph/kinds.ts';
import { h, isArabic } from '../dom.ts';

/**
 * A node's name in the label mode, as text that keeps each script in its own direction. In "both" mode
 * the Arabic and the English name are separate isolates (Arabic first), so the English name never ends
 * up interleaved with the Arabic one in a right-to-left line.
 */
export function nameElement(node: GraphNode | undefined, id: string, mode: LabelMode, className?: string): HTMLElement {
  const outer = h('span', { class: className ? `node-name ${className}` : 'node-name' });
  const part = (text: string): HTMLElement => (isArabic(text) ? h('bdi', { lang: 'ar', dir: 'rtl' }, text) : h('bdi', { lang: 'en', dir: 'ltr' }, text));
  if (!node) {
    outer.append(part(id));
    return outer;
  }
  const ar = arabicName(node);
  const en = englishName(node);
  if (mode === 'both' && ar && en) outer.append(part(ar), h('span', { class: 'name-separator', 'aria-hidden': 'true' }, ' · '), part(en));
  else outer.append(part((mode === 'en' ? (en ?? ar) : (ar ?? en)) ?? fallbackName(node)));
  return outer;
}

/** The arrow of a relationship leaving (or reaching) a node, pointing the way the line reads. */
export function directionArrow(outgoing: boolean): string {
  const rtl = document.documentElement.dir === 'rtl';
  return outgoing === rtl ? '←' : '→';
}
