/**
 * Shapes of people's names that need no list of given names:
 * - a foreign or unfamiliar name after a title or a nationality («الرئيس الفرنسي فرانسوا هولاند», «الطالبة
 *   الدنماركية لويزا فيسترغر يسبرسن»): 1–4 words that are no everyday word, no number, no particle, ending where
 *   the clause goes on (punctuation, a particle, a definite word, a number);
 * - a name after a naming word anywhere («ويدعى كول جيمس بريدجز», «المدعو عبد الرحمن الصحراوي», «المكنى
 *   أبو عبيدة»), or initials («المدعو (ع.ب)»);
 * - the nisbas of countries that qualify a person («المواطن الإسباني السويسري»), skipped before the name and
 *   kept as the person's nationalities.
 */
import type { Lexicons } from '../lexicons.ts';
import { countAt } from '../numbers.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { normalizeWord, readings } from '../tokens.ts';

/** Number words, glued to a preposition or not («بعشر سنوات»): they end a name. */
const NUMBER_WORD = /^[وبل]?(عشر|خمس|ست|سبع|ثماني|ثمان|تسع|ثلاث|اربع|اثني|اثنا|عشره|خمسه|سته|سبعه|ثمانيه|تسعه|ثلاثه|اربعه|عشرين|ثلاثين|اربعين|خمسين|مايه|ميه|الف|سنه|سنوات|سنتين|عاما|اعوام|شهر|اشهر)$/;
import { after, isStop, isWord, spanAt } from './words.ts';

const MAX_FOREIGN_WORDS = 4;
/** Words that open a clause rather than a name: verbs of saying and being, time words. */
export const NOT_A_NAME = new Set(
  [
    'قال', 'أكد', 'اكد', 'أعلن', 'أضاف', 'أوضح', 'صرح', 'شدد', 'دعا', 'يؤكد', 'يقول', 'كشف', 'أشار', 'أفاد', 'مساء', 'صباح', 'ليلة', 'يوم', 'أمس', 'اليوم',
    'خلال', 'حيث', 'وهو', 'وهي', 'الذي', 'التي', 'سنة', 'عام', 'ضمن', 'رفقة', 'برفقة', 'إلى', 'الى', 'نحو', 'أن', 'بأن', 'إن', 'كان', 'كانت', 'تم', 'جرى',
    'أجرى', 'ألقى', 'التقى', 'استقبل', 'زار', 'عبر', 'أشاد', 'نوه', 'حذر', 'طالب', 'قرر', 'سبق', 'ظل', 'بات', 'أصبح', 'يعد', 'تعد', 'ليس', 'مازال', 'لازال',
    // verbs the genre puts right after a person («المدعو X يعد من …», «هذا القيادي تكلف بتمويل …»)
    'تكلف', 'تكفل', 'يتولى', 'تولى', 'يشرف', 'أشرف', 'يعتبر', 'اعتبر', 'يقيم', 'أقام', 'ينحدر', 'يشتبه', 'تمكن', 'عمل', 'قام', 'يقوم', 'حاول', 'يحاول',
    'اعترف', 'أقر', 'بايع', 'يبايع', 'ينشط', 'نشط', 'سافر', 'التحق', 'غادر', 'عاد', 'تلقى', 'يتلقى', 'ظهر', 'يظهر', 'أدين', 'توبع', 'يتابع',
    'باسم', 'بإسم', 'بصفته', 'بصفتها', 'بعث', 'أرسل', 'جند', 'استقطب', 'خطط', 'يخطط', 'يعتزم', 'اعتزم', 'تبنى', 'قتل',
    // the fifth round's verbs of supplying, honouring and meeting
    'زود', 'مول', 'سلم', 'وشح', 'منح', 'كرم', 'عقد', 'بحث', 'استقبل', 'التقى', 'عين', 'يعين',
  ].map(normalizeWord),
);
export const CALLED = new Set(
  ['المدعو', 'المدعوه', 'المسمي', 'المسماه', 'الملقب', 'الملقبه', 'يدعي', 'تدعي', 'ويدعي', 'وتدعي', 'المكني', 'الملقب ب', 'ويلقب', 'يلقب', 'تلقب', 'يكني', 'الشهير', 'المعروف'].map(normalizeWord),
);

/** The particles of a name's nasab and kunya («بن», «ابن», «بنت», «ولد», «أبو», «أم», «عبد»): a name goes on after them. */
export const NAME_PARTICLE = /^(ابن|بن|بنت|ولد|ابو|ابي|ام|عبد)$/;

const PREPOSITIONS = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);

/**
 * A preposition glued to a noun of the genre («بمدينة», «بحي», «بإقليم», «لمدينة», «بجماعة») opens a complement:
 * no name of this genre runs over it. Names that begin with «ب» or «ل» («بنعلي», «بلال», «لحسن») read as no such
 * noun once the letter is off, so they stay names.
 */
export function opensComplement(ctx: SentenceContext, lex: Lexicons, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t)) return false;
  const cue = lex.placeCues.matchAt(ctx.tokens, k);
  if (cue !== null && cue.last === k && PREPOSITIONS.has(cue.clitic)) return true;
  return readings(t.norm).some((r) => PREPOSITIONS.has(r.clitic) && (r.article || (r.core.length >= 3 && lex.commonWords.has(r.core))));
}

/** Prepositions written apart and words of time: a name stops before them («… قرب مراكش», «… صباح اليوم»). */
const NAME_BOUNDARY = new Set(['قرب', 'بعد', 'قبل', 'خلال', 'عند', 'نحو', 'ضد', 'منذ', 'حيث', 'بين', 'داخل', 'خارج', 'امام', 'وسط', 'فوق', 'تحت', 'لدي', 'اثر', 'عقب', 'صباح', 'مساء', 'ليله', 'فجر', 'امس', 'حاليا', 'سابقا', 'مع', 'دون', 'حول']);

