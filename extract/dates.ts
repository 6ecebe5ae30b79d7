/**
 * Dates as news write them: «19 فبراير 2025», «الأربعاء 15 مارس 2023», «شتنبر 2024», «سنة 2002», «ما بين
 * 2022 و2026», «19/02/2025», Arabic-Indic digits, and a bare weekday («يوم الأربعاء») resolved against the
 * publication date when one is given (the latest such weekday on or before it), otherwise kept as text.
 *
 * Month names: the Gregorian names of Morocco (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر), of Egypt and the Gulf
 * (مايو، يوليو، أغسطس، سبتمبر، نوفمبر، ديسمبر), of Algeria and Tunisia (جانفي، فيفري، أفريل، جوان، جويلية، أوت)
 * and the Syriac names of the Levant and Iraq (كانون الثاني، شباط، آذار … كانون الأول).
 */
import type { Token } from './tokens.ts';
import { normalizeWord, readings } from './tokens.ts';

export type Granularity = 'day' | 'month' | 'year' | 'period';

export interface DateSpan {
  first: number;
  last: number;
  /** ISO form (an interval for a period); absent when the text gives no year and no publication date does. */
  iso?: string;
  granularity: Granularity;
  date_start?: string;
  date_end?: string;
  weekday?: string;
  /** How the article writes it. */
  text: string;
  /** Why the iso is what it is, when it was inferred (resolved weekday, year from the publication date). */
  inferred?: string;
  rule: string;
  confidence: number;
}

const MONTH_WORDS: readonly (readonly [string, number])[] = [
  ['يناير', 1], ['جانفي', 1], ['فبراير', 2], ['فيفري', 2], ['مارس', 3], ['ابريل', 4], ['افريل', 4], ['ماي', 5], ['مايو', 5],
  ['يونيو', 6], ['يونيه', 6], ['جوان', 6], ['يوليوز', 7], ['يوليو', 7], ['يوليه', 7], ['جويليه', 7], ['غشت', 8], ['اغسطس', 8],
  ['اوت', 8], ['شتنبر', 9], ['سبتمبر', 9], ['اكتوبر', 10], ['نونبر', 11], ['نوفمبر', 11], ['دجنبر', 12], ['ديسمبر', 12],
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
];
/** Two-word Levantine months. */
const MONTH_PAIRS: readonly (readonly [string, string, number])[] = [
  ['كانون', 'الثاني', 1], ['تشرين', 'الاول', 10], ['تشرين', 'الثاني', 11], ['كانون', 'الاول', 12],
];
const MONTHS = new Map(MONTH_WORDS.map(([w, m]) => [normalizeWord(w), m]));
const MONTH_PAIRS_NORM = MONTH_PAIRS.map(([a, b, m]) => [normalizeWord(a), normalizeWord(b), m] as const);

export const WEEKDAYS: readonly (readonly [string, string, number])[] = [
  ['الأحد', 'Sunday', 0], ['الاثنين', 'Monday', 1], ['الإثنين', 'Monday', 1], ['الثلاثاء', 'Tuesday', 2],
  ['الأربعاء', 'Wednesday', 3], ['الخميس', 'Thursday', 4], ['الجمعة', 'Friday', 5], ['السبت', 'Saturday', 6],
];
const WEEKDAY = new Map(WEEKDAYS.map(([ar, en, n]) => [normalizeWord(ar), { en, n }]));
const YEAR_CUES = new Set(['سنه', 'عام', 'لسنه', 'لعام', 'بسنه', 'بعام', 'وسنه', 'وعام', 'سنتي', 'عامي', 'موسم']);
const PREPOSITIONS = new Set(['في', 'منذ', 'خلال', 'حتي', 'قبل', 'بعد', 'مطلع', 'اواخر', 'اوايل', 'نهايه', 'بدايه', 'برسم', 'حدود']);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function weekdayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()] ?? '';
}

