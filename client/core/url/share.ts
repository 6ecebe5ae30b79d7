import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import type { LabelMode } from '../graph/kinds.ts';
import { layoutNames, type LayoutName, type UiLanguage } from '../settings/types.ts';

/**
 * What a shared link (and a reload) reopens: exactly the picture that was on screen. Ids are slugs, so
 * commas can separate them in the readable form; the full form is compressed (see encodeView).
 */
export interface SharedView {
  /** null: the starting view. An empty list is a view too: the emptied canvas. */
  nodes: string[] | null;
  /** The relationships shown; null: every relationship among the nodes. */
  edges: string[] | null;
  /** Model coordinates of the nodes; nodes without one are laid out around the others. */
  positions: Record<string, { x: number; y: number }> | null;
  pinned: string[];
  /** The zoom and the model point at the centre of the canvas. */
  camera: { zoom: number; centre: { x: number; y: number } } | null;
  selected: string[];
  labels: LabelMode | null;
  ui: UiLanguage | null;
  layout: LayoutName | null;
  hiddenKinds: string[];
  hiddenTypes: string[];
}

export const emptyView: SharedView = {
  nodes: null,
  edges: null,
  positions: null,
  pinned: [],
  camera: null,
  selected: [],
  labels: null,
  ui: null,
  layout: null,
  hiddenKinds: [],
  hiddenTypes: [],
};

const slug = /^[a-z0-9][a-z0-9_-]*$/;
const name = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The parameter that holds the compressed view. */
const PACKED = 'v';
/** A view is a few kilobytes; a link that inflates past this is not one of ours. */
const MAX_INFLATED = 4_000_000;

function list(value: string | null, pattern: RegExp): string[] {
  if (!value) return [];
  return value.split(',').filter((item) => pattern.test(item));
}

function oneOf<T extends string>(value: string | null | undefined, options: readonly T[]): T | null {
  return options.find((option) => option === value) ?? null;
}

// ---------- the packed form ----------

/**
 * Packed views index nodes instead of repeating their ids: `p` holds x,y pairs in node order, `pin` and
 * `s` node indices. Rounded to whole model units, positions stay exact to the pixel at any zoom up to 1.
 */
const packedSchema = z.object({
  n: z.array(z.string()),
  e: z.array(z.string()).optional(),
  p: z.array(z.number()).optional(),
  pin: z.array(z.number().int()).optional(),
  s: z.array(z.number().int()).optional(),
  z: z.number().positive().optional(),
  c: z.tuple([z.number(), z.number()]).optional(),
  l: z.string().optional(),
  ui: z.string().optional(),
  lo: z.string().optional(),
  hk: z.array(z.string()).optional(),
  ht: z.array(z.string()).optional(),
});
type Packed = z.infer<typeof packedSchema>;

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

function pack(view: SharedView & { nodes: string[] }): Packed {
  const index = new Map(view.nodes.map((id, i) => [id, i]));
  const indices = (ids: readonly string[]): number[] => ids.map((id) => index.get(id)).filter((i) => i !== undefined);
  const packed: Packed = { n: view.nodes };
  if (view.edges) packed.e = view.edges;
  if (view.positions) {
    const positions = view.positions;
    if (view.nodes.every((id) => positions[id])) packed.p = view.nodes.flatMap((id) => [Math.round(positions[id]?.x ?? 0), Math.round(positions[id]?.y ?? 0)]);
  }
  if (view.pinned.length > 0) packed.pin = indices(view.pinned);
  if (view.selected.length > 0) packed.s = indices(view.selected);
  if (view.camera) {
    packed.z = round(view.camera.zoom, 4);
    packed.c = [round(view.camera.centre.x, 1), round(view.camera.centre.y, 1)];
  }
  if (view.labels) packed.l = view.labels;
  if (view.ui) packed.ui = view.ui;
  if (view.layout) packed.lo = view.layout;
  if (view.hiddenKinds.length > 0) packed.hk = view.hiddenKinds;
  if (view.hiddenTypes.length > 0) packed.ht = view.hiddenTypes;
  return packed;
}

function unpack(packed: Packed): SharedView {
  const nodes = packed.n.filter((id) => slug.test(id));
  const byIndex = (indices: readonly number[] | undefined): string[] => (indices ?? []).map((i) => packed.n[i]).filter((id): id is string => id !== undefined && slug.test(id));
  let positions: SharedView['positions'] = null;
  const p = packed.p;
  if (p && p.length === packed.n.length * 2) {
    positions = {};
    packed.n.forEach((id, i) => {
      const x = p[2 * i];
      const y = p[2 * i + 1];
      if (positions && slug.test(id) && x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) positions[id] = { x, y };
    });
  }
  return {
    nodes,
    edges: packed.e ? packed.e.filter((id) => slug.test(id)) : null,
    positions,
    pinned: byIndex(packed.pin),
    camera: packed.z !== undefined && packed.c ? { zoom: packed.z, centre: { x: packed.c[0], y: packed.c[1] } } : null,
    selected: byIndex(packed.s),
    labels: oneOf(packed.l, ['ar', 'en', 'both'] as const),
    ui: oneOf(packed.ui, ['ar', 'en'] as const),
    layout: oneOf(packed.lo, layoutNames),
    hiddenKinds: (packed.hk ?? []).filter((k) => name.test(k)),
    hiddenTypes: (packed.ht ?? []).filter((k) => name.test(k)),
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Inflates at most MAX_INFLATED bytes: a crafted link cannot make the page allocate gigabytes. */
function inflateBounded(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED) throw new Error('too large');
    chunks.push(chunk);
  });
  inflate.push(data, true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function decodePacked(text: string): SharedView | null {
  try {
    const parsed = packedSchema.safeParse(JSON.parse(strFromU8(inflateBounded(fromBase64Url(text)))));
    return parsed.success ? unpack(parsed.data) : null;
  } catch {
    return null;
  }
}

// ---------- the link ----------

/**
 * The fragment for a view: the whole picture deflated and base64url-encoded in one `v` parameter (ids
 * repeat in edge ids, which compresses well: the article's starting view with every position takes
 * about 3 kB). A view that names no nodes (the starting view, before it has loaded) stays readable.
 */
export function encodeView(view: SharedView): string {
  if (view.nodes === null) {
    const params = new URLSearchParams();
    if (view.labels) params.set('l', view.labels);
    if (view.ui) params.set('ui', view.ui);
    if (view.layout) params.set('layout', view.layout);
    return `#${params.toString()}`;
  }
  const bytes = deflateSync(strToU8(JSON.stringify(pack({ ...view, nodes: view.nodes }))), { level: 9 });
  return `#${PACKED}=${toBase64Url(bytes)}`;
}

/**
 * Reads a fragment written by `encodeView`, or the readable form (`#n=bcij,dgst&s=dgst&l=en&ui=en
 * &layout=grid&hk=Date&ht=HEADS`) people type; anything malformed is dropped rather than trusted.
 */
export function decodeView(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(PACKED);
  if (packed) {
    const view = decodePacked(packed);
    if (view) return view;
  }
  const nodes = params.has('n') ? list(params.get('n'), slug) : null;
  return {
    ...emptyView,
    nodes: nodes && nodes.length > 0 ? nodes : null,
    selected: list(params.get('s'), slug),
    labels: oneOf(params.get('l'), ['ar', 'en', 'both'] as const),
    ui: oneOf(params.get('ui'), ['ar', 'en'] as const),
    layout: oneOf(params.get('layout'), layoutNames),
    hiddenKinds: list(params.get('hk'), name),
    hiddenTypes: list(params.get('ht'), name),
  };
}
