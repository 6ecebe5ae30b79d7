/**
 * Choosing among the candidate spans of a sentence. Proper names (known entities, then gazetteer and lexicon
 * entries and dates) come first, then cue spans by length. A candidate is dropped when it crosses a kept span,
 * or lies inside or on a kept span of the same kind; spans of different kinds may nest («ولاية داعش بالساحل»
 * names an organisation and a place). A cue span that contains a proper name of its own kind takes that
 * name's identity («تنظيم “داعش”» is Daesh, «خلية أسود الخلافة» the known cell), unless its words make a name of
 * its own around it (`ownName`: «يونس بن عمر الفاسي» is not «عمر الفاسي»).
 */
import type { Span } from './spans.ts';
import { contains, overlaps } from './spans.ts';

function priority(s: Span): number {
  if (s.ref.type === 'known') return s.generic === true ? 0 : 4;
  if (s.ref.type === 'lexicon') return 3;
  if (s.kind === 'Date') return 3;
  return s.ref.type === 'anaphor' ? 1 : 2;
}

const length = (s: Span): number => s.last - s.first;
const isProper = (s: Span): boolean => (s.ref.type === 'known' && s.generic !== true) || s.ref.type === 'lexicon';
const refId = (s: Span): string => (s.ref.type === 'known' || s.ref.type === 'lexicon' ? `${s.ref.type}:${s.ref.id}` : '');

export function selectSpans(candidates: readonly Span[]): Span[] {
  const ordered = [...candidates].sort((a, b) => priority(b) - priority(a) || length(b) - length(a) || a.first - b.first);
  const kept: Span[] = [];
  for (const c of ordered) {
    let keep = true;
    for (let k = 0; k < kept.length; k += 1) {
      const s = kept[k];
      if (s === undefined || !overlaps(s, c)) continue;
      const sameKind = s.kind === c.kind;
      if (contains(s, c)) {
        const distinctNames = isProper(s) && isProper(c) && refId(s) !== refId(c) && !(s.first === c.first && s.last === c.last);
        if ((sameKind && !distinctNames) || (s.first === c.first && s.last === c.last)) {
          // a generic known name yields to the cue reading of the same words, and is remembered as a possible link
          if (c.ref.type === 'known' && c.generic === true && sameKind) kept[k] = { ...s, possibly: [...(s.possibly ?? []), c.ref.id] };
          keep = false;
          break;
        }
        continue;
      }
      if (contains(c, s)) {
        // «وزارة الخارجية الأمريكية» is not the lexicon's Moroccan «وزارة الخارجية»: a nisba of another country in the cue
        const otherCountry = c.country !== undefined && s.country !== undefined && c.country !== s.country;
        if (sameKind && (s.ref.type === 'known' || s.ref.type === 'lexicon') && c.ref.type === 'new' && s.generic !== true && !otherCountry && c.ownName !== true) {
          // the cue span is a longer mention of the proper name inside it
          kept[k] = { ...c, ref: s.ref, rule: `${c.rule}+${s.rule}`, confidence: Math.max(c.confidence, s.confidence), name: s.name ?? c.name, ...(s.nameEn === undefined ? {} : { nameEn: s.nameEn }) };
          keep = false;
          break;
        }
        if (sameKind) {
          kept.splice(k, 1);
          k -= 1;
        }
        continue;
      }
      keep = false;
      break;
    }
    // A generic known name no cue reading claims is not linked on its own (see resolve.ts).
    if (keep && !(c.ref.type === 'known' && c.generic === true)) kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first || b.last - a.last);
}
