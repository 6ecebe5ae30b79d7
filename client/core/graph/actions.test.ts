import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../contract/graph.ts';
import { addGraph, collapseNode, hideNodes, openGraph, redo, resetTo, select, setAllVisible, setKindVisible, setPinned, showPaths, step, undo } from './actions.ts';
import { createGraphStore } from './store.ts';
import { visibleElements } from './visible.ts';

const node = (id: string, kind = 'Agency'): Graph['nodes'][number] => ({ id, labels: ['Entity', kind], properties: { name_ar: id, name_en: id } });
const edge = (source: string, type: string, target: string): Graph['edges'][number] => ({ id: `${source}-${type}-${target}`, type, source, target, properties: {} });

const start: Graph = { nodes: [node('a'), node('b', 'Person')], edges: [edge('b', 'HEADS', 'a')] };
const expansion: Graph = { nodes: [node('a'), node('c', 'Place'), node('d', 'Place')], edges: [edge('a', 'IN', 'c'), edge('a', 'IN', 'd')] };

const ids = (store: ReturnType<typeof createGraphStore>): string[] => [...store.get().content.nodes.keys()].sort();

describe('graph store actions', () => {
  it('undoes and redoes every step in order', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    addGraph(store, expansion, step('expand'));
    hideNodes(store, ['b']);
    expect(ids(store)).toEqual(['a', 'c', 'd']);
    undo(store);
    expect(ids(store)).toEqual(['a', 'b', 'c', 'd']);
    undo(store);
    expect(ids(store)).toEqual(['a', 'b']);
    redo(store);
    redo(store);
    expect(ids(store)).toEqual(['a', 'c', 'd']);
    expect(redo(store)).toBe(false);
  });

  it('a new step after undo drops the redo branch', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    addGraph(store, expansion, step('expand'));
    undo(store);
    hideNodes(store, ['b']);
    expect(store.get().future).toEqual([]);
  });

  it('collapses only the neighbours that hang on the node alone, and never pinned ones', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    addGraph(store, expansion, step('expand'));
    setPinned(store, ['d'], true);
    expect(collapseNode(store, 'a')).toBe(2);
    expect(ids(store)).toEqual(['a', 'd']);
  });

  it('filters by kind without removing data, and keeps edges only between shown nodes', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    addGraph(store, expansion, step('expand'));
    setKindVisible(store, 'Place', false);
    const visible = visibleElements(store.get().content);
    expect(visible.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(visible.edges.map((e) => e.type)).toEqual(['HEADS']);
    expect(store.get().content.nodes.size).toBe(4);
  });

  it('drops the selection of removed nodes and highlights exactly a path', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    select(store, { nodes: ['b'], edges: [] });
    hideNodes(store, ['b']);
    expect(store.get().selection.nodes).toEqual([]);
    showPaths(store, { nodes: [node('a'), node('c', 'Place')], edges: [edge('a', 'IN', 'c')] }, step('path'));
    expect([...store.get().content.highlight.edges]).toEqual(['a-IN-c']);
    resetTo(store, start);
    expect(store.get().content.highlight.nodes.size).toBe(0);
    undo(store);
    expect(store.get().content.highlight.nodes.size).toBe(2);
  });

  it('ignores edges whose ends are not on the canvas', () => {
    const store = createGraphStore();
    addGraph(store, { nodes: [node('a')], edges: [edge('a', 'IN', 'zzz')] }, step('open'), 'replace');
    expect(store.get().content.edges.size).toBe(0);
  });

  it('names each step for the interface to word, with what it was about', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    setKindVisible(store, 'Place', false);
    hideNodes(store, ['b']);
    expect(store.get().past.map((entry) => entry.label)).toEqual([{ kind: 'open' }, { kind: 'hideKind', subject: 'Place' }, { kind: 'hide' }]);
  });

  it('asks for a fresh layout when the canvas is replaced as a whole, not when it grows', () => {
    const store = createGraphStore();
    openGraph(store, start);
    const before = store.get().arrangeSeq;
    addGraph(store, expansion, step('expand'));
    expect(store.get().arrangeSeq).toBe(before);
    addGraph(store, expansion, step('queryReplace'), 'replace');
    expect(store.get().arrangeSeq).toBe(before + 1);
    resetTo(store, start);
    expect(store.get().arrangeSeq).toBe(before + 2);
  });

  it('opens a shared view with its pins and filters, as no step of the history', () => {
    const store = createGraphStore();
    openGraph(store, start, { pinned: ['a', 'gone'], hiddenKinds: ['Person'], hiddenTypes: ['HEADS'] });
    const { content, past } = store.get();
    expect([...content.pinned]).toEqual(['a']);
    expect([...content.hiddenKinds]).toEqual(['Person']);
    expect([...content.hiddenTypes]).toEqual(['HEADS']);
    expect(past).toEqual([]);
  });

  it('shows or hides a whole legend section in one step', () => {
    const store = createGraphStore();
    addGraph(store, start, step('open'), 'replace');
    setAllVisible(store, 'kinds', ['Agency', 'Person'], false);
    expect([...store.get().content.hiddenKinds].sort()).toEqual(['Agency', 'Person']);
    setAllVisible(store, 'kinds', ['Agency', 'Person'], true);
    expect(store.get().content.hiddenKinds.size).toBe(0);
    undo(store);
    expect(store.get().content.hiddenKinds.size).toBe(2);
  });
});
