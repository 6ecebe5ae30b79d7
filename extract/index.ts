/**
 * The extraction engine: `createExtractor(known)` prepares everything that depends on the graph's entities
 * once (the mention finder, the name index for resolution); `extract(text)` is pure and deterministic.
 * Design, rule ids and confidence scheme: docs/decisions/0016-extraction.md.
 */
import { invalid } from '../domain/errors.ts';
import { createMentionFinder, type Mention } from '../text/mentions.ts';
import { analyzeArticle, stampedDate, UNIQUE_KINDS, type EntityDraft } from './article.ts';
import { addKnownSurnames } from './coreference.ts';
import { buildDescriptionIndex, extendDescriptionIndex, resolveBare, resolveByPlace, resolveDescription, resolveGiven, type DescriptionIndex } from './descriptive.ts';
import { isGenericNameOf, lexicons, type Lexicons } from './lexicons.ts';
import { buildKnownIndex, extendKnownIndex, isCountName, isKnownName, resolveDraft, type KnownIndex } from './resolve.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { tokenize } from './tokens.ts';
import type { Extraction, ExtractOptions, Extractor, KnownEntity, ProposedEntity, ProposedFact, ProposedMention } from './types.ts';

export type { Extraction, Extractor, KnownEntity, ProposedEntity, ProposedFact, ProposedMention } from './types.ts';
export { extractionGraph } from './graph.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The verbal noun and English name an event of each type is called by, with what it acts on. */
const EVENT_NAMES: Readonly<Record<string, { ar: string; en: string }>> = {
  dismantling: { ar: 'تفكيك', en: 'Dismantling' },
  arrest: { ar: 'توقيف', en: 'Arrest' },
  raid: { ar: 'مداهمة', en: 'Raid' },
  search: { ar: 'تفتيش', en: 'Search' },
  foiling: { ar: 'إحباط', en: 'Foiling' },
  discovery: { ar: 'الكشف عن', en: 'Discovery' },
  founding: { ar: 'تأسيس', en: 'Founding' },
  trial: { ar: 'محاكمة', en: 'Trial' },
};

/** An extractor that can learn entities the graph gained since it was built, without being built again. */
export interface GrowingExtractor extends Extractor {
  /**
   * Adds known entities, or names a known entity gained (give its full names), in place: afterwards it
   * extracts what `createExtractor` over all of them would. Names are only added: an entity that lost a name
   * or changed kind needs a new extractor.
   */
  extend(known: readonly KnownEntity[]): void;
}

/** «المقاتلين المغاربة»: a plural with a nationality names a category of people, the same in every article. */
function isCategory(k: KnownEntity, name: string, lex: Lexicons): boolean {
  if (k.kind !== 'Group') return false;
  const tokens = tokenize(name);
  const last = tokens.length - 1;
  return last > 0 && lex.nisbas.matchAt(tokens, last)?.last === last;
}

/**
 * The names the mention finder looks for. A one-off entity (this arrest, this statement) never links by a
 * generic name (resolve.ts), so its generic names are not searched for at all: in a corpus thousands of
 * events share «تفكيك» or «بلاغ», and finding each of them at every trigger word made every article cost
 * time in proportion to the corpus. Resolution still sees those names (possibly-the-same-as proposals). A counted
 * group's name («خمسة عناصر») and an item's («أسلحة بيضاء») are such descriptions too: they never link the group
 * or the seizure of another operation.
 */
function aliasSet(k: KnownEntity, lex: Lexicons) {
  const searchable = (n: string): boolean => k.kind !== 'Item' && (!isGenericNameOf(k.kind, n, lex) || isCategory(k, n, lex)) && !(k.kind === 'Group' && isCountName(n, lex));
  const aliases = UNIQUE_KINDS.has(k.kind) ? k.names.filter(searchable) : k.names;
  return { entityId: k.id, aliases, ...(k.standaloneOnly === true ? { standaloneOnly: true } : {}) };
}

