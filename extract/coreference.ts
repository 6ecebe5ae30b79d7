/**
 * Coreference beyond the anaphors of article.ts (rule ids in ADR 0016):
 * - apposition: a role or a pointer beside a name is that person («عبد اللطيف حموشي، المدير العام …», «مدير
 *   المكتب …، الشرقاوي حبوب», «المعني بالأمر، ويدعى كول جيمس بريدجز»);
 * - the arrested person of a role is the article's suspect («توقيف جندي أمريكي» … «المشتبه فيه»);
 * - names said again in part: each word of a person's name points back to them later («أباعود», «الصحراوي»),
 *   unless two people of the article share it;
 * - short forms: «المكتب المركزي» is the agency of the article whose name it begins, when only one does;
 * - events named like a known one: «تفكيك» of the known cell «خلية أسود الخلافة» offers «(عملية) تفكيك خلية أسود
 *   الخلافة» for resolution, and «إحداث» of the BCIJ «تأسيس المكتب المركزي …».
 * Keys are aliased (`Aliases`), and drafts met under an alias are merged into the entity at the end.
 */
import type { EntityDraft, FactRecord, MentionDraft } from './article.ts';
import type { KeyedSpan } from './fact-context.ts';
import type { SentenceContext } from './spans.ts';
import type { KnownEntity } from './types.ts';
import { normalizeWord, stripArticle } from './tokens.ts';
import { CALLED } from './cues/names.ts';
import { EVENT_VERBAL_NOUNS, type EventType } from './data/vocabulary.ts';

/** Key → the key it stands for (chains followed). */
export class Aliases {
  private readonly to = new Map<string, string>();
  set(from: string, into: string): void {
    const target = this.resolve(into);
    if (target !== from) this.to.set(from, target);
  }
  resolve(key: string): string {
    let k = key;
    for (let n = 0; n < 8; n += 1) {
      const next = this.to.get(k);
      if (next === undefined) return k;
      k = next;
    }
    return k;
  }
  entries(): [string, string][] {
    return [...this.to.keys()].map((k) => [k, this.resolve(k)]);
  }
}

const GLUE = new Set(['وهو', 'وهي', 'هو', 'هي'].map(normalizeWord));
const named = (s: KeyedSpan): boolean => s.kind === 'Person' && (s.ref.type === 'known' || s.ref.type === 'lexicon' || s.props['named'] === true) && s.props['named'] !== false;
const pointer = (s: KeyedSpan): boolean => s.kind === 'Person' && !named(s);

/** The span of a body a title may govern («مدير المكتب …», «أمير التنظيم») starting at token `i`. */
function governedAt(spans: readonly KeyedSpan[], i: number): KeyedSpan | undefined {
  return spans.find((s) => s.first === i && (s.kind === 'Agency' || s.kind === 'Organization' || s.kind === 'Cell' || s.kind === 'Place'));
}

