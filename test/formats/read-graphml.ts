/**
 * A deliberately small XML reader for the GraphML round-trip tests: elements, attributes, text and
 * the five entities plus numeric references. It throws on mismatched tags, so it also checks that the
 * output is well-formed. Not for general XML (no DTDs, CDATA or namespaces beyond their prefixes).
 */
import type { Json } from '../../contract/json.ts';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<\?[^?]*\?>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const top = stack[stack.length - 1];
    if (top === undefined) throw new Error('content after the root element');
    const between = xml.slice(last, match.index);
    if (between.includes('<')) throw new Error(`malformed markup near offset ${last}: ${between.slice(0, 40)}`);
    top.text += decode(between);
    last = tag.lastIndex;
    const [, closing, name, attributeText, selfClosing] = match;
    if (name === undefined) continue;
    if (closing === '/') {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attributeText ?? '').matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1] ?? ''] = decode(a[2] ?? '');
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name ?? ''}>`);
  if (xml.slice(last).trim() !== '') throw new Error('text after the root element');
  return root;
}

export interface ReadGraph {
  nodes: { id: string; data: Record<string, Json> }[];
  edges: { id: string; source: string; target: string; data: Record<string, Json> }[];
  keys: { id: string; for: string; name: string; type: string }[];
}

function typed(text: string, type: string): Json {
  if (type === 'int' || type === 'long' || type === 'double' || type === 'float') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}

/** Nodes, edges and their data by attribute name, with values converted to their declared GraphML type. */
export function readGraphml(xml: string): ReadGraph {
  const graphml = parseXml(xml).children.find((e) => e.name === 'graphml');
  if (!graphml) throw new Error('no <graphml> root');
  const keys = graphml.children
    .filter((e) => e.name === 'key')
    .map((e) => ({ id: e.attributes.id ?? '', for: e.attributes.for ?? '', name: e.attributes['attr.name'] ?? '', type: e.attributes['attr.type'] ?? '' }));
  const keyById = new Map(keys.map((k) => [k.id, k]));
  const dataOf = (element: XmlElement): Record<string, Json> => {
    const data: Record<string, Json> = {};
    for (const d of element.children.filter((c) => c.name === 'data')) {
      const key = keyById.get(d.attributes.key ?? '');
      if (!key) throw new Error(`data for undeclared key ${d.attributes.key ?? ''}`);
      data[key.name] = typed(d.text, key.type);
    }
    return data;
  };
  const graph = graphml.children.find((e) => e.name === 'graph');
  if (!graph) throw new Error('no <graph>');
  return {
    keys,
    nodes: graph.children.filter((e) => e.name === 'node').map((e) => ({ id: e.attributes.id ?? '', data: dataOf(e) })),
    edges: graph.children
      .filter((e) => e.name === 'edge')
      .map((e) => ({ id: e.attributes.id ?? '', source: e.attributes.source ?? '', target: e.attributes.target ?? '', data: dataOf(e) })),
  };
}