/** The month at token `i` (one or two words, clitic allowed), or null. */
function monthAt(tokens: readonly Token[], i: number): { month: number; last: number } | null {
  const t = tokens[i];
  if (t === undefined || t.type !== 'word') return null;
  for (const [a, b, m] of MONTH_PAIRS_NORM) {
    if (tokens[i + 1]?.norm === b && readings(t.norm).some((r) => r.core === a)) return { month: m, last: i + 1 };
  }
  const direct = MONTHS.get(t.norm);
  if (direct !== undefined) return { month: direct, last: i };
  for (const r of readings(t.norm)) {
    if (r.article) continue;
    const m = MONTHS.get(r.core);
    // «اب» (Levantine August) is too short to read off a clitic safely.
    if (m !== undefined && r.core.length >= 3) return { month: m, last: i };
  }
  return null;
}

/** Times of a day that name the day by its weekday after them («صباح السبت», «ليلة الخميس», «فجر الأربعاء»). */
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['صباح', 'مساء', 'فجر', 'ليلة', 'ليله', 'ظهر', 'زوال', 'عشية', 'عشيه', 'صبيحة', 'صبيحه', 'ضحى'].map(normalizeWord));

function weekdayAt(tokens: readonly Token[], i: number): { en: string; n: number } | null {
  const t = tokens[i];
  if (t === undefined || t.type !== 'word') return null;
  const direct = WEEKDAY.get(t.norm);
  if (direct !== undefined) return direct;
  for (const r of readings(t.norm)) {
    const w = WEEKDAY.get(`ال${r.core}`);
    if (w !== undefined && r.article) return w;
  }
  return null;
}

function intAt(tokens: readonly Token[], i: number, min: number, max: number): number | null {
  const t = tokens[i];
  if (t === undefined || t.type !== 'number' || !/^\d+$/.test(t.norm)) return null;
  const v = Number(t.norm);
  return v >= min && v <= max ? v : null;
}

/** A year written «و2026» arrives as the word و then the number. */
function yearAfterWa(tokens: readonly Token[], i: number): { year: number; last: number } | null {
  const t = tokens[i];
  if (t?.norm === 'و' || t?.norm === 'الي' || t?.norm === 'حتي') {
    const y = intAt(tokens, i + 1, 1900, 2100);
    if (y !== null) return { year: y, last: i + 1 };
  }
  if (t?.type === 'punct' && (t.text === '-' || t.text === '–' || t.text === '/')) {
    const y = intAt(tokens, i + 1, 1900, 2100);
    if (y !== null) return { year: y, last: i + 1 };
  }
  return null;
}

function textOf(tokens: readonly Token[], sentence: string, first: number, last: number): string {
  const a = tokens[first];
  const b = tokens[last];
  return a === undefined || b === undefined ? '' : sentence.slice(a.start, b.end);
}

