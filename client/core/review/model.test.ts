import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../contract/graph.ts';
import { reviewSchema } from '../../../contract/workbench.ts';
import { acceptAbove, acceptSentence, factStatus, mentionStatus, newEntityId, noDecisions, preview, readDryRun, toReview, type Decisions } from './model.ts';

const A = 'a-0123456789ab';
const S1 = `${A}-s-1-1`;
const S2 = `${A}-s-1-2`;
const sentence = (id: string, index: number, text: string) => ({ id, labels: ['Sentence'], properties: { index, paragraph: 1, text } });
const entity = (id: string, kind: string, name: string, ingest: 'new' | 'linked', confidence = 0.9, extra: Record<string, string[]> = {}) => ({
  id,
  labels: ['Entity', kind],
  properties: { name_ar: name, ingest, confidence, ...(ingest === 'new' ? { status: 'proposed', rule: 'cue.x' } : {}), ...extra },
});
const mention = (sentenceId: string, entityId: string, start: number, end: number, confidence = 0.9) => ({
  id: `${sentenceId}-m${start}-${entityId}`,
  type: 'MENTIONS',
  source: sentenceId,
  target: entityId,
  properties: { start, end, surface: 'x', confidence, status: 'proposed' },
});
const support = (factId: string, sentenceId: string, confidence: number) => ({ id: `${sentenceId}-p-${factId}`, labels: ['Support'], properties: { fact_id: factId, sentence_id: sentenceId, confidence, status: 'proposed' } });

// «فكك المكتب خلية بالناظور» / «وحجز هواتف»: a known agency, a new cell, a new place, a new item.
const graph: Graph = {
  nodes: [
    { id: A, labels: ['Article'], properties: { text: 'فكك المكتب خلية بالناظور\n\nوحجز هواتف' } },
    sentence(S1, 1, 'فكك المكتب خلية بالناظور'),
    sentence(S2, 2, 'وحجز هواتف'),
    entity('bcij', 'Agency', 'المكتب', 'linked'),
    entity('cell', 'Cell', 'خلية', 'new', 0.75, { possibly_same_as: ['lions-of-the-caliphate'] }),
    entity('nador', 'Place', 'الناظور', 'new', 0.9),
    entity('phones', 'Item', 'هواتف', 'new', 0.7),
    support('bcij-dismantled-cell', S1, 0.76),
    support('cell-active_in-nador', S1, 0.5),
    support('bcij-seized-phones', S2, 0.6),
  ],
  edges: [
    mention(S1, 'bcij', 4, 10),
    mention(S1, 'cell', 11, 15, 0.75),
    mention(S1, 'nador', 17, 24),
    mention(S2, 'phones', 5, 10, 0.7),
    { id: 'bcij-dismantled-cell', type: 'DISMANTLED', source: 'bcij', target: 'cell', properties: { ingest: 'new' } },
    { id: 'cell-active_in-nador', type: 'ACTIVE_IN', source: 'cell', target: 'nador', properties: { ingest: 'new' } },
    { id: 'bcij-seized-phones', type: 'SEIZED', source: 'bcij', target: 'phones', properties: { ingest: 'supported' } },
    { id: `${A}-has-s-1-1`, type: 'HAS_SENTENCE', source: A, target: S1, properties: {} },
  ],
};

