/**
 * Coordinated persons (`…+conjunct`). What a clause states of one named person it states of the named persons
 * coordinated after it: «أدانت المحكمة A، أمير الخلية، وB وC بالإعدام» sentences B and C too, «اعتقل الأمن A وB»
 * arrests both. Members of the list are joined by «و» or a comma, and one apposition between commas may stand after a
 * member («، أمير الخلية،»). What names a person alone (a nationality, an origin, a role) is not shared.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';

/** Facts that say who a person is rather than what the clause does with them. */
const OWN_FACTS: ReadonlySet<string> = new Set(['NATIONAL_OF', 'FROM', 'LEADS', 'HEADS', 'LEADER_OF', 'SPOKESPERSON_OF', 'KNOWN_AS', 'ALIAS_OF', 'RESIDES_IN', 'BORN_IN', 'MEMBER_OF']);
/** At most this many tokens between two members of a list, an apposition included. */
const MAX_GAP = 7;

const isNamedPerson = (s: KeyedSpan): boolean =>
  s.kind === 'Person' && s.props['named'] !== false && (s.props['named'] === true || s.ref.type === 'known' || s.rule.startsWith('cue.person.named') || s.rule.startsWith('cue.person.nationality'));

/** The named persons coordinated after `first`, in order. */
function conjunctsOf(fc: FactContext, first: KeyedSpan): KeyedSpan[] {
  const out: KeyedSpan[] = [];
  let last = first;
  for (;;) {
    const next = fc.spans.find((s) => s.first > last.last && isNamedPerson(s));
    if (next === undefined || next.first - last.last - 1 > MAX_GAP) break;
    const between = fc.ctx.tokens.slice(last.last + 1, next.first);
    const commas = between.filter((t) => t.text === '،' || t.text === ',').length;
    const joinedByWaw = next.clitic.startsWith('و') || fc.word(next.first).startsWith('و') || between.some((t) => t.norm === 'و');
    // nothing but punctuation and «و» between them, or «، apposition،» and then «و»
    const plain = between.every((t) => t.type === 'punct' || t.norm === 'و' || t.type === 'clitic');
    const apposition = commas === 2 && (between[0]?.text === '،' || between[0]?.text === ',') && joinedByWaw && !between.some((t) => t.text === '.' || t.text === '؛');
    if (!(plain && (joinedByWaw || commas > 0)) && !apposition) break;
    out.push(next);
    last = next;
  }
  return out;
}

export function conjunctFacts(fc: FactContext): void {
  for (const p of fc.spans.filter(isNamedPerson)) {
    const list = conjunctsOf(fc, p);
    if (list.length === 0) continue;
    const members = new Set([p.key, ...list.map((q) => q.key)]);
    for (const f of [...fc.facts]) {
      if (OWN_FACTS.has(f.type) || (f.source !== p.key && f.target !== p.key)) continue;
      const other = f.source === p.key ? f.target : f.source;
      if (members.has(other)) continue;
      for (const q of list) {
        // a member the clause already relates in that way keeps its own fact
        if (fc.facts.some((g) => g.type === f.type && (g.source === q.key || g.target === q.key))) continue;
        if (f.source === p.key) fc.add(q, f.type, other, `${f.rule}+conjunct`, f.confidence * 0.9, f.properties);
        else fc.add(other, f.type, q, `${f.rule}+conjunct`, f.confidence * 0.9, f.properties);
      }
    }
  }
}