export function createExtractor(known: readonly KnownEntity[]): GrowingExtractor {
  const lex = lexicons();
  const index = buildKnownIndex(known);
  const descriptions = buildDescriptionIndex(known);
  // One mention index over every known name, built once: a sentence is then read in one pass (text/mentions.ts).
  const finder = createMentionFinder(known.map((k) => aliasSet(k, lex)));
  // The resolution index holds each entity with all its names, as analyzeArticle wants it.
  const byId = index.entities;
  // Surnames of known people («الحموشي»), grown with the extractor; `owners` keeps the ambiguous ones out.
  const surnames = new Map<string, string>();
  const owners = new Map<string, string | null>();
  addKnownSurnames(surnames, owners, known, lex.commonWords);
  return {
    extract(text: string, options: ExtractOptions = {}): Extraction {
      // a page's own date stamp dates it when the caller gives no publication date
      const published = checkPublished(options.published) ?? stampedDate(text);
      const findKnown = (sentence: string): Mention[] => finder.find(sentence);
      const analysis = analyzeArticle(text, published, lex, findKnown, byId, surnames);
      return finalize(analysis, index, lex, published, descriptions);
    },
    extend(more: readonly KnownEntity[]): void {
      extendKnownIndex(index, more);
      extendDescriptionIndex(descriptions, more);
      finder.extend(more.map((k) => aliasSet(k, lex)));
      addKnownSurnames(surnames, owners, more, lex.commonWords);
    },
  };
}

/** A one-word common noun in the genitive takes the article: «زعيم» + «خلية» → «زعيم الخلية». */
function definite(name: string): string {
  return /^[\u0621-\u064A]+$/.test(name) && !name.startsWith('ال') ? `ال${name}` : name;
}

/** `published` must be a real calendar day written YYYY-MM-DD; anything else is the caller's mistake. */
function checkPublished(published: string | undefined): string | undefined {
  if (published === undefined) return undefined;
  const day = ISO_DAY.test(published) ? new Date(`${published}T00:00:00Z`) : null;
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== published) {
    throw invalid('invalid-input', 'published must be a calendar date written YYYY-MM-DD', {
      errors: [{ path: 'published', message: 'must be a calendar date written YYYY-MM-DD' }],
      params: { published },
    });
  }
  return published;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Kinds a description may link to a known entity (events and dates are told apart by their own facts). */
const DESCRIBED_KINDS = new Set(['Document', 'Cell', 'Organization', 'Person', 'Group', 'Place']);
const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال|^لل/u;

/** The words after a draft's first mention, to the end of its clause: «الخلايا» + «التي تم تفكيكها منذ سنة 2002». */
function firstMentionContext(analysis: ReturnType<typeof analyzeArticle>, key: string): { surface: string; after: string } | undefined {
  const m = analysis.mentions.find((x) => x.key === key);
  if (m === undefined) return undefined;
  const text = analysis.sentences.find((s) => s.index === m.sentence)?.text ?? '';
  const rest = text.slice(m.end).split(/[,،.؛:!?()]/u)[0] ?? '';
  return { surface: m.surface, after: rest.split(/\s+/).filter((w) => w !== '').slice(0, 8).join(' ') };
}

/** Every name of the places a draft is said to lie in (the graph's names for a known one). */
function placeNamesOf(d: EntityDraft, analysis: ReturnType<typeof analyzeArticle>, index: KnownIndex): string[] {
  return analysis.facts
    .filter((f) => f.source === d.key && f.type === 'LOCATED_IN')
    .map((f) => analysis.entities.get(f.target))
    .filter((p): p is EntityDraft => p !== undefined && p.kind === 'Place' && p.properties['place_type'] !== 'site')
    .flatMap((p) => [p.name_ar, ...p.aliases_ar, ...p.aliases_latin, ...(p.knownId === null ? [] : (index.entities.get(p.knownId)?.names ?? []))]);
}

/** A draft no name links: a description of a known entity, looked up in the description index (descriptive.ts). */
function resolveByDescription(d: EntityDraft, r: ReturnType<typeof resolveDraft>, analysis: ReturnType<typeof analyzeArticle>, descriptions: DescriptionIndex, index: KnownIndex): ReturnType<typeof resolveDraft> {
  if (r.existingId !== null) return r;
  const context = firstMentionContext(analysis, d.key);
  const surface = context?.surface ?? d.name_ar;
  const texts = [`${surface} ${context?.after ?? ''}`, d.name_ar, ...d.aliases_ar, ...(d.resolveNames ?? [])];
  const given = d.kind === 'Event' && d.properties['event_type'] === 'plot' && DEFINITE.test(surface.trim());
  if (!DESCRIBED_KINDS.has(d.kind) && !given) return r;
  if (d.kind === 'Person') texts.push(...analysis.mentions.filter((m) => m.key === d.key).map((m) => m.surface));
  const count = typeof d.properties['count'] === 'number' ? d.properties['count'] : null;
  const match = given
    ? resolveGiven(d.kind, texts, descriptions)
    : (resolveDescription(d.kind, texts, DEFINITE.test(surface.trim()), descriptions, count) ??
      (d.kind === 'Place' ? resolveByPlace(d.kind, texts, placeNamesOf(d, analysis, index), descriptions) : null) ??
      (DEFINITE.test(surface.trim()) ? resolveBare(d.kind, d.name_ar, descriptions) : null));
  if (match === null) return r;
  if (match.existingId !== null) return { existingId: match.existingId, possibly: r.possibly.filter((p) => p !== match.existingId), rule: 'coref.description' };
  return { ...r, possibly: [...new Set([...r.possibly, ...match.possibly])] };
}