/** The latest `weekday` (0 = Sunday) on or before `published`. */
export function resolveWeekday(published: string, weekday: number): string {
  const d = new Date(`${published}T00:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/**
 * Every date in a sentence, left to right, without overlaps. A day and month without a year take the publication
 * date's year (the year before when that would put them after it: news report what happened), else `yearHint`,
 * the year of the article's last full date.
 */
export function findDates(tokens: readonly Token[], sentence: string, published?: string, yearHint?: number): DateSpan[] {
  const out: DateSpan[] = [];
  const pubYear = published === undefined ? yearHint : Number(published.slice(0, 4));
  let i = 0;
  while (i < tokens.length) {
    const span = dateAt(tokens, sentence, i, published, pubYear);
    if (span === null) {
      i += 1;
      continue;
    }
    out.push(span);
    i = span.last + 1;
  }
  return out;
}

function dateAt(tokens: readonly Token[], sentence: string, i: number, published: string | undefined, pubYear: number | undefined): DateSpan | null {
  const t = tokens[i];
  if (t === undefined) return null;
  // [يوم] [weekday] D month [YYYY]
  let k = i;
  let first = i;
  if (t.norm === 'يوم' || readings(t.norm).some((r) => r.core === 'يوم' && !r.article)) k += 1;
  // «اليوم الخميس»: today, named by its weekday; «صباح السبت», «ليلة الخميس»: a time of that day
  else if ((t.norm === 'اليوم' || TIMES_OF_DAY.has(t.norm)) && weekdayAt(tokens, i + 1) !== null) k += 1;
  const wd = weekdayAt(tokens, k);
  if (wd !== null) k += 1;
  const comma = wd !== null && (tokens[k]?.text === ',' || tokens[k]?.text === '،') ? 1 : 0;
  const day = intAt(tokens, k + comma, 1, 31);
  if (day !== null) k += comma;
  const month = day === null ? null : monthAt(tokens, k + 1);
  if (day !== null && month !== null) {
    const year = intAt(tokens, month.last + 1, 1900, 2100);
    const last = year === null ? month.last : month.last + 1;
    let y = year ?? pubYear;
    if (year === null && y !== undefined && published !== undefined && isoDay(y, month.month, Math.min(day, daysInMonth(y, month.month))) > published) y -= 1;
    if (wd === null && t.norm === 'يوم') first = i;
    const text = textOf(tokens, sentence, first, last);
    if (y === undefined || day > daysInMonth(y, month.month)) {
      return { first, last, granularity: 'day', text, ...(wd ? { weekday: wd.en } : {}), rule: 'date.day-month', confidence: 0.7 };
    }
    const iso = isoDay(y, month.month, day);
    return {
      first,
      last,
      iso,
      granularity: 'day',
      date_start: iso,
      date_end: iso,
      weekday: wd?.en ?? weekdayOf(iso),
      text,
      ...(year === null ? { inferred: published === undefined ? 'year of another date of the article' : 'year of the publication date' } : {}),
      rule: year === null ? 'date.day-month' : 'date.day-month-year',
      confidence: year === null ? 0.75 : 0.95,
    };
  }
  // DD/MM/YYYY, YYYY-MM-DD
  const numeric = numericDateAt(tokens, i);
  if (numeric !== null) {
    return { ...numeric, text: textOf(tokens, sentence, i, numeric.last), rule: 'date.numeric', confidence: 0.9 };
  }
  // month YYYY
  const m2 = monthAt(tokens, i);
  if (m2 !== null) {
    const year = intAt(tokens, m2.last + 1, 1900, 2100);
    if (year !== null) {
      const iso = `${year}-${pad(m2.month)}`;
      return {
        first: i,
        last: m2.last + 1,
        iso,
        granularity: 'month',
        date_start: `${iso}-01`,
        date_end: `${iso}-${pad(daysInMonth(year, m2.month))}`,
        text: textOf(tokens, sentence, i, m2.last + 1),
        rule: 'date.month-year',
        confidence: 0.9,
      };
    }
  }
  // periods: [الفترة الممتدة] (ما) بين YYYY و YYYY, من YYYY إلى YYYY
  if (t.norm === 'بين' || t.norm === 'من' || (t.norm === 'ما' && tokens[i + 1]?.norm === 'بين')) {
    const at = t.norm === 'ما' ? i + 2 : i + 1;
    const y1 = intAt(tokens, at, 1900, 2100);
    const y2 = y1 === null ? null : yearAfterWa(tokens, at + 1);
    if (y1 !== null && y2 !== null && y2.year > y1) {
      return period(tokens, sentence, i, y2.last, y1, y2.year, 'date.period');
    }
  }
  // YYYY-YYYY
  const y0 = intAt(tokens, i, 1900, 2100);
  if (y0 !== null) {
    const y2 = tokens[i + 1]?.type === 'punct' ? yearAfterWa(tokens, i + 1) : null;
    if (y2 !== null && y2.year > y0) return period(tokens, sentence, i, y2.last, y0, y2.year, 'date.period');
  }
  // (سنة|عام) YYYY, (في|منذ …) YYYY, and a bare year
  if (YEAR_CUES.has(t.norm) || readings(t.norm).some((r) => YEAR_CUES.has(r.core))) {
    const y = intAt(tokens, i + 1, 1000, 2100);
    if (y !== null) return year(tokens, sentence, i, i + 1, y, 'date.year', 0.95);
  }
  if (y0 !== null && y0 >= 1950) {
    const prev = tokens[i - 1];
    const cued = prev !== undefined && PREPOSITIONS.has(prev.norm);
    const next = tokens[i + 1];
    // A year is not a count: «2002 خلية» would be. Only a cue, punctuation or the end may follow a bare year.
    const bareOk = next === undefined || next.type === 'punct' || cued;
    if (bareOk) return year(tokens, sentence, i, i, y0, cued ? 'date.year' : 'date.bare-year', cued ? 0.85 : 0.6);
  }
  // A bare weekday: «يوم الأربعاء», «الأربعاء الماضي», or «، الأربعاء،».
  if (wd !== null) {
    const last = k - 1;
    const withDay = first !== k - 1 || t.norm === 'يوم';
    const followedByPast = tokens[k]?.norm === 'الماضي' || tokens[k]?.norm === 'المنصرم';
    const end = followedByPast ? k : last;
    if (withDay || followedByPast || tokens[i - 1]?.text === '،' || tokens[i - 1]?.text === ',') {
      const text = textOf(tokens, sentence, first, end);
      if (published !== undefined) {
        const iso = resolveWeekday(published, wd.n);
        return {
          first, last: end, iso, granularity: 'day', date_start: iso, date_end: iso, weekday: wd.en, text,
          inferred: `the ${wd.en} on or before the publication date ${published}`, rule: 'date.weekday-resolved', confidence: 0.7,
        };
      }
      return { first, last: end, granularity: 'day', weekday: wd.en, text, rule: 'date.weekday', confidence: 0.6 };
    }
  }
  // «أمس» with a publication date: the day before it.
  if (published !== undefined && (t.norm === 'امس' || t.norm === 'الامس')) {
    const d = new Date(`${published}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    const iso = d.toISOString().slice(0, 10);
    return {
      first: i, last: i, iso, granularity: 'day', date_start: iso, date_end: iso, weekday: weekdayOf(iso), text: t.text,
      inferred: `the day before the publication date ${published}`, rule: 'date.yesterday', confidence: 0.7,
    };
  }
  return null;
}