/** Persons side by side with only a comma, «وهو» or a naming word between them: the unnamed one is the named one. */
export function appositions(ctx: SentenceContext, spans: readonly KeyedSpan[], aliases: Aliases): void {
  const people = spans.filter((s) => s.kind === 'Person').sort((a, b) => a.first - b.first);
  for (let n = 0; n + 1 < people.length; n += 1) {
    const a = people[n];
    const b = people[n + 1];
    if (a === undefined || b === undefined || b.first <= a.last) continue;
    // «مدير المكتب المركزي …، الشرقاوي حبوب», «أمير التنظيم أبو عبيدة …»: what a title governs sits between
    const role = a.rule.startsWith('cue.person.role') && pointer(a);
    let from = a.last + 1;
    // «الناطق الرسمي باسم المديرية …، بوبكر سبيك»: the title governs through «باسم», «لدى»
    if (role && /^(باسم|لدي)$/.test(ctx.tokens[from]?.norm ?? '')) from += 1;
    for (let governed = governedAt(spans, from); role && governed !== undefined && governed.last < b.first && governed.last - a.last <= 8; governed = governedAt(spans, from)) from = governed.last + 1;
    const between = ctx.tokens.slice(from, b.first);
    const bare = role && between.length === 0 && !(ctx.tokens[b.first]?.norm ?? '').startsWith('و');
    // «أيمن الظواهري زعيم تنظيم القاعدة»: a leader's title right after a name is said of that name (other titles
    // there may be the object of a verb before the name: «استقبل الملك محمد السادس وزير الخارجية»)
    const leaderAfter = named(a) && pointer(b) && b.leader === true && between.length === 0 && b.clitic === '';
    const glue = bare || leaderAfter || (between.length > 0 && between.length <= 3 && between.every((t) => t.text === '،' || t.text === ',' || GLUE.has(t.norm) || CALLED.has(t.norm)));
    const calledInB = CALLED.has(ctx.tokens[b.first]?.norm ?? '') && between.every((t) => t.text === '،' || t.text === ',');
    // «منسق ينشط في صفوف …، وهو مغربي الجنسية يلقب بـ"أبو البراء"»: a nickname said of the unnamed person the clause is about
    const nickname = ctx.tokens.slice(Math.max(from, b.first - 3), b.first).some((t) => CALLED.has(t.norm)) && b.first - a.last <= 30;
    if (nickname && pointer(a) && named(b)) {
      aliases.set(a.key, b.key);
      continue;
    }
    if (!glue && !calledInB) continue;
    // «محمد بن علي الملقب بـ"أبو حفص"», «…، المدعو …»: the nickname is the same person's
    if (named(a) && named(b) && calledInB) {
      aliases.set(b.key, a.key);
      continue;
    }
    // «…، ويونس أوزياد»: a list goes on, no apposition
    if (named(a) && named(b)) continue;
    // «المتهم الثاني، وهو مواطن تونسي»: two descriptions joined by «وهو» are one person
    if (pointer(a) && pointer(b) && between.some((t) => GLUE.has(t.norm))) {
      aliases.set(b.key, a.key);
      continue;
    }
    if (named(a) && pointer(b)) aliases.set(b.key, a.key);
    else if (pointer(a) && named(b) && !(ctx.tokens[b.first]?.norm ?? '').startsWith('و')) aliases.set(a.key, b.key);
  }
}