function finalize(analysis: ReturnType<typeof analyzeArticle>, index: KnownIndex, lex: Lexicons, published: string | undefined, descriptions: DescriptionIndex): Extraction {
  // 1. resolution, and merging of drafts that are one known entity
  const keyMap = new Map<string, string>();
  const merged = new Map<string, { draft: EntityDraft; existingId: string | null; possibly: Set<string>; rule: string }>();
  for (const d of analysis.entities.values()) {
    const r = resolveByDescription(d, resolveDraft(d, index, lex), analysis, descriptions, index);
    const target = r.existingId ?? d.key;
    keyMap.set(d.key, target);
    // linked by resolution: the entity keeps the graph's names; the article's spellings become aliases
    const knownEntity = r.existingId === null || d.knownId !== null ? undefined : index.entities.get(r.existingId);
    if (knownEntity !== undefined) {
      const arabic = knownEntity.names.filter((n) => /[\u0600-\u06FF]/.test(n));
      const latin = knownEntity.names.filter((n) => !/[\u0600-\u06FF]/.test(n));
      if (!d.aliases_ar.includes(d.name_ar)) d.aliases_ar.unshift(d.name_ar);
      d.name_ar = arabic[0] ?? d.name_ar;
      d.name_en = latin[0] ?? d.name_en;
      d.aliases_latin = [...new Set([...latin, ...d.aliases_latin])];
    }
    const prev = merged.get(target);
    if (prev === undefined) {
      merged.set(target, { draft: d, existingId: r.existingId, possibly: new Set(r.possibly), rule: r.rule === null ? d.rule : `${d.rule}+${r.rule}` });
    } else {
      for (const a of d.aliases_ar) if (!prev.draft.aliases_ar.includes(a)) prev.draft.aliases_ar.push(a);
      for (const p of r.possibly) prev.possibly.add(p);
      prev.draft.confidence = Math.max(prev.draft.confidence, d.confidence);
    }
  }
  const mapKey = (k: string): string => keyMap.get(k) ?? k;
  const facts = analysis.facts.map((f) => ({ ...f, source: mapKey(f.source), target: mapKey(f.target) })).filter((f) => f.source !== f.target);
  // An event trigger that no fact ties to anything («إحباط المخططات» in a closing remark) is not proposed,
  // unless it is named by a phrase of its own («الحرب العالمية ضد الإرهاب»).
  const tied = new Set(facts.flatMap((f) => [f.source, f.target]));
  const named = (d: EntityDraft): boolean => [d.name_ar, ...d.aliases_ar].some((n) => n.split(/\s+/).length >= 3);
  for (const [key, m] of [...merged]) if (m.existingId === null && m.draft.kind === 'Event' && !tied.has(key) && !named(m.draft)) merged.delete(key);

  // 2. descriptive names for one-off entities, from their facts
  const nameOf = (key: string): { ar: string; en: string | null } | undefined => {
    const m = merged.get(key);
    return m === undefined ? undefined : { ar: m.draft.name_ar, en: m.draft.name_en };
  };
  for (const m of merged.values()) {
    const d = m.draft;
    // (a cell with a name of its own keeps it: its id is the romanised name)
    if (m.existingId === null && d.kind === 'Cell' && d.name_en === null && !d.rule.startsWith('cue.cell.named')) d.name_en = d.properties['collective'] === true ? 'Terrorist cells' : 'Terrorist cell';
  }
  for (const [key, m] of merged) {
    const d = m.draft;
    if (m.existingId !== null) continue;
    if (d.kind === 'Event') {
      const target = facts.find((f) => f.source === key && f.type === 'TARGETED');
      const t = target === undefined ? undefined : nameOf(target.target);
      const type = String(d.properties['event_type'] ?? '');
      const canon = EVENT_NAMES[type];
      const en = canon?.en ?? d.name_en ?? 'Event';
      // operations are named by what they act on; a plot or an attack by its own words
      if (t !== undefined && canon !== undefined && !d.name_ar.includes(t.ar)) {
        d.name_ar = `${canon.ar} ${t.ar}`.trim();
        d.name_en = `${en} of ${t.en ?? t.ar}`;
      } else if (d.name_en === null) d.name_en = en;
    }
    // a title merged into a named person («مدير المكتب …، الشرقاوي حبوب») leaves no unnamed description
    if (d.kind === 'Person' && d.properties['named'] === false && d.lexiconId !== null) delete d.properties['named'];
    if (d.kind === 'Person' && d.properties['named'] === false) {
      const led =
        // (a head of state's nisba is in his name already: «الرئيس الأمريكي»)
        facts.find((f) => f.source === key && (f.type === 'LEADS' || f.type === 'HEADS' || f.type === 'KIN_OF') && f.rule !== 'fact.nationality.nisba') ??
        facts.find((f) => f.source === key && f.type === 'MEMBER_OF');
      const t = led === undefined ? undefined : nameOf(led.target);
      if (t !== undefined && !d.name_ar.includes(t.ar)) {
        d.name_ar = `${d.name_ar} ${led?.type === 'MEMBER_OF' ? 'في' : ''} ${definite(t.ar)}`.replace(/\s+/g, ' ').trim();
        d.name_en = `${d.name_en ?? 'Person'} of ${t.en ?? t.ar}`;
      }
    }
    if (d.kind === 'Document' && d.properties['document_type'] === 'press statement') {
      const issuer = facts.find((f) => f.target === key && f.type === 'ISSUED');
      const t = issuer === undefined ? undefined : nameOf(issuer.source);
      if (t !== undefined && !d.name_ar.includes(t.ar)) {
        d.name_ar = `${d.name_ar} ${t.ar}`;
        d.name_en = `Statement of the ${t.en ?? t.ar}`;
      }
    }
  }

  // 3. zero duplicates: a new entity's own name must not be a known entity's name
  const qualifier = published ?? analysis.sentences[0]?.text.split(/\s+/).slice(0, 4).join(' ') ?? 'article';
  for (const m of merged.values()) {
    if (m.existingId !== null) continue;
    const d = m.draft;
    if (isKnownName(d.name_ar, index)) d.name_ar = `${d.name_ar} (${qualifier})`;
    if (d.name_en !== null && isKnownName(d.name_en, index)) d.name_en = `${d.name_en} (${qualifier})`;
  }

  // 4. slugs and final keys
  // The known ids are asked, not copied: a corpus has tens of thousands and an article names a few.
  const used = new Set<string>();
  const taken = { has: (slug: string): boolean => used.has(slug) || index.entities.has(slug) };
  const finalKey = new Map<string, string>();
  for (const [key, m] of merged) {
    if (m.existingId !== null) {
      finalKey.set(key, m.existingId);
      continue;
    }
    const d = m.draft;
    const base = slugify(d.lexiconId ?? d.name_en ?? d.name_ar);
    const slug = uniqueSlug(base, taken);
    used.add(slug);
    finalKey.set(key, slug);
  }
  const fk = (k: string): string => finalKey.get(k) ?? k;

  const entities: ProposedEntity[] = [...merged.entries()].map(([key, m]) => {
    const d = m.draft;
    const slug = fk(key);
    return {
      key: slug,
      existingId: m.existingId,
      possiblySameAs: [...m.possibly].filter((id) => id !== m.existingId).sort(),
      kind: d.kind,
      slug,
      name_ar: d.name_ar,
      name_en: d.name_en,
      aliases_ar: d.aliases_ar.filter((a) => a !== d.name_ar),
      aliases_latin: d.aliases_latin.filter((a) => a !== d.name_en),
      description_en: d.description,
      properties: d.properties,
      rule: m.rule,
      confidence: round(m.existingId !== null && d.knownId !== null ? Math.max(d.confidence, 0.9) : d.confidence),
    };
  });
  const confidenceOf = new Map(entities.map((e) => [e.key, e.confidence]));
  const mentions: ProposedMention[] = analysis.mentions.filter((m) => merged.has(mapKey(m.key))).map((m) => ({
    entity: fk(mapKey(m.key)),
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    surface: m.surface,
    rule: m.rule,
    confidence: round(m.confidence),
  }));
  const seen = new Set<string>();
  const proposedFacts: ProposedFact[] = [];
  for (const f of facts) {
    const source = fk(f.source);
    const target = fk(f.target);
    const id = `${source}|${f.type}|${target}|${f.sentence}`;
    if (seen.has(id) || source === target) continue;
    seen.add(id);
    const ends = Math.min(confidenceOf.get(source) ?? 0.5, confidenceOf.get(target) ?? 0.5);
    proposedFacts.push({ source, type: f.type, target, sentence: f.sentence, properties: f.properties, rule: f.rule, confidence: round(f.confidence * (0.5 + ends / 2)) });
  }
  return { sentences: analysis.sentences, entities, mentions, facts: proposedFacts, dropped: analysis.dropped };
}