function numericDateAt(tokens: readonly Token[], i: number): Omit<DateSpan, 'text' | 'rule' | 'confidence'> | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (a?.type !== 'number' || b?.type !== 'number' || c?.type !== 'number') return null;
  if (s1?.text !== s2?.text || !['/', '-', '.'].includes(s1?.text ?? '')) return null;
  let y: number;
  let m: number;
  let d: number;
  if (a.norm.length === 4) [y, m, d] = [Number(a.norm), Number(b.norm), Number(c.norm)];
  else if (c.norm.length === 4) [d, m, y] = [Number(a.norm), Number(b.norm), Number(c.norm)];
  else return null;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const iso = isoDay(y, m, d);
  return { first: i, last: i + 4, iso, granularity: 'day', date_start: iso, date_end: iso, weekday: weekdayOf(iso) };
}

function year(tokens: readonly Token[], sentence: string, first: number, last: number, y: number, rule: string, confidence: number): DateSpan {
  return {
    first, last, iso: String(y), granularity: 'year', date_start: `${y}-01-01`, date_end: `${y}-12-31`,
    text: textOf(tokens, sentence, first, last), rule, confidence,
  };
}

function period(tokens: readonly Token[], sentence: string, first: number, last: number, y1: number, y2: number, rule: string): DateSpan {
  return {
    first, last, iso: `${y1}/${y2}`, granularity: 'period', date_start: `${y1}-01-01`, date_end: `${y2}-12-31`,
    text: textOf(tokens, sentence, first, last), rule, confidence: 0.9,
  };
}
