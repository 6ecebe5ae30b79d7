/**
 * Counts written with digits (Western or Arabic-Indic) or Arabic number words, with the qualifiers news
 * put before them: «أزيد من 40» (more than), «حوالي 20» (about), «ما لا يقل عن 5» (at least).
 */
import type { Token } from './tokens.ts';
import { readings } from './tokens.ts';

export type CountQualifier = 'exact' | 'at_least' | 'more_than' | 'approximate';

export interface NumberSpan {
  value: number;
  first: number;
  last: number;
  qualifier: CountQualifier;
}

/** Number words by normalised form (ta marbuta written as ha, hamza dropped). */
const UNITS: Readonly<Record<string, number>> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5,
  سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10,
};
const TEENS_UNIT: Readonly<Record<string, number>> = {
  احد: 1, احدي: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6,
  سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, تسعه: 9, تسع: 9,
};
const TENS: Readonly<Record<string, number>> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDREDS: Readonly<Record<string, number>> = {
  مائه: 100, مئه: 100, ميه: 100, مايه: 100, مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200, ثلاثمائه: 300, ثلاثمئه: 300,
  اربعمائه: 400, اربعمئه: 400, خمسمائه: 500, خمسمئه: 500, ستمائه: 600, ستمئه: 600, سبعمائه: 700, سبعمئه: 700,
  ثمانمائه: 800, ثمانمئه: 800, تسعمائه: 900, تسعمئه: 900,
};
const THOUSANDS: Readonly<Record<string, number>> = { الف: 1000, الفا: 1000, الفين: 2000, الفان: 2000, الاف: 1000 };
/** Vague quantities: «عشرات الخلايا» (dozens), «مئات» (hundreds), «بضعة» (a few). */
export const VAGUE: Readonly<Record<string, { value: number; text: string }>> = {
  عشرات: { value: 20, text: 'dozens' },
  // «العشرات من …», «المئات من …»: the definite forms before «من»
  العشرات: { value: 20, text: 'dozens' },
  الميات: { value: 200, text: 'hundreds' },
  مئات: { value: 200, text: 'hundreds' },
  مءات: { value: 200, text: 'hundreds' },
  // the normalised spelling tokens carry (hamza on ya folded)
  ميات: { value: 200, text: 'hundreds' },
  عده: { value: 3, text: 'several' },
  الاف: { value: 2000, text: 'thousands' },
  بضعه: { value: 3, text: 'a few' },
  بضع: { value: 3, text: 'a few' },
};

const QUALIFIERS: readonly { words: string[]; qualifier: CountQualifier }[] = [
  { words: ['ما', 'لا', 'يقل', 'عن'], qualifier: 'at_least' },
  { words: ['على', 'الاقل'], qualifier: 'at_least' },
  { words: ['ازيد', 'من'], qualifier: 'more_than' },
  { words: ['اكثر', 'من'], qualifier: 'more_than' },
  { words: ['اكتر', 'من'], qualifier: 'more_than' },
  { words: ['يزيد', 'عن'], qualifier: 'more_than' },
  { words: ['يفوق'], qualifier: 'more_than' },
  { words: ['حوالي'], qualifier: 'approximate' },
  { words: ['حوالى'], qualifier: 'approximate' },
  { words: ['نحو'], qualifier: 'approximate' },
  { words: ['قرابه'], qualifier: 'approximate' },
  { words: ['زهاء'], qualifier: 'approximate' },
  { words: ['قرابة'], qualifier: 'approximate' },
];

function wordValue(norm: string, table: Readonly<Record<string, number>>): number | undefined {
  for (const r of readings(norm)) {
    if (r.article) continue;
    const v = table[r.core];
    if (v !== undefined) return v;
  }
  return table[norm];
}

function isWordAt(tokens: readonly Token[], i: number, word: string): boolean {
  return tokens[i]?.norm === word;
}

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TEENS_UNIT), ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(THOUSANDS)]);

