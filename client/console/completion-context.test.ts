import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { SchemaInfo } from '../../contract/api.ts';
import { completionContext, quoteName, variablesBefore } from './completion-context.ts';
import { cypherCompletionSource, optionsFor } from './cypher-completion.ts';

/** `¦` marks the cursor (`|` is Cypher). */
function at(marked: string): ReturnType<typeof completionContext> {
  const cursor = marked.indexOf('¦');
  return completionContext(marked.slice(0, cursor));
}

describe('completion context', () => {
  it('offers labels after a colon in a node pattern, with or without a started word', () => {
    expect(at('MATCH (n:¦')).toEqual({ kind: 'label', from: 9, prefix: '' });
    expect(at('MATCH (n:Ag¦')).toEqual({ kind: 'label', from: 9, prefix: 'Ag' });
    expect(at('MATCH (:¦')).toMatchObject({ kind: 'label' });
    expect(at('MATCH (n) WHERE n:¦')).toMatchObject({ kind: 'label' });
    expect(at('MATCH (n:Agency|Pers¦')).toEqual({ kind: 'label', from: 16, prefix: 'Pers' });
  });

  it('offers relationship types after a colon in a relationship pattern', () => {
    expect(at('MATCH (a)-[r:¦')).toEqual({ kind: 'relType', from: 13, prefix: '' });
    expect(at('MATCH (a)<-[:HE¦')).toEqual({ kind: 'relType', from: 13, prefix: 'HE' });
    expect(at('MATCH (a)-[:HEADS|PA¦')).toMatchObject({ kind: 'relType', prefix: 'PA' });
  });

  it('offers property keys after a dot and in map projections', () => {
    expect(at('MATCH (n) RETURN n.¦')).toEqual({ kind: 'property', from: 19, prefix: '' });
    expect(at('MATCH (n) RETURN n.name_¦')).toEqual({ kind: 'property', from: 19, prefix: 'name_' });
    expect(at('RETURN n {.¦')).toMatchObject({ kind: 'property' });
  });

  it('offers keywords and functions elsewhere', () => {
    expect(at('MATCH (n) RET¦')).toEqual({ kind: 'keyword', from: 10, prefix: 'RET' });
    expect(at('MATCH (n) ¦')).toEqual({ kind: 'keyword', from: 10, prefix: '' });
    expect(at('¦')).toEqual({ kind: 'keyword', from: 0, prefix: '' });
  });

  it('offers nothing inside strings, comments, numbers and parameters', () => {
    expect(at("MATCH (n {name: 'Ag¦")).toMatchObject({ kind: 'none' });
    expect(at("MATCH (n {name: 'a:b¦")).toMatchObject({ kind: 'none' });
    expect(at('MATCH (n) // n:¦')).toMatchObject({ kind: 'none' });
    expect(at('MATCH (n) /* n.¦')).toMatchObject({ kind: 'none' });
    expect(at('RETURN 12¦')).toMatchObject({ kind: 'none' });
    expect(at('RETURN $¦')).toMatchObject({ kind: 'none' });
    expect(at('RETURN $na¦')).toMatchObject({ kind: 'none' });
  });

  it('does not offer labels for a map value', () => {
    expect(at('MATCH (n {id: ¦')).toMatchObject({ kind: 'keyword' });
  });

  it('finds the variables already named', () => {
    expect(variablesBefore('MATCH (a:Agency)-[r]->(b) RETURN a, b')).toEqual(['a', 'r', 'b']);
    expect(variablesBefore('MATCH (agency) RETURN ag')).toEqual(['agency']);
  });

  it('quotes names that are not plain identifiers', () => {
    expect(quoteName('Agency')).toBe('Agency');
    expect(quoteName('name_ar')).toBe('name_ar');
    expect(quoteName('خلية')).toBe('خلية');
    expect(quoteName('has space')).toBe('`has space`');
    expect(quoteName('odd`name')).toBe('`odd``name`');
    expect(quoteName('1st')).toBe('`1st`');
  });
});

const schema: SchemaInfo = {
  labels: [
    { label: 'Agency', count: 4 },
    { label: 'Person', count: 7 },
  ],
  relationshipTypes: [{ type: 'HEADS', count: 2 }, { type: 'PART OF', count: 1 }],
  propertyKeys: ['id', 'name_ar', 'name_en'],
};

function complete(marked: string, explicit = false): CompletionResult | null {
  const cursor = marked.indexOf('¦');
  const doc = marked.slice(0, cursor) + marked.slice(cursor + 1);
  const state = EditorState.create({ doc });
  const result = cypherCompletionSource(() => schema)(new CompletionContext(state, cursor, explicit));
  if (result instanceof Promise) throw new Error('the Cypher completion source answers synchronously');
  return result;
}

describe('completion options', () => {
  it('takes labels, relationship types and property keys from the live schema', () => {
    expect(complete('MATCH (n:¦')?.options.map((o) => o.label)).toEqual(['Agency', 'Person']);
    expect(complete('MATCH ()-[:¦')?.options.map((o) => o.apply)).toEqual(['HEADS', '`PART OF`']);
    expect(complete('RETURN n.na¦')).toMatchObject({ from: 9 });
    expect(complete('RETURN n.na¦')?.options.map((o) => o.label)).toEqual(['id', 'name_ar', 'name_en']);
  });

  it('offers keywords only once a word is started or completion is asked for', () => {
    expect(complete('MATCH (n) ¦')).toBeNull();
    expect(complete('MATCH (n) ¦', true)?.options.some((o) => o.label === 'RETURN')).toBe(true);
    const started = complete('MATCH (node) RETURN co¦');
    expect(started?.from).toBe(20);
    const labels = started?.options.map((o) => o.label) ?? [];
    expect(labels).toContain('count');
    expect(labels).toContain('node');
    expect(labels).toContain('WHERE');
  });

  it('offers nothing in a string or after $', () => {
    expect(complete("RETURN 'n:¦", true)).toBeNull();
    expect(complete('RETURN $¦', true)).toBeNull();
  });

  it('offers no names while the schema is unknown', () => {
    expect(optionsFor({ kind: 'label', from: 0, prefix: '' }, null)).toEqual([]);
    expect(optionsFor({ kind: 'none', from: 0, prefix: '' }, schema)).toEqual([]);
  });
});