const model = readDryRun(graph);
const fact = (id: string) => {
  const found = model.facts.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('reading a dry run for review', () => {
  it('finds sentences with their mentions, entities, and facts with the sentences that state them', () => {
    expect(model.articleId).toBe(A);
    expect(model.text).toContain('وحجز هواتف');
    expect(model.sentences.map((s) => [s.id, s.mentions.map((m) => m.entityId)])).toEqual([
      [S1, ['bcij', 'cell', 'nador']],
      [S2, ['phones']],
    ]);
    expect(model.entities.get('cell')).toMatchObject({ kind: 'Cell', ingest: 'new', possiblySameAs: ['lions-of-the-caliphate'], confidence: 0.75 });
    expect(model.entities.get('bcij')?.ingest).toBe('linked');
    expect(model.facts.map((f) => f.id)).toEqual(['bcij-dismantled-cell', 'cell-active_in-nador', 'bcij-seized-phones']);
    expect(fact('bcij-dismantled-cell')).toMatchObject({ sentences: [S1], confidence: 0.76, ingest: 'new' });
    expect(fact('bcij-seized-phones').ingest).toBe('supported');
  });
});

describe('what the decisions make', () => {
  it('turns them into a review the server accepts: a kind, a link, a rejected fact, a new entity and a new fact', () => {
    const decisions: Decisions = {
      entities: { nador: { kind: 'Group' }, cell: { linkTo: { id: 'lions-of-the-caliphate', kind: 'Cell', nameAr: 'أسود الخلافة', nameEn: null } } },
      mentions: { [`${S2}-m5-phones`]: { decision: 'reject' } },
      facts: { 'cell-active_in-nador': 'reject' },
      newEntities: [{ id: newEntityId('Person', S1, 0, 3), kind: 'Person', nameAr: 'فكك', sentence: S1, start: 0, end: 3 }],
      newFacts: [{ source: 'bcij', type: 'TARGETED', target: 'nador', sentence: S1 }],
    };
    const review = toReview(model, decisions, true);
    expect(reviewSchema.parse(review)).toEqual(review);
    expect(review.entities).toEqual([
      { id: 'nador', decision: 'accept', kind: 'Group' },
      { id: 'cell', decision: 'accept', linkTo: 'lions-of-the-caliphate' },
    ]);
    expect(review.mentions).toEqual([{ id: `${S2}-m5-phones`, decision: 'reject' }]);
    expect(review.facts).toEqual([{ id: 'cell-active_in-nador', decision: 'reject' }]);
    expect(review.newEntities[0]).toMatchObject({ kind: 'Person', name_ar: 'فكك', sentence: S1, start: 0, end: 3 });
    expect(review.acceptRest).toBe(true);
  });

  it('rejects the facts and mentions of a rejected entity', () => {
    const decisions: Decisions = { ...noDecisions, entities: { nador: { decision: 'reject' } } };
    expect(factStatus(decisions, fact('cell-active_in-nador'))).toBe('rejected');
    expect(factStatus(decisions, fact('bcij-dismantled-cell'))).toBe('proposed');
    const nadorMention = model.sentences[0]?.mentions.find((m) => m.entityId === 'nador');
    expect(nadorMention && mentionStatus(decisions, nadorMention)).toBe('rejected');
  });

  it('previews new nodes, linked nodes and facts, leaving out what is rejected and following links', () => {
    const before = preview(model, noDecisions);
    expect(before.nodes.map((n) => [n.id, n.role]).sort()).toEqual([
      ['bcij', 'linked'],
      ['cell', 'new'],
      ['nador', 'new'],
      ['phones', 'new'],
    ]);
    expect(before.edges.map((e) => [e.id, e.role])).toEqual([
      ['bcij-dismantled-cell', 'new'],
      ['cell-active_in-nador', 'new'],
      ['bcij-seized-phones', 'supported'],
    ]);
    const after = preview(model, {
      ...noDecisions,
      entities: { cell: { linkTo: { id: 'lions-of-the-caliphate', kind: 'Cell', nameAr: 'أسود الخلافة', nameEn: null } }, phones: { decision: 'reject' } },
      newFacts: [{ source: 'bcij', type: 'TARGETED', target: 'nador', sentence: S1 }],
    });
    expect(after.nodes.map((n) => [n.id, n.role]).sort()).toEqual([
      ['bcij', 'linked'],
      ['lions-of-the-caliphate', 'linked'],
      ['nador', 'new'],
    ]);
    expect(after.edges.map((e) => [e.source, e.type, e.target])).toEqual([
      ['bcij', 'DISMANTLED', 'lions-of-the-caliphate'],
      ['lions-of-the-caliphate', 'ACTIVE_IN', 'nador'],
      ['bcij', 'TARGETED', 'nador'],
    ]);
  });
});

describe('deciding many at once', () => {
  it('accepts one sentence: its mentions, their entities and its facts, leaving decisions already made', () => {
    const start: Decisions = { ...noDecisions, facts: { 'cell-active_in-nador': 'reject' } };
    const next = acceptSentence(model, start, S1);
    expect(next.facts).toEqual({ 'cell-active_in-nador': 'reject', 'bcij-dismantled-cell': 'accept' });
    expect(Object.keys(next.mentions)).toHaveLength(3);
    expect(next.entities.cell?.decision).toBe('accept');
    expect(next.entities.phones).toBeUndefined();
  });

  it('accepts everything undecided at or above a confidence', () => {
    const next = acceptAbove(model, noDecisions, 0.75);
    expect(Object.keys(next.entities).sort()).toEqual(['cell', 'nador']);
    expect(next.facts).toEqual({ 'bcij-dismantled-cell': 'accept' });
    expect(Object.keys(next.mentions)).toHaveLength(3);
  });
});

describe('ids of entities made from a span', () => {
  it('are slugs the contract accepts, stable for one span and different for another', () => {
    const id = newEntityId('Person', S1, 0, 3);
    expect(id).toMatch(/^analyst-person-[0-9a-f]{8}$/);
    expect(newEntityId('Person', S1, 0, 3)).toBe(id);
    expect(newEntityId('Person', S1, 0, 4)).not.toBe(id);
  });
});