/** A number written at token `i` (digits or words), without qualifier; null when there is none. */
export function numberAt(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.type === 'number') {
    const value = Number(t.norm.replace(',', '.'));
    return Number.isFinite(value) ? { value, last: i } : null;
  }
  if (t.type !== 'word') return null;
  if (!NUMBER_WORDS.has(t.norm) && !readings(t.norm).some((r) => NUMBER_WORDS.has(r.core))) return null;
  const unit = wordValue(t.norm, UNITS);
  // «اثنا عشر», «ثلاثة عشر»: a unit then عشر/عشرة.
  const teen = wordValue(t.norm, TEENS_UNIT);
  if (teen !== undefined && (isWordAt(tokens, i + 1, 'عشر') || isWordAt(tokens, i + 1, 'عشره'))) return { value: 10 + teen, last: i + 1 };
  const hundred = wordValue(t.norm, HUNDREDS);
  if (hundred !== undefined) {
    const more = andNumber(tokens, i + 1);
    return more === null ? { value: hundred, last: i } : { value: hundred + more.value, last: more.last };
  }
  const thousand = wordValue(t.norm, THOUSANDS);
  if (thousand !== undefined && t.norm !== 'الاف') return { value: thousand, last: i };
  if (unit !== undefined) {
    // «خمسة وعشرون»: unit و tens; «ثلاثة آلاف»: unit thousands.
    const next = tokens[i + 1];
    if (next !== undefined && next.type === 'word' && next.norm.startsWith('و')) {
      const tens = TENS[next.norm.slice(1)];
      if (tens !== undefined) return { value: unit + tens, last: i + 1 };
    }
    if (next !== undefined && (next.norm === 'الاف' || next.norm === 'الف')) return { value: unit * 1000, last: i + 1 };
    if (next !== undefined && (next.norm === 'مائه' || next.norm === 'مئه')) return { value: unit * 100, last: i + 1 };
    return { value: unit, last: i };
  }
  const tens = wordValue(t.norm, TENS);
  if (tens !== undefined) return { value: tens, last: i };
  return null;
}

/** «و + number» after a hundred: «مائة وعشرون». */
function andNumber(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (t === undefined || t.type !== 'word' || !t.norm.startsWith('و') || t.norm.length < 3) return null;
  const bare = t.norm.slice(1);
  const v = UNITS[bare] ?? TENS[bare];
  return v === undefined ? null : { value: v, last: i };
}

/** A count at token `i`, with a qualifier phrase in front of it when there is one. */
export function countAt(tokens: readonly Token[], i: number): NumberSpan | null {
  for (const q of QUALIFIERS) {
    if (q.words.every((w, k) => tokens[i + k]?.norm === w)) {
      const n = numberAt(tokens, i + q.words.length);
      if (n !== null) return { value: n.value, first: i, last: n.last, qualifier: q.qualifier };
    }
  }
  const n = numberAt(tokens, i);
  return n === null ? null : { value: n.value, first: i, last: n.last, qualifier: 'exact' };
}

/** Ordinals an age is told by («في السادسة عشرة من عمرها», «في الثلاثين من عمره»), by normalised form without «ال». */
const ORDINALS: Readonly<Record<string, number>> = {
  عاشره: 10, عاشر: 10, حاديه: 11, حادي: 11, ثانيه: 2, ثاني: 2, ثالثه: 3, ثالث: 3, رابعه: 4, رابع: 4, خامسه: 5, خامس: 5,
  سادسه: 6, سادس: 6, سابعه: 7, سابع: 7, ثامنه: 8, ثامن: 8, تاسعه: 9, تاسع: 9,
};

/**
 * The age «في» introduces before «من عمره/عمرها»: an ordinal («في السادسة عشرة» → 16, «في الثلاثين» → 30) or a
 * decade («في العشرينات» → 20–29). `i` is the token after «في».
 */
export function ordinalAgeAt(tokens: readonly Token[], i: number): { min: number; max: number; last: number } | null {
  const w = (tokens[i]?.norm ?? '').replace(/^ال/, '');
  const decade = /^(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين)(ات|يات)$/.exec(w);
  if (decade !== null) {
    const tens = TENS[decade[1] ?? ''] ?? 0;
    return { min: tens, max: tens + 9, last: i };
  }
  const tens = TENS[w];
  if (tens !== undefined) return { min: tens, max: tens, last: i };
  const unit = ORDINALS[w];
  if (unit === undefined) return null;
  // «السادسة عشرة»: a teen; «الحادية والعشرين»: a unit and its tens
  const next = tokens[i + 1]?.norm ?? '';
  if (next === 'عشره' || next === 'عشر') return { min: unit + 10, max: unit + 10, last: i + 1 };
  const andTens = next.startsWith('و') ? TENS[next.slice(1).replace(/^ال/, '')] : undefined;
  if (andTens !== undefined) return { min: unit + andTens, max: unit + andTens, last: i + 1 };
  return unit === 10 ? { min: 10, max: 10, last: i } : null;
}
