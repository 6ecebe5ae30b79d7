/**
 * From what extraction proposes to what the writer adds: the article batch, with every proposal marked
 * `proposed` and carrying its rule and confidence, new entities under collision-free slugs, and linked
 * ones under their existing ids. Pure: which ids are taken is given.
 */
import type { ArticleInput as ArticleFields } from '../contract/api.ts';
import type { Json } from '../contract/json.ts';
import type { Extraction, ProposedEntity } from '../extract/index.ts';
import type { ArticleBatch, EntityInput, FactInput, MentionInput, SentenceInput } from '../store/article-batch.ts';
import { normalizeForSearch } from '../text/normalize.ts';

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_SLUG = 120;

/** Rules whose mention refers to an entity met before rather than naming it («هذه الخلية»). */
const isAnaphor = (rule: string): boolean => rule.startsWith('anaphor.');

export interface Plan {
  /** What will be written; a review replaces it with the reviewed batch. */
  batch: ArticleBatch;
  /** Extraction key → the entity id it is written under. */
  ids: Map<string, string>;
  linked: string[];
  created: string[];
  /** New entities that may be known ones under another name (review before merging). */
  possiblySameAs: number;
}

/** The slug an entity proposal asks for, made safe for an id. */
export function baseSlug(entity: ProposedEntity): string {
  const cleaned = entity.slug.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG);
  return SLUG.test(cleaned) ? cleaned : `${entity.kind.toLowerCase()}-${entity.key.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
}

/** `base`, or `base-2`, `base-3`… : the first that neither the graph nor this article uses yet. */
export function freeSlug(base: string, taken: ReadonlySet<string>, used: ReadonlySet<string>): string {
  if (!taken.has(base) && !used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate) && !used.has(candidate)) return candidate;
  }
}

/** The sentence ids inside the article: `s-<paragraph>-<position>`, `h` for the headline. */
function sentenceInputs(text: string, extraction: Extraction): SentenceInput[] {
  const positions = new Map<number, number>();
  return extraction.sentences.map((s) => {
    const position = (positions.get(s.paragraph) ?? 0) + 1;
    positions.set(s.paragraph, position);
    const line = text.slice(0, s.start).split(/\r\n|\r|\n/).length;
    return {
      local: s.headline ? 'h' : `s-${s.paragraph}-${position}`,
      index: s.index,
      paragraph: s.paragraph,
      position,
      line,
      start: s.start,
      end: s.end,
      text: s.text,
      headline: s.headline,
    };
  });
}

/**
 * The name a mention of a known entity matched: one of its names when the surface is one (a fused «ل» of
 * «للمكتب» put back as «ال»), else the surface itself, which then becomes this article's spelling of it.
 */
function aliasOf(surface: string, names: ReadonlyMap<string, string>): string {
  const direct = names.get(normalizeForSearch(surface));
  if (direct !== undefined) return direct;
  if (surface.startsWith('ل')) {
    const fused = names.get(normalizeForSearch(`ا${surface}`));
    if (fused !== undefined) return fused;
  }
  return surface;
}

function entityProperties(e: ProposedEntity): Record<string, Json> {
  const properties: Record<string, Json> = {
    name_ar: e.name_ar,
    name_en: e.name_en,
    aliases_ar: e.aliases_ar,
    aliases_latin: e.aliases_latin,
    description_en: e.description_en,
    ...(e.properties as Record<string, Json>),
    status: 'proposed',
    rule: e.rule,
    confidence: e.confidence,
  };
  if (e.possiblySameAs.length > 0) properties.possibly_same_as = e.possiblySameAs;
  return properties;
}

/**
 * The batch for one article. `taken` holds the ids the graph already has among the slugs asked for;
 * `knownNames` maps every known entity id to its names, for telling a known name from a new spelling.
 */
export function planArticle(
  fields: ArticleFields,
  text: string,
  extraction: Extraction,
  taken: ReadonlySet<string>,
  knownNames: ReadonlyMap<string, readonly string[]>,
): Plan {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const entities: EntityInput[] = [];
  const linked: string[] = [];
  const created: string[] = [];
  let possiblySameAs = 0;
  for (const e of extraction.entities) {
    if (e.existingId !== null) {
      ids.set(e.key, e.existingId);
      if (!used.has(e.existingId)) {
        used.add(e.existingId);
        linked.push(e.existingId);
        entities.push({ id: e.existingId, kind: e.kind, properties: {}, origin: 'extracted' });
      }
      continue;
    }
    const id = freeSlug(baseSlug(e), taken, used);
    used.add(id);
    ids.set(e.key, id);
    created.push(id);
    if (e.possiblySameAs.length > 0) possiblySameAs += 1;
    entities.push({ id, kind: e.kind, properties: entityProperties(e), origin: 'extracted' });
  }

  const sentences = sentenceInputs(text, extraction);
  const localOf = new Map(sentences.map((s) => [s.index, s.local]));
  // The names of the entities this article mentions, by normalised form; only those (the graph may know 100k).
  const namesOf = new Map<string, Map<string, string> | undefined>();
  const ownNames = (id: string): Map<string, string> | undefined => {
    if (!namesOf.has(id)) {
      const names = knownNames.get(id);
      namesOf.set(id, names === undefined ? undefined : new Map(names.map((n) => [normalizeForSearch(n), n])));
    }
    return namesOf.get(id);
  };

  const mentions: MentionInput[] = [];
  const seen = new Set<string>();
  for (const m of extraction.mentions) {
    const entityId = ids.get(m.entity);
    const sentence = localOf.get(m.sentence);
    if (entityId === undefined || sentence === undefined) continue;
    const key = `${sentence}|${m.start}|${entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const own = ownNames(entityId);
    mentions.push({
      method: 'rule',
      rule: m.rule,
      confidence: m.confidence,
      status: 'proposed',
      sentence,
      entityId,
      start: m.start,
      end: m.end,
      surface: m.surface,
      alias: own ? aliasOf(m.surface, own) : m.surface,
      anaphora: isAnaphor(m.rule),
      clitic: '',
      noise: [],
    });
  }

  // One fact per (source, type, target, date); each stating sentence is one support.
  const facts = new Map<string, FactInput>();
  for (const f of extraction.facts) {
    const source = ids.get(f.source);
    const target = ids.get(f.target);
    const sentence = localOf.get(f.sentence);
    if (source === undefined || target === undefined || sentence === undefined || source === target) continue;
    const date = typeof f.properties.date === 'string' ? f.properties.date : '';
    const key = `${source}|${f.type}|${target}|${date}`;
    const fact = facts.get(key) ?? { source, type: f.type, target, properties: { ...(f.properties as Record<string, Json>) }, supports: [] };
    if (!fact.supports.some((s) => s.sentence === sentence)) {
      fact.supports.push({ method: 'rule', rule: f.rule, confidence: f.confidence, status: 'proposed', sentence });
    }
    facts.set(key, fact);
  }

  return {
    batch: {
      article: {
        text,
        title: fields.title ?? null,
        url: fields.url ?? null,
        outlet: fields.outlet ?? null,
        published: fields.published ?? null,
        language: 'ar',
        extra: { origin: 'ingested', dropped_lines: extraction.dropped.map((d) => d.line), dropped_reasons: extraction.dropped.map((d) => d.reason) },
      },
      sentences,
      entities,
      mentions,
      facts: [...facts.values()],
    },
    ids,
    linked,
    created,
    possiblySameAs,
  };
}