/** A noun with its possessive («مسؤوليتها», «مبايعتهم»): no name word, it ends the name before it. */
export function possessedNoun(norm: string): boolean {
  return (/(تها|تهم|تهما)$/.test(norm) && norm.length >= 5) || (/(يته|اءته|عته)$/.test(norm) && norm.length >= 6);
}

function nameLike(ctx: SentenceContext, lex: Lexicons, k: number, fixed: readonly Span[]): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || isStop(t) || NOT_A_NAME.has(t.norm) || NAME_BOUNDARY.has(t.norm) || lex.commonWords.has(t.norm) || t.norm.length < 2 || opensComplement(ctx, lex, k)) return false;
  if (readings(t.norm).some((r) => r.article) || NUMBER_WORD.test(t.norm) || spanAt(fixed, k) !== undefined) return false;
  if (possessedNoun(t.norm)) return false;
  if (countAt(ctx.tokens, k) !== null || lex.personTitles.matchAt(ctx.tokens, k) !== null || lex.eventTriggers.matchAt(ctx.tokens, k) !== null) return false;
  if (lex.nisbas.matchAt(ctx.tokens, k) !== null || lex.reportingVerbs.matchAt(ctx.tokens, k) !== null) return false;
  return true;
}

/** The last token of a foreign name starting at `k`: name-like words up to where the clause goes on, or null. */
export function foreignName(ctx: SentenceContext, lex: Lexicons, k: number, fixed: readonly Span[]): number | null {
  if (k < 0 || !nameLike(ctx, lex, k, fixed)) return null;
  let end = k;
  for (let j = after(ctx, k); j >= 0 && nameLike(ctx, lex, j, fixed); j = after(ctx, end)) {
    if (ctx.tokens[j]?.norm.startsWith('و') === true && j > k) break; // «… وزوجته»: a list goes on
    end = j;
    if (end - k + 1 > MAX_FOREIGN_WORDS) return null;
  }
  return end;
}

/** Country nisbas from `k` on («الإسباني السويسري»): their countries and the token after them. */
export function nisbasFrom(ctx: SentenceContext, lex: Lexicons, k: number): { countries: string[]; next: number; first: number } {
  const countries: string[] = [];
  let at = k;
  const first = k;
  while (at >= 0) {
    const m = lex.nisbas.matchAt(ctx.tokens, at);
    if (m === null || m.last !== at || m.clitic !== '') break;
    countries.push(m.value.id);
    at = after(ctx, at);
  }
  return { countries, next: at, first };
}

/** The name after a naming word at `k` («ويدعى …», «المدعو …»): its token range, or null. */
export function calledNameAt(ctx: SentenceContext, lex: Lexicons, k: number, fixed: readonly Span[], givenShape: (i: number) => number | null): { first: number; last: number } | null {
  const t = ctx.tokens[k];
  if (!isWord(t) || !CALLED.has(t.norm)) return null;
  let j = k + 1;
  // «الملقب بـ"أبو حفص"»: a preposition written apart before the name
  if (ctx.tokens[j]?.type === 'clitic') j += 1;
  // «المعروف بكنية "أبو طلحة"»: the word for a nickname before it
  if (/^(ب|ل)?(كنيه|لقب|اسم)$/.test(ctx.tokens[j]?.norm ?? '')) j += 1;
  while (j < ctx.tokens.length && ctx.tokens[j]?.type === 'punct' && /[("«“]/.test(ctx.tokens[j]?.text ?? '')) j += 1;
  // «المدعو (ع.ب)»: initials, one-letter words joined by dots
  if (ctx.tokens[j]?.type === 'word' && (ctx.tokens[j]?.norm.length ?? 0) === 1 && ctx.tokens[j + 1]?.text === '.') {
    let end = j;
    while (ctx.tokens[end + 1]?.text === '.' && (ctx.tokens[end + 2]?.norm.length ?? 0) === 1) end += 2;
    return { first: j, last: end };
  }
  const shaped = givenShape(j);
  if (shaped !== null) return { first: j, last: shaped };
  const foreign = foreignName(ctx, lex, j, fixed);
  return foreign === null ? null : { first: j, last: foreign };
}

/**
 * Marks the cue spans whose words make a name of their own around a proper name of their kind inside them: the
 * proper name follows «بن»/«ابن»/«بنت»/«ولد»/«أبو» (it is the father's name, or the kunya's) or a number follows it
 * («كتيبة الأنصار 65», a numbered name). Such a span is another entity, and its words are no new spelling of the
 * proper name's entity.
 */
export function markOwnNames(ctx: SentenceContext, fixed: readonly Span[], cues: Span[]): void {
  for (const c of cues) {
    if (c.ref.type !== 'new') continue;
    for (const s of fixed) {
      if (s.kind !== c.kind || (s.ref.type !== 'known' && s.ref.type !== 'lexicon') || s.first < c.first || s.last > c.last) continue;
      const joint = s.first > c.first && NAME_PARTICLE.test(ctx.tokens[s.first - 1]?.norm ?? '') && !/^(عبد|ام)$/.test(ctx.tokens[s.first - 1]?.norm ?? '');
      let numbered = false;
      for (let k = s.last + 1; k <= c.last && !numbered; k += 1) numbered = ctx.tokens[k]?.type === 'number';
      if (joint || numbered) c.ownName = true;
    }
  }
}
