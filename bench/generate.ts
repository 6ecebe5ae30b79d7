/**
 * A deterministic synthetic corpus in Sila's own model: entities of every kind with Arabic-like names and
 * aliases and their romanisations, articles made of sentences that mention those entities (offsets that
 * agree with the sentence text), and entity relationships whose `evidence` cites those sentences.
 * Degrees are skewed on purpose: targets are drawn from a power law, so a handful of hubs collect
 * thousands of relationships while most entities have one or two, as in real news corpora.
 */
import type { Graph, GraphEdge, GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import type { EntityKind } from '../contract/kinds.ts';
import { articleKeyOf } from '../store/article-batch.ts';
import { searchProperties } from '../store/entity-keys.ts';

export interface GenerateOptions {
  /** Total nodes (entities + articles + sentences). */
  nodes: number;
  seed: number;
}

/** mulberry32: tiny, fast and good enough to make a reproducible graph. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The synthetic mix: every kind but Item, in the order that fixes the generator's output.
const KINDS = ['Person', 'Place', 'Organization', 'Event', 'Agency', 'Cell', 'Date', 'Document', 'Group'] as const satisfies readonly EntityKind[];
type Kind = (typeof KINDS)[number];
/** Cumulative share of each kind among entities (people and places dominate news corpora). */
const KIND_WEIGHTS: readonly number[] = [0.3, 0.22, 0.1, 0.14, 0.04, 0.06, 0.06, 0.04, 0.04];

/** Relationship types per (source kind, target kind) family; the first that fits is used. */
const TYPES_BY_TARGET: Readonly<Record<Kind, readonly string[]>> = {
  Person: ['ARRESTED', 'KNOWS', 'HEADS'],
  Place: ['TOOK_PLACE_IN', 'LOCATED_IN', 'BASED_IN'],
  Organization: ['AFFILIATED_WITH', 'PART_OF'],
  Event: ['PARTICIPATED_IN', 'ANNOUNCED'],
  Agency: ['PART_OF', 'COOPERATED_WITH'],
  Cell: ['DISMANTLED', 'PART_OF'],
  Date: ['ON_DATE'],
  Document: ['ISSUED', 'CITED'],
  Group: ['INCITED', 'PART_OF'],
};

/** Consonant-vowel pieces of Arabic-looking words and their romanisation. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['بَ', 'ba'], ['تِ', 'ti'], ['ثُ', 'thu'], ['جَا', 'ja'], ['حِي', 'hi'], ['خُو', 'khu'], ['دَ', 'da'], ['رَ', 'ra'],
  ['زِ', 'zi'], ['سَا', 'sa'], ['شُ', 'shu'], ['صَ', 'sa'], ['طِي', 'ti'], ['عَ', "'a"], ['غِ', 'ghi'], ['فَا', 'fa'],
  ['قُ', 'qu'], ['كَ', 'ka'], ['لِي', 'li'], ['مَ', 'ma'], ['نُو', 'nu'], ['هَ', 'ha'], ['وَ', 'wa'], ['يَا', 'ya'],
  ['أَ', 'a'], ['إِ', 'i'], ['ة', 'a'], ['مُح', 'muh'], ['سَلْ', 'sal'], ['كَرِ', 'kari'],
];

const KIND_WORDS: Readonly<Record<Kind, readonly [string, string]>> = {
  Person: ['', ''],
  Place: ['مدينة', 'City of'],
  Organization: ['تنظيم', 'Organisation'],
  Event: ['عملية', 'Operation'],
  Agency: ['مديرية', 'Directorate'],
  Cell: ['خلية', 'Cell'],
  Date: ['يوم', 'Day'],
  Document: ['بيان', 'Statement'],
  Group: ['مجموعة', 'Group'],
};

const stripMarks = (text: string): string => text.replace(/[\u064B-\u0652]/g, '');

interface Name {
  ar: string;
  latin: string;
}

function word(random: () => number): Name {
  const pieces = 2 + Math.floor(random() * 3);
  let ar = '';
  let latin = '';
  for (let i = 0; i < pieces; i++) {
    const [a, l] = SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? ['', ''];
    ar += a;
    latin += l;
  }
  return { ar, latin: latin.charAt(0).toUpperCase() + latin.slice(1) };
}

interface Entity {
  id: string;
  kind: Kind;
  nameAr: string;
  nameEn: string;
  mentionSurface: string;
}

function pickKind(random: () => number): Kind {
  const r = random();
  let acc = 0;
  for (let i = 0; i < KINDS.length; i++) {
    acc += KIND_WEIGHTS[i] ?? 0;
    if (r < acc) return KINDS[i] ?? 'Person';
  }
  return 'Person';
}

function entityNode(index: number, random: () => number): { node: GraphNode; entity: Entity } {
  const kind = pickKind(random);
  const first = word(random);
  const second = word(random);
  const [kindAr, kindEn] = KIND_WORDS[kind];
  const nameAr = stripMarks(`${kindAr} ${first.ar} ${second.ar}`.trim());
  const nameEn = `${kindEn} ${first.latin} ${second.latin}`.trim();
  const aliasesAr = [`${first.ar} ${second.ar}`, `ال${stripMarks(second.ar)}`];
  const aliasesLatin = [`${first.latin}-${second.latin}`, `${kindEn} ${second.latin}`.trim(), `${first.latin[0] ?? 'X'}${second.latin[0] ?? 'X'}${index % 100}`.toUpperCase()];
  const id = `${kind.toLowerCase()}-${index}`;
  const properties: Record<string, Json> = {
    id,
    kind,
    name_ar: nameAr,
    name_en: nameEn,
    aliases_ar: aliasesAr,
    aliases_latin: aliasesLatin,
    description_en: `Synthetic ${kind.toLowerCase()} number ${index}.`,
    ...searchProperties({ name_ar: nameAr, name_en: nameEn, aliases_ar: aliasesAr, aliases_latin: aliasesLatin }),
    mention_count: 0,
  };
  if (kind === 'Place') Object.assign(properties, { lat: 27 + random() * 9, lon: -13 + random() * 12, place_type: 'city' });
  if (kind === 'Event' || kind === 'Date') properties.date = `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  return { node: { id, labels: ['Entity', kind], properties }, entity: { id, kind, nameAr, nameEn, mentionSurface: nameAr } };
}

/** Index in [0, n) drawn from a power law: index 0 is the biggest hub. */
function skewed(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 3.2));
}

