import { describe, expect, it } from 'vitest';
import { graphSchema } from '../contract/graph.ts';
import { extractionGraph } from './graph.ts';
import { createExtractor } from './index.ts';
import type { Extraction } from './types.ts';

describe('the extraction graph', () => {
  const x = createExtractor([{ id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية'] }]).extract(
    'تمكن المكتب المركزي للأبحاث القضائية من تفكيك خلية إرهابية بطنجة.\nوتم تفكيك الخلية بعد أيام من الرصد.',
  );
  const graph = extractionGraph(x);

  it('is valid Graph JSON with a node per entity (existing id or slug) and no article or sentence node', () => {
    expect(graphSchema.safeParse(graph).success).toBe(true);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(x.entities.map((e) => e.existingId ?? e.slug).sort());
    expect(graph.nodes.some((n) => n.labels.includes('Article') || n.labels.includes('Sentence'))).toBe(false);
    for (const n of graph.nodes) {
      expect(n.labels[0]).toBe('Entity');
      expect(n.properties['status']).toBe('proposed');
      expect(typeof n.properties['rule']).toBe('string');
    }
  });

  it('makes one edge of a fact stated by two sentences, citing both', () => {
    const edge = graph.edges.find((e) => e.source === 'bcij' && e.type === 'DISMANTLED');
    expect(edge?.id).toBe(`bcij-dismantled-${edge?.target ?? ''}`);
    const targeted = graph.edges.filter((e) => e.type === 'TARGETED');
    expect(targeted).toHaveLength(1);
    expect(targeted[0]?.properties['sentences']).toEqual([1, 2]);
  });

  it('numbers distinct facts of one type between the same ends -2, -3', () => {
    const twoArrests: Extraction = {
      sentences: [],
      mentions: [],
      dropped: [],
      entities: [],
      facts: [
        { source: 'a', type: 'ARRESTED', target: 'b', sentence: 1, properties: { date: '2024-01-01' }, rule: 'r', confidence: 0.5 },
        { source: 'a', type: 'ARRESTED', target: 'b', sentence: 2, properties: { date: '2024-05-01' }, rule: 'r', confidence: 0.5 },
      ],
    };
    expect(extractionGraph(twoArrests).edges.map((e) => e.id)).toEqual(['a-arrested-b', 'a-arrested-b-2']);
  });
});
