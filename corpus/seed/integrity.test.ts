/**
 * Integrity of the article graph: the curated model and the article agree, so an analyst reading them side
 * by side finds every entity mentioned, every fact backed by sentences that name its ends, nothing dangling.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityIdSchema, graphSchema } from '../../contract/graph.ts';
import { analyzeArticle, articleGraph, buildArticleGraph, readArticleText, seedArticleId } from './article-graph.ts';
import { findMentions } from '../../text/mentions.ts';
import { sentenceIdOf } from '../../store/article-batch.ts';
import { relationshipId } from './model/index.ts';
import { normalizeForSearch } from '../../text/normalize.ts';

const analysis = analyzeArticle();
const { model, mentions, split } = analysis;
const graph = buildArticleGraph();
const text = readArticleText();

const mentionedIn = new Map<string, Set<string>>();
for (const m of mentions) {
  const set = mentionedIn.get(m.sentenceId) ?? new Set<string>();
  set.add(m.entityId);
  mentionedIn.set(m.sentenceId, set);
}

describe('the article graph', () => {
  it('validates against the Graph JSON contract', () => {
    expect(graphSchema.safeParse(graph).success).toBe(true);
    expect(graph.truncated).toBeUndefined();
  });

  it('is built deterministically', () => {
    expect(JSON.stringify(buildArticleGraph())).toBe(JSON.stringify(articleGraph(analyzeArticle())));
  });

  it('has unique node ids and unique edge ids, all stable lowercase slugs', () => {
    const nodeIds = graph.nodes.map((n) => n.id);
    const edgeIds = graph.edges.map((e) => e.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    for (const id of [...nodeIds, ...edgeIds]) expect(entityIdSchema.safeParse(id).success, id).toBe(true);
  });

  it('gives entity relationships the id `${source}-${type}-${target}` lowercased', () => {
    for (const r of model.relationships) {
      expect(graph.edges.find((e) => e.id === relationshipId(r))?.type).toBe(r.type);
      expect(relationshipId(r)).toBe(`${r.source}-${r.type.toLowerCase()}-${r.target}`);
    }
  });

  it('has edges whose ends are nodes of the graph', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) {
      expect(ids.has(e.source), e.id).toBe(true);
      expect(ids.has(e.target), e.id).toBe(true);
    }
  });

  it('labels every entity Entity plus exactly one kind', () => {
    const kinds = ['Agency', 'Person', 'Group', 'Organization', 'Cell', 'Place', 'Event', 'Date', 'Document'];
    for (const n of graph.nodes.filter((x) => x.labels.includes('Entity'))) {
      expect(n.labels).toHaveLength(2);
      expect(kinds).toContain(n.labels[1]);
      expect(n.properties.kind).toBe(n.labels[1]);
    }
  });

  it('has the Article, one Sentence per sentence and HAS_SENTENCE to each', () => {
    const article = graph.nodes.find((n) => n.id === seedArticleId());
    expect(article?.labels).toEqual(['Article']);
    expect(article?.properties.text).toBe(text);
    expect(article?.properties.dropped_lines).toEqual([3]);
    const sentences = graph.nodes.filter((n) => n.labels.includes('Sentence'));
    expect(sentences).toHaveLength(split.sentences.length);
    for (const s of sentences) {
      const { start, end } = s.properties;
      expect(typeof start === 'number' && typeof end === 'number' ? text.slice(start, end) : null).toBe(s.properties.text);
      expect(graph.edges.filter((e) => e.type === 'HAS_SENTENCE' && e.target === s.id && e.source === seedArticleId())).toHaveLength(1);
    }
  });

  it('stores MENTIONS offsets relative to the sentence text, and absolute ones into the article text', () => {
    const sentenceText = new Map(split.sentences.map((s) => [sentenceIdOf(seedArticleId(), s.id), s.text]));
    const all = graph.edges.filter((e) => e.type === 'MENTIONS');
    expect(all.length).toBe(mentions.length);
    for (const e of all) {
      const p = e.properties;
      const t = sentenceText.get(e.source) ?? '';
      expect(t.slice(Number(p.start), Number(p.end))).toBe(p.surface);
      expect(text.slice(Number(p.article_start), Number(p.article_end))).toBe(p.surface);
    }
  });
});

describe('the curated model against the article', () => {
  it('finds every Arabic alias of every entity in the article (or the entity says why it is implied)', () => {
    for (const e of model.entities) {
      if (e.implied !== undefined) continue;
      for (const alias of [...e.aliases_ar, ...(e.descriptions_ar ?? [])]) {
        const found = findMentions(text, [{ entityId: e.id, aliases: [alias] }]);
        expect(found.length, `${e.id}: «${alias}» is not in the article`).toBeGreaterThan(0);
      }
    }
  });

  it('mentions every entity at least once (unless implied)', () => {
    const mentioned = new Set(mentions.map((m) => m.entityId));
    const missing = model.entities.filter((e) => e.implied === undefined && !mentioned.has(e.id)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('never gives the same normalised Arabic alias to two entities', () => {
    const owner = new Map<string, string>();
    for (const e of model.entities) {
      for (const alias of new Set([e.name_ar, ...e.aliases_ar, ...(e.descriptions_ar ?? [])].map(normalizeForSearch))) {
        const other = owner.get(alias);
        expect(other === undefined || other === e.id, `«${alias}» belongs to ${other ?? ''} and ${e.id}`).toBe(true);
        owner.set(alias, e.id);
      }
    }
  });

  it('backs every relationship with sentences that mention both of its ends (or says why not)', () => {
    for (const r of model.relationships) {
      const where = relationshipId(r);
      for (const sid of r.evidence) {
        const names = mentionedIn.get(sid) ?? new Set<string>();
        expect(names.has(r.source) || names.has(r.target), `${where}: ${sid} mentions neither end`).toBe(true);
      }
      const covered = (id: string): boolean => r.evidence.some((sid) => mentionedIn.get(sid)?.has(id) === true);
      if (!(covered(r.source) && covered(r.target))) {
        expect(r.evidence_note, `${where}: an end is not mentioned in its evidence and there is no evidence_note`).toBeDefined();
      }
    }
  });

  it('explains, with an evidence_note, every relationship whose single evidence sentence does not name both ends', () => {
    for (const r of model.relationships) {
      const both = r.evidence.some((sid) => mentionedIn.get(sid)?.has(r.source) && mentionedIn.get(sid)?.has(r.target));
      if (!both) expect(r.evidence_note, relationshipId(r)).toBeDefined();
    }
  });

  it('leaves no entity unconnected to another entity', () => {
    const connected = new Set(model.relationships.flatMap((r) => [r.source, r.target]));
    expect(model.entities.filter((e) => !connected.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('holds the agencies, people, places, cells, dates and documents the article names', () => {
    const ids = new Set(model.entities.map((e) => e.id));
    const expected = [
      'bcij', 'dgst', 'dgsn', 'bnpj', 'moroccan-security-services',
      'abdellatif-hammouchi', 'mohammed-vi', 'sahel-daesh-leader', 'traffic-policeman',
      'extremists-2025', 'extremists-2023', 'national-security-officers',
      'al-qaeda', 'daesh', 'issp', 'sahel-terrorist-organizations', 'separatist-militias', 'organized-crime-networks',
      'lions-of-the-caliphate', 'first-cell-2002', 'sahel-linked-cells',
      'laayoune', 'casablanca', 'fes', 'taounate', 'tangier', 'azemmour', 'guercif', 'oulad-teima', 'tamesna',
      'rabat', 'errachidia-province', 'hay-rahma', 'morocco', 'sahel', 'sahel-sahara',
      'date-2002', 'date-2025-02-19', 'date-2023-03-15', 'period-2022-2026',
      'dgsn-statement-2025', 'security-strategy-2022-2026',
      'lions-operation-2025', 'arrests-2025', 'policeman-killing', 'weapons-cache-discovery', 'announcement-2023',
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('places the nine cities of the 2025 operation in Morocco, with coordinates', () => {
    const cities = model.relationships.filter((r) => r.source === 'lions-operation-2025' && r.type === 'TOOK_PLACE_IN');
    expect(cities).toHaveLength(9);
    for (const r of cities) {
      const place = model.entities.find((e) => e.id === r.target);
      expect(place?.kind).toBe('Place');
      if (place?.kind === 'Place') {
        expect(place.lat).toBeGreaterThan(27);
        expect(place.lat).toBeLessThan(36);
        expect(place.lon).toBeGreaterThan(-14);
        expect(place.lon).toBeLessThan(-1);
      }
    }
  });

  it('records the dates as the article gives them (15 March 2023 was a Wednesday)', () => {
    const date = model.entities.find((e) => e.id === 'date-2023-03-15');
    expect(date?.kind === 'Date' ? date.weekday : undefined).toBe('Wednesday');
    expect(new Date('2023-03-15T12:00:00Z').getUTCDay()).toBe(3);
    const feb = model.entities.find((e) => e.id === 'date-2025-02-19');
    expect(feb?.kind === 'Date' ? feb.weekday : undefined).toBe(
      ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date('2025-02-19T12:00:00Z').getUTCDay()],
    );
  });

  it('records the 12 extremists with their age range', () => {
    const group = model.entities.find((e) => e.id === 'extremists-2025');
    expect(group?.kind === 'Group' ? [group.count, group.age_min, group.age_max] : []).toEqual([12, 18, 40]);
  });
});

describe('the model documentation', () => {
  const readme = readFileSync(new URL('../../store/cypher/README.md', import.meta.url), 'utf8');
  const examples = new URL('../../store/cypher/queries/examples/', import.meta.url);

  it('documents every label and relationship type of the graph in cypher/README.md', () => {
    const labels = new Set(graph.nodes.flatMap((n) => n.labels));
    const types = new Set(graph.edges.map((e) => e.type));
    for (const name of [...labels, ...types]) expect(readme, name).toMatch(new RegExp(`[\`:]${name}[\` {\\]]`));
  });

  it('gives every example query a Title line and a description line, and lists it in the README', () => {
    const files = readdirSync(examples).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const [title, description] = readFileSync(new URL(file, examples), 'utf8').split('\n');
      expect(title, file).toMatch(/^\/\/ Title: \S/);
      expect(description, file).toMatch(/^\/\/ \S/);
      expect(readme, file).toContain(`\`${file.replace(/\.cypher$/, '')}\``);
    }
  });
});
