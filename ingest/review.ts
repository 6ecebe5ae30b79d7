/**
 * An analyst's review of a dry run, applied to the plan before it is written: proposals accepted or rejected
 * (rejected mentions and supports are kept as rejected, so a later look at the article shows them decided),
 * kinds changed, mentions and entities linked to known entities, entities made from a span of text, facts
 * added between two entities with their sentence. Items are named by the ids the dry run showed them under.
 */
import type { Json } from '../contract/json.ts';
import type { Review } from '../contract/workbench.ts';
import { DomainError } from '../domain/errors.ts';
import { mentionIdOf, sentenceIdOf, type ArticleBatch, type EntityInput, type ReviewStatus } from '../store/article-batch.ts';
import type { Plan } from './plan.ts';

const analyst = { method: 'analyst', confidence: 1, status: 'accepted' } as const;

/**
 * The batch the review leaves. `factIds[i]` is the id the dry run showed `plan.batch.facts[i]` under;
 * `known` holds the ids of entities the graph already has (a link must point at one of them).
 */
export function applyReview(plan: Plan, articleId: string, factIds: readonly string[], review: Review, known: ReadonlySet<string>): ArticleBatch {
  const batch = structuredClone(plan.batch);
  const unknown: string[] = [];
  const sentenceOf = new Map(batch.sentences.map((s) => [sentenceIdOf(articleId, s.local), s]));
  const entities = new Map(batch.entities.map((e) => [e.id, e]));
  const isNew = new Set(plan.created);

  // Entities: what each becomes (itself, another known entity, or nothing).
  const becomes = new Map<string, string | null>();
  const rejectedProposals: string[] = [];
  for (const decision of review.entities) {
    const entity = entities.get(decision.id);
    if (!entity) {
      unknown.push(`entities: ${decision.id}`);
      continue;
    }
    if (decision.linkTo !== undefined) {
      if (!known.has(decision.linkTo)) unknown.push(`entities: ${decision.id} links to ${decision.linkTo}, which the graph does not hold`);
      becomes.set(decision.id, decision.linkTo);
    } else if (decision.decision === 'reject') {
      becomes.set(decision.id, null);
      if (isNew.has(entity.id)) rejectedProposals.push(`${entity.kind}|${typeof entity.properties.name_ar === 'string' ? entity.properties.name_ar : entity.id}`);
    } else if (isNew.has(entity.id)) {
      entity.properties = { ...entity.properties, status: 'accepted' };
    }
    if (decision.kind !== undefined && isNew.has(entity.id)) entity.kind = decision.kind;
  }
  const target = (id: string): string | null => (becomes.has(id) ? (becomes.get(id) ?? null) : id);

  // Mentions: each decision by the id the dry run gave it.
  const mentionDecisions = new Map(review.mentions.map((m) => [m.id, m]));
  const seenMentions = new Set<string>();
  for (const m of batch.mentions) {
    const id = mentionIdOf(sentenceIdOf(articleId, m.sentence), m.entityId, m.start);
    seenMentions.add(id);
    const decision = mentionDecisions.get(id);
    const moved = target(m.entityId);
    if (decision?.linkTo !== undefined) {
      if (!known.has(decision.linkTo) && !entities.has(decision.linkTo)) unknown.push(`mentions: ${id} links to ${decision.linkTo}, which is not known`);
      m.entityId = decision.linkTo;
      m.status = 'accepted';
    } else if (moved === null || decision?.decision === 'reject') {
      m.status = 'rejected';
      if (moved !== null) m.entityId = moved;
    } else {
      m.entityId = moved;
      if (decision?.decision === 'accept' || review.acceptRest) m.status = 'accepted';
    }
  }
  for (const id of mentionDecisions.keys()) if (!seenMentions.has(id)) unknown.push(`mentions: ${id}`);

  // Facts: their supports take the decision; a fact with a rejected end has its supports rejected.
  const factDecisions = new Map(review.facts.map((f) => [f.id, f]));
  const seenFacts = new Set<string>();
  batch.facts.forEach((f, i) => {
    const id = factIds[i] ?? '';
    seenFacts.add(id);
    const source = target(f.source);
    const to = target(f.target);
    const decision = factDecisions.get(id);
    const status: ReviewStatus | null =
      source === null || to === null || decision?.decision === 'reject' ? 'rejected' : decision?.decision === 'accept' || review.acceptRest ? 'accepted' : null;
    if (source !== null) f.source = source;
    if (to !== null) f.target = to;
    if (status !== null) for (const s of f.supports) s.status = status;
  });
  for (const id of factDecisions.keys()) if (!seenFacts.has(id)) unknown.push(`facts: ${id}`);

  // Entities made from a span, and facts added by hand.
  for (const e of review.newEntities) {
    const sentence = sentenceOf.get(e.sentence);
    if (!sentence || e.end > sentence.text.length || e.start >= e.end) {
      unknown.push(`newEntities: ${e.id} (sentence ${e.sentence}, ${e.start}–${e.end})`);
      continue;
    }
    if (known.has(e.id) || entities.has(e.id)) unknown.push(`newEntities: ${e.id} is taken`);
    const entity: EntityInput = { id: e.id, kind: e.kind, properties: { name_ar: e.name_ar, name_en: e.name_en ?? null, aliases_ar: [], aliases_latin: [], status: 'accepted' }, origin: 'analyst' };
    batch.entities.push(entity);
    entities.set(e.id, entity);
    const surface = sentence.text.slice(e.start, e.end);
    batch.mentions.push({ ...analyst, sentence: sentence.local, entityId: e.id, start: e.start, end: e.end, surface, alias: surface, clitic: '', noise: [] });
  }
  for (const f of review.newFacts) {
    const sentence = sentenceOf.get(f.sentence);
    const ends = [f.source, f.target].every((id) => entities.has(id) || known.has(id));
    if (!sentence || !ends || f.source === f.target) {
      unknown.push(`newFacts: ${f.source} ${f.type} ${f.target}`);
      continue;
    }
    for (const id of [f.source, f.target]) {
      if (!entities.has(id)) {
        const linked: EntityInput = { id, kind: 'Group', properties: {}, origin: 'extracted' };
        batch.entities.push(linked);
        entities.set(id, linked);
      }
    }
    // Extraction may have proposed the same fact: the analyst's word on that sentence replaces the proposal.
    const same = batch.facts.find((x) => x.source === f.source && x.type === f.type && x.target === f.target);
    if (same) same.supports = [...same.supports.filter((x) => x.sentence !== sentence.local), { ...analyst, sentence: sentence.local }];
    else batch.facts.push({ source: f.source, type: f.type, target: f.target, properties: { added_by_analyst: true }, supports: [{ ...analyst, sentence: sentence.local }] });
  }
  if (review.acceptRest) {
    for (const e of batch.entities) if (isNew.has(e.id) && e.properties.status === 'proposed') e.properties = { ...e.properties, status: 'accepted' };
  }

  if (unknown.length > 0) {
    throw new DomainError('conflict', 'review-stale', `The review names items the article's extraction does not propose now (the graph may have changed since the dry run): ${unknown.slice(0, 5).join('; ')}. Run the dry run again.`, {
      errors: unknown.slice(0, 50).map((message) => ({ path: message.split(':')[0] ?? 'review', message })),
    });
  }

  // Entities nothing refers to any more (rejected, or linked away) are not written; known ones linked to are.
  const used = new Set([...batch.mentions.map((m) => m.entityId), ...batch.facts.flatMap((f) => [f.source, f.target])]);
  const kept = batch.entities.filter((e) => used.has(e.id) && target(e.id) === e.id);
  for (const id of used) if (!kept.some((e) => e.id === id)) kept.push({ id, kind: entities.get(id)?.kind ?? 'Group', properties: {}, origin: 'extracted' });
  const extra: Record<string, Json> = { ...batch.article.extra, reviewed: true };
  if (rejectedProposals.length > 0) extra.rejected_proposals = rejectedProposals;
  // Facts whose two ends became one entity say nothing.
  const facts = batch.facts.filter((f) => f.source !== f.target);
  return { ...batch, article: { ...batch.article, extra }, entities: kept, facts };
}