/** The words a person's name is said again by: each word of three letters or more, article off. */
export function nameWords(name: string, common: ReadonlySet<string>): string[] {
  return normalizeWord(name)
    .replace(/[()«»"“”.]/g, ' ')
    .split(/\s+/)
    .map((w) => stripArticle(w))
    .filter((w) => w.length >= 3 && !/^(عبد|ابو|ابي|ابن|بن|بنت|ام|مولاي|سيدي)$/.test(w) && !common.has(w) && !common.has(`ال${w}`));
}

/** The article's people by the words of their names; a word two of them share points to neither. */
export class NameMemory {
  private readonly byWord = new Map<string, { key: string; name: string } | null>();
  remember(key: string, name: string, common: ReadonlySet<string>): void {
    for (const w of nameWords(name, common)) {
      const had = this.byWord.get(w);
      if (had === undefined) this.byWord.set(w, { key, name });
      else if (had !== null && had.key !== key) this.byWord.set(w, null);
    }
  }
  get(word: string): { key: string; name: string } | undefined {
    return this.byWord.get(word) ?? undefined;
  }
}

/** Drafts met under an alias join the entity they stand for; mentions and facts follow. */
export function mergeAliased(entities: Map<string, EntityDraft>, mentions: MentionDraft[], facts: FactRecord[], aliases: Aliases): void {
  for (const [from, into] of aliases.entries()) {
    const a = entities.get(from);
    if (a === undefined || from === into) continue;
    const b = entities.get(into);
    if (b === undefined) {
      entities.delete(from);
      entities.set(into, { ...a, key: into });
      continue;
    }
    for (const alias of [a.name_ar, ...a.aliases_ar]) if (alias !== b.name_ar && !b.aliases_ar.includes(alias)) b.aliases_ar.push(alias);
    for (const [p, v] of Object.entries(a.properties)) if (b.properties[p] === undefined && p !== 'named') b.properties[p] = v;
    for (const id of a.possibly) b.possibly.add(id);
    b.firstSentence = Math.min(a.firstSentence, b.firstSentence);
    entities.delete(from);
  }
  for (const m of mentions) m.key = aliases.resolve(m.key);
  for (const f of facts) {
    f.source = aliases.resolve(f.source);
    f.target = aliases.resolve(f.target);
  }
}

/**
 * «المكتب المركزي» in a headline, «المكتب المركزي للأبحاث القضائية» in the text: an agency proposed by its head
 * words alone is the one agency of the article whose name begins with them.
 */
export function shortForms(entities: ReadonlyMap<string, EntityDraft>, aliases: Aliases): void {
  const agencies = [...entities.values()].filter((d) => d.kind === 'Agency');
  for (const d of agencies) {
    if (!d.rule.startsWith('cue.agency') || d.knownId !== null || d.lexiconId !== null) continue;
    const short = normalizeWord(d.name_ar);
    if (short.split(' ').length < 2) continue;
    const longer = agencies.filter((o) => o !== d && [o.name_ar, ...o.aliases_ar].some((n) => normalizeWord(n).startsWith(`${short} `)));
    // one agency may stand there twice (as the graph knows it and as the lexicon has it): one name, one agency
    const distinct = new Set(longer.map((o) => normalizeWord(o.name_ar)));
    const only = longer.find((o) => o.knownId !== null) ?? longer[0];
    if (distinct.size === 1 && only !== undefined) aliases.set(d.key, only.key);
  }
}

/** For resolution only: the names a known event would have («(عملية) تفكيك خلية أسود الخلافة»). */
export function eventResolutionNames(entities: ReadonlyMap<string, EntityDraft>, facts: readonly FactRecord[]): void {
  for (const d of entities.values()) {
    if (d.kind !== 'Event' || d.knownId !== null) continue;
    const noun = EVENT_VERBAL_NOUNS[String(d.properties['event_type'] ?? '') as EventType];
    if (noun === undefined) continue;
    const acted = facts.find((f) => f.source === d.key && (f.type === 'TARGETED' || f.type === 'FOUNDED'));
    const target = acted === undefined ? undefined : entities.get(acted.target);
    if (target === undefined) continue;
    const names = [target.name_ar, ...target.aliases_ar].map((n) => `${noun} ${n}`);
    d.resolveNames = [...names, ...names.map((n) => `عملية ${n}`)];
    // the founding of the known BCIJ is one event, though «تأسيس المكتب المركزي …» is made of common words
    if (target.knownId !== null) d.specificNames = true;
  }
}

/**
 * The surnames of known people that no other known person bears: the last word of an Arabic name of two words or
 * more («عبد اللطيف الحموشي» → «حموشي»). A bare surname in an article links to them. Adds more people's to
 * `surnames` in place; `owners` remembers a surname two people share (null), so that an extractor that grows
 * (extract/index.ts `extend`) never resolves it to either.
 */
export function addKnownSurnames(surnames: Map<string, string>, owners: Map<string, string | null>, known: readonly KnownEntity[], common: ReadonlySet<string>): void {
  for (const k of known) {
    if (k.kind !== 'Person') continue;
    for (const name of k.names) {
      if (!/[\u0600-\u06FF]/.test(name)) continue;
      const words = normalizeWord(name).split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || last === undefined) continue;
      const word = stripArticle(last);
      if (word.length < 4 || common.has(word) || common.has(last) || /^(السادس|الخامس|الثاني|الاول)$/.test(last)) continue;
      const had = owners.get(word);
      const owner = had === undefined || had === k.id ? k.id : null;
      owners.set(word, owner);
      if (owner === null) surnames.delete(word);
      else surnames.set(word, owner);
    }
  }
}
