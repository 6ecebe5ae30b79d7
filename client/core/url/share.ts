import type { LabelMode } from '../graph/kinds.ts';
import { layoutNames, type LayoutName, type UiLanguage } from '../settings/types.ts';

/** What a shared link reopens. Ids are slugs, so commas can separate them safely. */
export interface SharedView {
  nodes: string[] | null;
  selected: string[];
  labels: LabelMode | null;
  ui: UiLanguage | null;
  layout: LayoutName | null;
  hiddenKinds: string[];
  hiddenTypes: string[];
}

const slug = /^[a-z0-9][a-z0-9_-]*$/;
const name = /^[A-Za-z_][A-Za-z0-9_]*$/;

function list(value: string | null, pattern: RegExp): string[] {
  if (!value) return [];
  return value.split(',').filter((item) => pattern.test(item));
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | null {
  return options.find((option) => option === value) ?? null;
}

export function encodeView(view: SharedView): string {
  const params = new URLSearchParams();
  if (view.nodes) params.set('n', view.nodes.join(','));
  if (view.selected.length > 0) params.set('s', view.selected.join(','));
  if (view.labels) params.set('l', view.labels);
  if (view.ui) params.set('ui', view.ui);
  if (view.layout) params.set('layout', view.layout);
  if (view.hiddenKinds.length > 0) params.set('hk', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length > 0) params.set('ht', view.hiddenTypes.join(','));
  return `#${params.toString().replaceAll('%2C', ',')}`;
}

/** Reads a hash written by `encodeView`; anything malformed is dropped rather than trusted. */
export function decodeView(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const nodes = params.has('n') ? list(params.get('n'), slug) : null;
  return {
    nodes: nodes && nodes.length > 0 ? nodes : null,
    selected: list(params.get('s'), slug),
    labels: oneOf(params.get('l'), ['ar', 'en', 'both'] as const),
    ui: oneOf(params.get('ui'), ['ar', 'en'] as const),
    layout: oneOf(params.get('layout'), layoutNames),
    hiddenKinds: list(params.get('hk'), name),
    hiddenTypes: list(params.get('ht'), name),
  };
}