const FILLERS = ['وقد أعلنت السلطات أن', 'وأكدت المصادر أن', 'في إطار التحقيقات مع', 'بتنسيق مع', 'وذلك بعد رصد تحركات'];

export interface GeneratedCorpus {
  graph: Graph;
}

/**
 * Shares of the node budget: ~70% entities, ~29% sentences, the rest articles (60 sentences each).
 * Relationships: ~4.2 entity relationships per entity, ~6 mentions per sentence, one HAS_SENTENCE per
 * sentence, so 100k nodes give about 500k relationships.
 */
export function generateCorpus({ nodes, seed }: GenerateOptions): GeneratedCorpus {
  const random = randomSource(seed);
  const sentenceTotal = Math.max(1, Math.floor(nodes * 0.29));
  const articleTotal = Math.max(1, Math.ceil(sentenceTotal / 60));
  const entityTotal = Math.max(2, nodes - sentenceTotal - articleTotal);

  const graphNodes: GraphNode[] = [];
  const entities: Entity[] = [];
  for (let i = 0; i < entityTotal; i++) {
    const { node, entity } = entityNode(i, random);
    graphNodes.push(node);
    entities.push(entity);
  }
  const mentionCounts = new Uint32Array(entityTotal);
  const edges: GraphEdge[] = [];

  const sentenceIds: string[] = [];
  for (let a = 0; a < articleTotal; a++) {
    const articleId = `article-${a}`;
    const sentencesHere = Math.min(60, sentenceTotal - a * 60);
    const articleNode: GraphNode = {
      id: articleId,
      labels: ['Article'],
      properties: { id: articleId, title_ar: `مقال رقم ${a}`, title_en: `Article ${a}`, language: 'ar', sentence_count: sentencesHere, source: 'synthetic' },
    };
    graphNodes.push(articleNode);
    for (let s = 0; s < sentencesHere; s++) {
      const sentenceId = `a${a}-s${s + 1}`;
      const mentioned = new Set<number>();
      const wanted = 3 + Math.floor(random() * 7);
      while (mentioned.size < wanted) mentioned.add(skewed(random, entityTotal));
      let text = FILLERS[Math.floor(random() * FILLERS.length)] ?? '';
      const mentionEdges: GraphEdge[] = [];
      let m = 0;
      for (const index of mentioned) {
        const entity = entities[index];
        if (!entity) continue;
        text += ' ';
        const start = text.length;
        text += entity.mentionSurface;
        mentionCounts[index] = (mentionCounts[index] ?? 0) + 1;
        mentionEdges.push({
          id: `${sentenceId}-m${m++}`,
          type: 'MENTIONS',
          source: sentenceId,
          target: entity.id,
          // The keys the writer gives every mention, so that an entity's mentions are paged as in a real corpus.
          properties: { start, end: text.length, surface: entity.mentionSurface, alias: entity.nameAr, entity_id: entity.id, article_key: articleKeyOf(null, articleId) },
        });
        text += random() < 0.5 ? ' و' : '،';
      }
      text += ' .';
      graphNodes.push({
        id: sentenceId,
        labels: ['Sentence'],
        properties: { id: sentenceId, index: s + 1, paragraph: 1 + Math.floor(s / 4), position: 1 + (s % 4), text, start: 0, end: text.length, mention_count: mentionEdges.length },
      });
      edges.push({ id: `${articleId}-has_sentence-${sentenceId}`, type: 'HAS_SENTENCE', source: articleId, target: sentenceId, properties: { index: s + 1 } });
      edges.push(...mentionEdges);
      sentenceIds.push(sentenceId);
    }
  }

  const relationshipTotal = Math.round(entityTotal * 4.2);
  const seen = new Set<string>();
  // Every entity gets at least one relationship, so a leaf always has a neighbour.
  for (let i = 0; seen.size < relationshipTotal; i++) {
    const sourceIndex = i < entityTotal ? i : Math.floor(random() * entityTotal);
    let targetIndex = skewed(random, entityTotal);
    if (targetIndex === sourceIndex) targetIndex = (targetIndex + 1) % entityTotal;
    const source = entities[sourceIndex];
    const target = entities[targetIndex];
    if (!source || !target) continue;
    const types = TYPES_BY_TARGET[target.kind];
    const type = types[Math.floor(random() * types.length)] ?? 'RELATED_TO';
    const id = `${source.id}-${type}-${target.id}`.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    const evidence = [sentenceIds[Math.floor(random() * sentenceIds.length)] ?? 'a0-s1'];
    edges.push({ id, type, source: source.id, target: target.id, properties: { evidence } });
  }

  for (let i = 0; i < entityTotal; i++) {
    const node = graphNodes[i];
    if (node) node.properties.mention_count = mentionCounts[i] ?? 0;
  }

  return { graph: { nodes: graphNodes, edges } };
}
