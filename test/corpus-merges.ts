/**
 * What a corpus must never hold (issue 12, point 3), judged on its entities as stored: a counted group of people
 * named in more than one article (groups of different operations merged by their count), a name that ran over a
 * preposition glued to a place noun («بلال العلوي بمدينة»), a name that ends in «بن» (cut inside a name), an
 * organisation that gained a numbered name other than its own («كتيبة الأنصار 65» as a spelling of «كتيبة الأنصار»),
 * an event or a group of the genre's everyday words («عمليات التفتيش», «البحث القضائي», «قياديين») or a seized item
 * named in more than one article. Shared by
 * the corpus tests of the extractor and of ingestion.
 */
import { isGenericName, lexicons } from '../extract/lexicons.ts';
import { countAt } from '../extract/numbers.ts';
import { tokenize } from '../extract/tokens.ts';

export interface CorpusEntity {
  id: string;
  kind: string;
  /** Its own names (name_ar, aliases) and the spellings mentions gave it. */
  names: readonly string[];
  /** The articles whose sentences mention it. */
  articles: number;
}

const PLACE_NOUNS = 'مدينة|مدينه|حي|إقليم|اقليم|عمالة|عماله|جهة|جهه|منطقة|منطقه|ولاية|ولايه|بلدة|بلده|قرية|قريه|دوار';
/** A word after a name's first that is a preposition glued to a place noun («… بمدينة», «… لإقليم», «… وبحي»). */
const PREPOSITIONAL_PLACE = new RegExp(`\\s[وف]?[بلك](${PLACE_NOUNS})($|\\s)`, 'u');
const ENDS_IN_PARTICLE = /(^|\s)(بن|ابن|إبن|بنت|ولد)$/u;
/** «خمسة عناصر», «12 متطرفا», «5 members»: a count first, then the people counted. */
function isCountName(name: string): boolean {
  const tokens = tokenize(name.trim());
  return /^\d+\s+\p{L}/u.test(name.trim()) || (countAt(tokens, 0) !== null && tokens.length >= 2);
}

const NAMED_KINDS = new Set(['Person', 'Organization', 'Cell', 'Agency']);

export function corpusMerges(entities: readonly CorpusEntity[]): string[] {
  const lex = lexicons();
  const problems: string[] = [];
  for (const e of entities) {
    const counted = e.kind === 'Group' && e.names.some(isCountName);
    if (counted && e.articles > 1) problems.push(`${e.id}: a counted group named in ${e.articles} articles`);
    const everyday = e.names.filter((n) => /[\u0600-\u06FF]/.test(n)).every((n) => isGenericName(n, lex.commonWords));
    if (e.kind === 'Group' && !counted && everyday && e.articles > 1) problems.push(`${e.id}: a group of everyday words named in ${e.articles} articles`);
    // an event acting on a person or cell the corpus knows may be met again under its name (ADR 0016); one named
    // by everyday words alone is one article's act
    if (e.kind === 'Item' && e.articles > 1) problems.push(`${e.id}: an item seized in ${e.articles} articles`);
    if (e.kind === 'Event' && e.articles > 1 && everyday) problems.push(`${e.id}: an event of everyday words named in ${e.articles} articles`);
    if (!NAMED_KINDS.has(e.kind)) continue;
    for (const n of e.names) {
      if (PREPOSITIONAL_PLACE.test(n.trim())) problems.push(`${e.id}: the name «${n}» runs over a preposition and a place noun`);
      if (ENDS_IN_PARTICLE.test(n.trim())) problems.push(`${e.id}: the name «${n}» ends in «بن»`);
    }
    const numbers = new Set(e.names.flatMap((n) => n.match(/\d+/g) ?? []));
    if (e.kind === 'Organization' && numbers.size > 1) problems.push(`${e.id}: an organisation with the numbered names of ${numbers.size} others`);
  }
  return problems;
}
