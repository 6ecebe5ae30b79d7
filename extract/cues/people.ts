/**
 * People and groups of people:
 * - `cue.person.named`: a title and a name («المدير العام عبد اللطيف الحموشي», «الملك محمد السادس»);
 * - `cue.person.name-shape`: a name without a title: a given name or particle (محمد، عبد …، أبو …) and 1–3 more words,
 *   a family name with the article last («عبد الصمد الجود،»); in a list of names the «و» of the next one is read off;
 * - `cue.person.nationality`: a country's nisba and a name («والنرويجية مارين أولاند», «البلجيكي عبد الحميد أباعود»);
 * - `cue.person.called`: a name after a naming word anywhere («ويدعى كول جيمس بريدجز», «المدعو (ع.ب)»);
 * - `coref.surname`, `known.surname`: one word of a name the article gave before («أباعود»), or the surname of a known
 *   person that no other known person bears («الحموشي»);
 * - `anaphor.person`: «هذا القيادي» — the person of that role met before;
 * - `cue.person.role`: an unnamed person by role and what the role governs («زعيم الخلية», «الخليفة المزعوم
 *   لتنظيم داعش», «قيادي بارز في …», «شقيق أحد المقاتلين», «أحد المقاتلين», «شرطي مرور»);
 * - `cue.group.counted`: a count and a plural of people («12 متطرفا», «أربعة عناصر»), with the age range that
 *   follows («تتراوح أعمارهم (ما) بين 18 و40 سنة») or a single age («يبلغ من العمر 25 سنة»);
 * - `cue.group.collective`: people named together («المقاتلين المغاربة», «رجال الأمن الوطني», «معتقلين سابقين»);
 * - `anaphor.suspects`: «المشتبه فيهم», «الموقوفين», «أعضاء هذه الخلية» — the article's suspects.
 */
import type { Lexicons } from '../lexicons.ts';
import { countAt, numberAt, ordinalAgeAt, VAGUE } from '../numbers.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName, spanText } from '../spans.ts';
import { normalizeWord, QUOTE, readings, tokenize, type Token } from '../tokens.ts';
import { VERB_TRIGGERS } from '../data/vocabulary.ts';
import { after, before, hasPrepositionClitic, isDefinite, isStop, isWord, spanAt, spanCovering } from './words.ts';
import { calledNameAt, foreignName, NAME_PARTICLE, nisbasFrom, NOT_A_NAME, opensComplement, possessedNoun } from './names.ts';

/** A plural of people at `i`, as written or with a possessive pronoun read off («أتباعه», «عناصرها»). */
function pluralOfPeople(ctx: SentenceContext, lex: Lexicons, i: number): ReturnType<Lexicons['peoplePlurals']['matchAt']> {
  const plain = lex.peoplePlurals.matchAt(ctx.tokens, i);
  const t = ctx.tokens[i];
  if (plain !== null || t === undefined) return plain;
  const stem = /^(.{3,})(ه|ها|هم|هما)$/.exec(t.norm)?.[1];
  if (stem === undefined) return null;
  const read = lex.peoplePlurals.matchAt([{ ...t, i: 0, norm: stem }], 0);
  return read === null ? null : { ...read, first: i, last: i };
}

const AGE_WORDS = new Set(['سنه', 'سنوات', 'عاما', 'عام', 'سنة', 'اعوام']);
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هاته', 'هولاء'].map(normalizeWord));
/** Duals of people nouns: two people («شخصين», «عنصرين»). */
const DUALS: Readonly<Record<string, string>> = {
  شخصين: 'people', شخصان: 'people', عنصرين: 'members', فردين: 'individuals', شابين: 'young men', مشتبهين: 'suspects', متهمين: 'defendants',
  سايحتين: 'tourists', السايحتين: 'tourists', سايحين: 'tourists', السايحين: 'tourists', الضحيتان: 'victims', الضحيتين: 'victims', ضحيتين: 'victims',
  شقيقين: 'brothers', الشقيقين: 'brothers', الشقيقان: 'brothers', سيدتين: 'women', امراتين: 'women', طفلين: 'children',
  // the nominative duals («من بينهم شقيقان»)
  شقيقان: 'brothers', عنصران: 'members', فردان: 'individuals', شابان: 'young men', مشتبهان: 'suspects', متهمان: 'defendants',
  طفلان: 'children', امراتان: 'women', سيدتان: 'women', اخوان: 'brothers', اخوين: 'brothers',
};
/** Counts written after a definite plural («المتهمين الثلاثة», «الموقوفين الأربعة»). */
const DEFINITE_COUNTS: Readonly<Record<string, number>> = {
  الاثنين: 2, الاثنان: 2, الثلاثه: 3, الاربعه: 4, الخمسه: 5, السته: 6, السبعه: 7, الثمانيه: 8, التسعه: 9, العشره: 10,
};
const TEEN_UNITS: Readonly<Record<string, number>> = { الاحد: 1, الاثني: 2, الاثنا: 2, الثلاثه: 3, الاربعه: 4, الخمسه: 5, السته: 6, السبعه: 7, الثمانيه: 8, التسعه: 9 };
/** Victims and bystanders: counted, but never the article's suspects. */
const VICTIM_WORDS = /(tourists|victims|dead|wounded|women|children|citizens|civilians|families|foreigners|innocents)/;
/** People nouns that, before a cell, name its members («أعضاء خلية "أسود الخلافة"»): the article's suspects. */
const MEMBER_NOUNS = /^[وبل]?(اعضاء|عناصر|افراد)$/;
/**
 * Ranks after a singular suspect word: one person of the article's suspects, not the article's one suspect
 * («الموقوف الأول», «المشتبه به الثاني», «المتهم الرئيسي»); `main` is the main one.
 */
const RANKS: Readonly<Record<string, number | 'main'>> = {
  الاول: 1, الاولي: 1, الثاني: 2, الثالث: 3, الرابع: 4, الخامس: 5, السادس: 6, الثانيه: 2, الثالثه: 3, الرييسي: 'main', الرييسيه: 'main',
};
const RANKED_HEADS: ReadonlySet<string> = new Set(['العنصر', 'الشخص', 'الفرد', 'المتطرف', 'العضو']);
/** Cardinals that follow the counted noun («متطرفين اثنين», «أشخاص ثلاثة»). */
const POSTPOSED_COUNTS: Readonly<Record<string, number>> = {
  اثنين: 2, اثنان: 2, ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10,
};
const ORDINAL_NAMES = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع']);
const AMBIGUOUS_GIVEN = new Set([
  'علي', 'حسن', 'سعيد', 'كريم', 'جمال', 'كمال', 'عادل', 'امين', 'حياه', 'هند', 'منير', 'عزيز', 'نبيل', 'رشيد', 'الطيب', 'العربي', 'الحبيب', 'الحسن', 'الحسين', 'المهدي', 'مولاي', 'سيدي', 'الشيخ', 'بن', 'ابن', 'ابي', 'ليلي', 'سناء', 'طارق', 'جلال', 'مراد', 'نجيب', 'محسن', 'هاشم', 'عمر',
  // given names that are also everyday words («صالح» good, «بدر» full moon, «وفاء» loyalty, «ناصر» supporter)
  ...['ناصر', 'حكيم', 'صالح', 'فريد', 'سعد', 'بدر', 'منصور', 'مبارك', 'رضا', 'صلاح', 'نصر', 'علاء', 'وفاء', 'ايمان', 'هدي', 'زهره', 'نجاه', 'امل', 'سلام', 'شريف', 'ربيع', 'حامد', 'حميد', 'جواد', 'رامي', 'سامي', 'عماد', 'عصام', 'فيصل', 'مالك', 'المختار', 'مختار', 'الهادي', 'الصديق', 'بشري', 'سهام', 'جميله', 'كريمه', 'رشيده', 'حليمه', 'منى', 'صفاء', 'دنيا', 'نوال', 'توفيق', 'انور', 'اشرف', 'اكرم', 'ماجد', 'فؤاد', 'هاني', 'لطفي'].map(normalizeWord),
]);
/** Words of an uncounted part before «من» and people: «عدد من», «مجموعة من», «العديد من», «بعض». */
const PART_WORDS = /^[وب]?(عدد|مجموعه|العديد|بعض|جمله|ثله|زمره)$/;
const PAST_ADJECTIVES = new Set(['سابقين', 'سابقون', 'السابقين', 'سابقا']);

export function personSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const covering = spanCovering(fixed, i);
    if (covering !== undefined && covering.kind !== 'Person') continue;
    const title = lex.personTitles.matchAt(ctx.tokens, i);
    // «من نصب نفسه "خليفة"»: a quoted title.
    const quoted = title === null && QUOTE.has(ctx.tokens[i]?.text ?? '') ? lex.personTitles.matchAt(ctx.tokens, i + 1) : null;
    // «الحكم الابتدائي القاضي بالسجن»: «القاضي» before «ب…» is the participle "ruling", not a judge
    const participle = /^(القاضي|القاضيه)$/.test(ctx.tokens[i]?.norm ?? '') && (ctx.tokens[after(ctx, i)]?.norm ?? '').startsWith('ب');
    // «التيار الجهادي», «الهجوم الانتحاري»: a militant's title after a definite noun is its adjective
    const adjective = title?.value.adjective === true && isDefinite(ctx.tokens[before(ctx, i)]);
    const t = participle || adjective ? null : (title ?? quoted);
    if (t !== null) {
      const last = quoted !== null && QUOTE.has(ctx.tokens[t.last + 1]?.text ?? '') ? t.last + 1 : t.last;
      const ministry = t.value.en === 'Minister' ? ministryOf(ctx, lex, last, fixed) : null;
      if (ministry !== null) out.push(ministry);
      // «المدير العام عبد اللطيف الحموشي» with the name known or in the lexicon: the titled phrase is that person
      const holder = spanAt(fixed, after(ctx, last));
      if (holder !== undefined && holder.kind === 'Person') {
        const holderName = spanText(ctx, holder);
        out.push({
          first: i, last: holder.last, kind: 'Person', ref: { type: 'new', key: `Person:${normalizeWord(holderName)}` }, rule: 'cue.person.named', confidence: 0.8,
          clitic: t.clitic, name: holderName, props: { role: t.value.en }, ...(holder.possibly === undefined ? {} : { possibly: holder.possibly }),
        });
        i = holder.last;
        continue;
      }
      const name = t.value.named === true ? nameAfter(ctx, lex, last, fixed) : null;
      if (name !== null) {
        const span: Span = {
          first: i, last: name.last, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.named', confidence: 0.8, clitic: t.clitic, props: { role: t.value.en },
          ...(name.countries.length > 0 ? { countries: name.countries } : {}),
        };
        const personName = ctx.text.slice(ctx.tokens[name.first]?.start ?? 0, ctx.tokens[name.last]?.end ?? 0);
        span.name = personName;
        span.description = t.value.en;
        span.ref = name.person?.ref ?? { type: 'new', key: `Person:${normalizeWord(personName)}` };
        out.push(span);
        i = name.last;
        continue;
      }
      // «المتهم» alone points back (suspectSpans); it makes a person only with a name
      if (t.value.nameOnly === true) continue;
      // «وسام … من درجة ضابط», «برتبة عميد»: a grade or a rank, nobody holding it
      if (/^(ب|و|من)?(درجه|رتبه)$/.test(ctx.tokens[before(ctx, i)]?.norm ?? '')) continue;
      // «هذا القيادي»: the person of that role met before
      const before1 = before(ctx, i);
      const pointed = before1 >= 0 && DEMONSTRATIVES.has(ctx.tokens[before1]?.norm ?? '') ? ctx.memory?.latest(`person:${t.value.en}`) : undefined;
      if (pointed !== undefined) {
        out.push({ first: before1, last, kind: 'Person', ref: { type: 'new', key: pointed }, rule: 'anaphor.person', confidence: 0.6, clitic: '', props: {} });
        i = last;
        continue;
      }
      // An unnamed person: the role, with what it governs resolved later by the fact rules.
      let end = last;
      const next = after(ctx, last);
      const adj = next >= 0 ? ctx.tokens[next] : undefined;
      // «قيادي بارز», «الخليفة المزعوم», «شرطي مرور»: one qualifying word that is no name of anything.
      if (adj !== undefined && isWord(adj) && spanAt(fixed, next) === undefined && !isStop(adj) && !/^[وبل]?ان(ه|ها|هم|هما)?$/.test(adj.norm) && lex.agencyHeads.matchAt(ctx.tokens, next) === null && !DEMONSTRATIVES.has(adj.norm) && !hasPrepositionClitic(adj) && !adj.norm.startsWith('ل') && lex.personTitles.matchAt(ctx.tokens, next) === null && lex.eventTriggers.matchAt(ctx.tokens, next) === null && !/^(احد|احدي)$/.test(adj.norm) && lex.suspectAnaphors.matchAt(ctx.tokens, next) === null && !isCellOrGroupWord(lex, ctx, next) && !(/^[يت]/.test(adj.norm) && lex.nisbas.matchAt(ctx.tokens, next) === null) && !NOT_A_NAME.has(adj.norm)) {
        // («منسق ينشط في صفوف …»: an imperfect verb after the role is the clause going on, not an adjective)
        end = next;
      }
      const span: Span = {
        first: quoted !== null ? i + 1 : i, last: quoted !== null ? t.last : end, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.role', confidence: 0.6, clitic: t.clitic,
        props: { role: t.value.en, named: false, ...personAge(ctx, end) }, ...(t.value.leader === true ? { leader: true } : {}), ...(t.value.relative === true ? { relative: true } : {}),
      };
      span.name = spanName(ctx, span);
      span.nameEn = t.value.en;
      const countries = nisbasFrom(ctx, lex, next).countries;
      if (end === next && countries.length > 0) span.countries = countries;
      // the unnamed person of a role the article met before («جندي أمريكي» … «للجندي الموقوف»)
      span.ref = { type: 'new', key: ctx.memory?.latest(`person:${t.value.en}`) ?? `Person:role:${normalizeWord(span.name).replace(/^ال/, '')}` };
      // «زعيم الخلية، المدعو (ع.م)»: the role's holder is named a few words on
      const called = calledName(ctx, lex, end) ?? appositiveName(ctx, lex, end, fixed);
      if (called !== null) {
        span.props = { ...span.props, named: true, known_as: called };
        span.description = `${t.value.en}, called ${called}`;
        span.name = called;
        // the role is the description; the name is romanised for the id, not the role's English
        delete span.nameEn;
        span.ref = { type: 'new', key: `Person:${normalizeWord(called)}` };
      }
      out.push(span);
      i = Math.max(end, last);
      continue;
    }
    // «أحد المقاتلين»: one person of a plural.
    const w = ctx.tokens[i];
    const oneOfClitic = isWord(w) ? readings(w.norm).find((r) => /^(احد|احدي)$/.test(r.core) && !r.article) : undefined;
    if (isWord(w) && (/^(احد|احدي)$/.test(w.norm) || oneOfClitic !== undefined)) {
      const k = after(ctx, i);
      const plural = k >= 0 ? (lex.collectiveHeads.matchAt(ctx.tokens, k) ?? lex.peoplePlurals.matchAt(ctx.tokens, k)) : null;
      if (plural !== null) {
        // «أحد المقاتلين المغاربة»: the plural may be a known group, kept inside as what the person is one of
        const group = spanAt(fixed, k);
        const last = group !== undefined && group.kind === 'Group' ? Math.max(group.last, plural.last) : plural.last;
        const span: Span = { first: i, last, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.one-of', confidence: 0.6, clitic: /^(احد|احدي)$/.test(w.norm) ? '' : (oneOfClitic?.clitic ?? ''), props: { named: false, role: `one of the ${plural.value.en}` } };
        span.name = spanName(ctx, span);
        span.nameEn = `One of the ${plural.value.en}`;
        span.ref = { type: 'new', key: `Person:one-of:${normalizeWord(spanText(ctx, { first: plural.first, last: plural.last }))}` };
        out.push(span);
        i = last;
        continue;
      }
    }
    if (covering !== undefined) continue;
    // «والنرويجية مارين أولاند», «البلجيكي عبد الحميد أباعود»: a nationality standing for the title
    const nisba = lex.nisbas.matchAt(ctx.tokens, i);
    if (nisba !== null && nisba.article) {
      const more = nisbasFrom(ctx, lex, after(ctx, nisba.last));
      const start = more.next;
      // a nisba after a noun is its adjective («الأجهزة الأمنية المغربية سبق …»): a foreign name needs the nisba to open
      // the phrase («، البلجيكي …») or to join a list of people («… والنرويجية مارين أولاند»)
      // or to stand in apposition to a noun of people («الضحيتين الدنماركية لويزا …», «السائح الفرنسي …»)
      const opens = i === 0 || ctx.tokens[i - 1]?.type === 'punct' || (nisba.clitic === 'و' && out.some((p) => p.kind === 'Person' && i - p.last <= 12)) || PEOPLE_NOUN.test(ctx.tokens[before(ctx, i)]?.norm ?? '');
      const end = start < 0 ? null : (nameShape(ctx, lex, start, fixed, true) ?? (opens ? foreignName(ctx, lex, start, fixed) : null));
      if (end !== null && start >= 0) {
        const personName = ctx.text.slice(ctx.tokens[start]?.start ?? 0, ctx.tokens[end]?.end ?? 0);
        out.push({
          first: i, last: end, kind: 'Person', ref: { type: 'new', key: `Person:${normalizeWord(personName)}` }, rule: 'cue.person.nationality', confidence: 0.7, clitic: nisba.clitic,
          name: personName, props: { named: true }, countries: [nisba.value.id, ...more.countries],
        });
        i = end;
        continue;
      }
    }
    // «نظيره الإسباني» with no name after it: the official of that country the article named before
    // («المسؤول الإسباني»: an official by nationality alone, likewise)
    const counterpart = COUNTERPART.test(ctx.tokens[i]?.norm ?? '') || OFFICIAL.test(ctx.tokens[i]?.norm ?? '') ? lex.nisbas.matchAt(ctx.tokens, after(ctx, i)) : null;
    const official = counterpart !== null && counterpart.article ? ctx.memory?.latest(`person-of:${counterpart.value.id}`) : undefined;
    if (counterpart !== null && official !== undefined && nameShape(ctx, lex, after(ctx, counterpart.last), fixed, true) === null && foreignName(ctx, lex, after(ctx, counterpart.last), fixed) === null) {
      out.push({ first: i, last: counterpart.last, kind: 'Person', ref: { type: 'new', key: official }, rule: 'anaphor.counterpart', confidence: 0.6, clitic: '', props: {} });
      i = counterpart.last;
      continue;
    }
    // «ويدعى كول جيمس بريدجز», «المدعو عبد الرحمن الصحراوي»
    const called = calledNameAt(ctx, lex, i, fixed, (k) => nameShape(ctx, lex, k, fixed, true));
    if (called !== null) {
      const personName = ctx.text.slice(ctx.tokens[called.first]?.start ?? 0, ctx.tokens[called.last]?.end ?? 0);
      out.push({ first: i, last: called.last, kind: 'Person', ref: { type: 'new', key: `Person:${normalizeWord(personName)}` }, rule: 'cue.person.called', confidence: 0.7, clitic: '', name: personName, props: { named: true, known_as: personName } });
      i = called.last;
      continue;
    }
    // in a list of names the next one carries «و»: «عبد الصمد الجود، زعيم الخلية، ويونس أوزياد ورشيد أفاطي»
    const previous = out[out.length - 1];
    // the previous person ended a few words back and a comma or «و» opens this one
    const glued = (ctx.tokens[i]?.norm ?? '').startsWith('و') || ctx.tokens[i - 1]?.text === '،' || ctx.tokens[i - 1]?.text === ',';
    const listed = previous !== undefined && previous.kind === 'Person' && previous.last < i && i - previous.last <= 4 && glued;
    // the word after «بن» is inside a name that began before it (taken whole above, or no name at all)
    if (/^(ابن|بن|بنت|ولد)$/.test(ctx.tokens[i - 1]?.norm ?? '')) continue;
    // «التي يقودها مختار بلمختار», «بزعامة أبو بكر شيكاو»: the leader's name needs no known given name
    const ledBy = LEADER_SLOT.test(ctx.tokens[i - 1]?.norm ?? '') && spanAt(fixed, i) === undefined && isWord(ctx.tokens[i]) && !isStop(ctx.tokens[i]) && !(ctx.tokens[i]?.norm ?? '').startsWith('ال');
    let leaderEnd = ledBy ? (nameShape(ctx, lex, i, fixed, true) ?? foreignName(ctx, lex, i, fixed)) : null;
    // «يقودها مختار بلمختار تنشط …»: the clause's verb after the name is not part of it
    while (leaderEnd !== null && leaderEnd > i && /^[يت]\S{2,}$/.test(ctx.tokens[leaderEnd]?.norm ?? '')) leaderEnd -= 1;
    if (leaderEnd !== null && leaderEnd > i) {
      const span: Span = { first: i, last: leaderEnd, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.led-by', confidence: 0.6, clitic: '', props: { named: true } };
      span.name = spanName(ctx, span);
      span.ref = { type: 'new', key: `Person:${normalizeWord(span.name)}` };
      out.push(span);
      i = leaderEnd;
      continue;
    }
    // «وقال الشرقاوي إن …», «وأوضح مارلاسكا أن …»: who a verb of saying has say it
    const speaker = speakerAt(ctx, lex, fixed, i);
    if (speaker !== null) {
      const span: Span = { first: i, last: speaker, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.speaker', confidence: 0.5, clitic: '', props: { named: true } };
      span.name = spanName(ctx, span);
      span.ref = { type: 'new', key: ctx.memory?.personByWord(normalizeWord(span.name).replace(/^ال/, ''))?.key ?? `Person:${normalizeWord(span.name)}` };
      out.push(span);
      i = speaker;
      continue;
    }
    const shape = nameShape(ctx, lex, i, fixed, false, listed, defendantSlot(ctx, i));
    if (shape !== null) {
      const span: Span = { first: i, last: shape, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.name-shape', confidence: 0.55, clitic: listed && (ctx.tokens[i]?.norm ?? '').startsWith('و') && lex.givenNames.matchAt(ctx.tokens, i)?.clitic === 'و' ? 'و' : '', props: { named: true } };
      span.name = spanName(ctx, span);
      span.ref = { type: 'new', key: `Person:${normalizeWord(span.name)}` };
      out.push(span);
      i = shape;
      continue;
    }
    // «كيفن زولر غيرفوس، السويسري …», «… في حق نور الدين X (34 سنة)»: a name of no known shape, framed by an apposition
    // after it and by a defendant's slot or a clause boundary before it
    const framedEnd = isDefinite(ctx.tokens[i]) || (ctx.tokens[i]?.norm ?? '').startsWith('و') ? null : foreignName(ctx, lex, i, fixed);
    if (framedEnd !== null && framedEnd > i && apposedAfter(ctx, lex, framedEnd) && (defendantSlot(ctx, i) || ageInBrackets(ctx, framedEnd) || ctx.tokens[i - 1]?.type === 'punct' || VERB_TRIGGERS.has(ctx.tokens[i - 1]?.norm ?? ''))) {
      const span: Span = { first: i, last: framedEnd, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.apposed', confidence: 0.55, clitic: '', props: { named: true, ...personAge(ctx, framedEnd + 1) } };
      span.name = spanName(ctx, span);
      span.ref = { type: 'new', key: `Person:${normalizeWord(span.name)}` };
      out.push(span);
      i = framedEnd;
      continue;
    }
    // «شخص يحمل الجنسية الموريتانية», «مواطن تونسي», «شاب ينحدر من …»: one unnamed person an indefinite noun introduces,
    // told apart by the clause or the nationality after it
    const someone = covering === undefined ? SOMEONE.exec(ctx.tokens[i]?.norm ?? '') : null;
    // («ومنهم شاب من حي …», «من بينهم مواطن …»: one of a group just named is told apart by the partitive before him)
    const partitive = /^و?(منهم|بينهم)$/.test(ctx.tokens[i - 1]?.norm ?? '');
    const described = someone !== null && isWord(ctx.tokens[i + 1]) && (partitive || QUALIFYING.test(ctx.tokens[i + 1]?.norm ?? '') || (ctx.tokens[i + 1]?.norm === 'في' && toldAge(ctx.tokens, i + 2) !== null) || (lex.nisbas.matchAt(ctx.tokens, i + 1)?.article === false && lex.nisbas.matchAt(ctx.tokens, i + 1)?.clitic === ''));
    if (someone !== null && described) {
      const span: Span = { first: i, last: i, kind: 'Person', ref: { type: 'new', key: `Person:someone:${ctx.index}:${i}` }, rule: 'cue.person.someone', confidence: 0.5, clitic: someone[1] ?? '', props: { named: false, ...personAge(ctx, i) } };
      span.name = spanName(ctx, span);
      out.push(span);
      continue;
    }
    const surname = surnameSpan(ctx, lex, i);
    if (surname !== null) out.push(surname);
  }
  return out;
}

/** Indefinite singular nouns of one person («شخص», «مواطن», «شاب», «فتاة», «قاصر»), a preposition or «و» glued on. */
const SOMEONE = /^([وبل]?)(شخص|مواطن|مواطنه|شاب|شابه|رجل|امراه|سيده|طالب|طالبه|مهاجر|فتاه|فتي|قاصر|قاصره|مراهق|مراهقه|تلميذ|تلميذه|شخصا|مواطنا|شابا|رجلا|طالبا|مهاجرا|قاصرا|مراهقا|تلميذا)$/;
/** What tells an unnamed person apart right after the noun: «يحمل الجنسية», «ينحدر من», «يقيم ب», «يدعى», «يبلغ». */
const QUALIFYING = /^(يحمل|تحمل|ينحدر|تنحدر|يقيم|تقيم|يدعي|تدعي|يبلغ|تبلغ|يعمل|تعمل|ينشط|تنشط|يشتبه|يشتغل|تشتغل)$/;

/** Nouns of people a nationality may stand in apposition to («الضحيتين الدنماركية …», «السائح الفرنسي …»). */
const PEOPLE_NOUN = /^(ال)?(ضحيه|ضحيتين|ضحيتان|ضحايا|سايح|سايحه|سايحتين|سايحين|سياح|مواطن|مواطنه|مواطنين|شاب|شابه|طالب|طالبه|رعيه|رعايا|مهاجر|مقاتل|رهينه|رهاين)$/;
/** Heads of an apposition that says who a person is («، المعتقل سابقا», «، أمير الخلية», «، المقيم بالمغرب»). */
const APPOSITION_HEAD = /^(المعتقل|المتهم|المدان|المحكوم|القيادي|العضو|الناشط|الموقوف|المقيم|البالغ|الملقب|المعروف|المكني|امير|زعيم|احد|مويسس|منسق|المسوول|الناطق|الزعيم|الامير|المنسق|المفرج)$/;

const ageInBrackets = (ctx: SentenceContext, end: number): boolean =>
  (ctx.tokens[end + 1]?.text === '(' || ctx.tokens[end + 1]?.text === '[') && ctx.tokens[end + 2]?.type === 'number' && AGE_WORDS.has(ctx.tokens[end + 3]?.norm ?? '');

/** Whether an apposition follows the name ending at `end`: «،» and a nisba or a head noun of who it is, or «(34 سنة)». */
function apposedAfter(ctx: SentenceContext, lex: Lexicons, end: number): boolean {
  const next = ctx.tokens[end + 1];
  if (ageInBrackets(ctx, end)) return true;
  if (next?.text !== '،' && next?.text !== ',') return false;
  const k = end + 2;
  const nisba = lex.nisbas.matchAt(ctx.tokens, k);
  return (nisba !== null && nisba.article && nisba.clitic === '') || APPOSITION_HEAD.test(ctx.tokens[k]?.norm ?? '');
}

/** One word that is the surname of a known person, or a word of a name the article gave before. */
/**
 * «وزير الداخلية», «وزير العدل»: the ministry a minister's title names, as the ministry itself («وزارة الداخلية»,
 * the lexicon's when it has it). With another country's nisba after it («وزير الداخلية الإسباني») it is that country's
 * ministry («وزارة الداخلية الإسبانية»), based there.
 */
function ministryOf(ctx: SentenceContext, lex: Lexicons, last: number, fixed: readonly Span[]): Span | null {
  const k = after(ctx, last);
  const w = ctx.tokens[k];
  if (k < 0 || w === undefined || !isWord(w) || !w.norm.startsWith('ال') || w.norm.length < 5 || spanCovering(fixed, k) !== undefined || isStop(w)) return null;
  if (lex.nisbas.matchAt(ctx.tokens, k) !== null) return null;
  // «وزير الداخلية الإسباني»: another country's ministry, named with the feminine nisba and based there
  const nisbaAt = after(ctx, k);
  const nisba = nisbaAt >= 0 ? lex.nisbas.matchAt(ctx.tokens, nisbaAt) : null;
  if (nisba !== null) {
    if (nisba.last !== nisbaAt || nisba.value.id === 'morocco') return null;
    const adjective = ctx.tokens[nisbaAt]?.text ?? '';
    const name = `وزارة ${w.text} ${/[ةه]$/.test(adjective) ? adjective : `${adjective}ة`}`;
    return { first: k, last: nisbaAt, kind: 'Agency', ref: { type: 'new', key: `Agency:${normalizeWord(name)}` }, rule: 'cue.agency.ministry', confidence: 0.65, clitic: '', name, props: {}, country: nisba.value.id };
  }
  const name = `وزارة ${w.text}`;
  const phrase = tokenize(name);
  const entry = lex.names.matchAt(phrase, 0);
  const lexicon = entry !== null && entry.last === phrase.length - 1 && entry.value.kind === 'Agency' ? entry.value : undefined;
  return {
    first: k, last: k, kind: 'Agency', ref: lexicon === undefined ? { type: 'new', key: `Agency:${normalizeWord(name)}` } : { type: 'lexicon', id: lexicon.id },
    rule: 'cue.agency.ministry', confidence: 0.7, clitic: '', name, props: {},
  };
}

function surnameSpan(ctx: SentenceContext, lex: Lexicons, i: number): Span | null {
  const t = ctx.tokens[i];
  if (!isWord(t) || ctx.memory === undefined || isStop(t) || lex.commonWords.has(t.norm)) return null;
  for (const r of [{ core: t.norm, clitic: '' }, ...readings(t.norm)]) {
    const word = r.core.replace(/^ال/, '');
    if (word.length < 3) continue;
    const known = ctx.memory.knownBySurname(word);
    if (known !== undefined) return { first: i, last: i, kind: 'Person', ref: { type: 'known', id: known }, rule: 'known.surname', confidence: 0.8, clitic: r.clitic, props: {} };
    const met = ctx.memory.personByWord(word);
    if (met !== undefined) return { first: i, last: i, kind: 'Person', ref: { type: 'new', key: met.key }, rule: 'coref.surname', confidence: 0.7, clitic: r.clitic, name: met.name, props: {} };
  }
  return null;
}

const VERB_TRIGGERS_NORM = new Set([...VERB_TRIGGERS].map(normalizeWord));
const CALLED = new Set(['المدعو', 'المدعوه', 'المسمي', 'المسماه', 'الملقب', 'الملقبه', 'يدعي', 'تدعي', 'ويدعي', 'المكني']);

/** «المدعو (ع.م)», «المسمى "أبو أنس"», «المدعو محمد ب.»: the name or initials after a naming word, within a few words of `last`. */
function calledName(ctx: SentenceContext, lex: Lexicons, last: number): string | null {
  for (let k = last + 1; k < Math.min(ctx.tokens.length, last + 10); k += 1) {
    const t = ctx.tokens[k];
    if (t === undefined || !CALLED.has(t.norm)) continue;
    let j = k + 1;
    while (j < ctx.tokens.length && ctx.tokens[j]?.type === 'punct' && /[("«“]/.test(ctx.tokens[j]?.text ?? '')) j += 1;
    const start = j;
    // initials: one-letter words joined by dots («ع.م», «م. ب»), or a name of up to three words
    while (j < ctx.tokens.length && j < start + 6) {
      const w = ctx.tokens[j];
      if (w === undefined || (w.type === 'punct' && w.text !== '.') || (w.type === 'word' && lex.commonWords.has(w.norm))) break;
      // «الملقب بالذباح يشرف على …»: the clause's verb after the name is no part of it
      if (j > start && w.type === 'word' && /^[يت]\S{2,}$/.test(w.norm) && lex.givenNames.matchAt(ctx.tokens, j) === null) break;
      j += 1;
    }
    const words = ctx.tokens.slice(start, j).filter((w) => w.type === 'word');
    if (words.length === 0 || words.length > 3) return null;
    const end = ctx.tokens[j - 1];
    const first = ctx.tokens[start];
    if (first === undefined || end === undefined) return null;
    // a full stop after a word of the name ends the sentence; after an initial («ع.م.») it is the initial's
    // («الملقب بالذباح»: the preposition glued to a nickname is no part of it)
    const glued = first.norm.startsWith('بال') && /^(الملقب|الملقبه|المكني)$/.test(t.norm) ? 1 : 0;
    return ctx.text.slice(first.start + glued, end.end).replace(/(\p{L}{2,})\.$/u, '$1').trim();
  }
  return null;
}

/**
 * «وزير الداخلية الإسباني، فرناندو غراندي مارلاسكا،»: a title, what it governs (a few words, no stop), a comma,
 * and a name that the next punctuation closes: the title's holder. A name the graph or the lexicon knows is left
 * to its own span (coreference.ts joins them).
 */
function appositiveName(ctx: SentenceContext, lex: Lexicons, last: number, fixed: readonly Span[]): string | null {
  let k = last + 1;
  while (k < ctx.tokens.length && k <= last + 5 && ctx.tokens[k]?.type === 'word') k += 1;
  if (!/^[،,]$/.test(ctx.tokens[k]?.text ?? '')) return null;
  const start = k + 1;
  if (spanAt(fixed, start) !== undefined || spanCovering(fixed, start) !== undefined) return null;
  const end = nameShape(ctx, lex, start, fixed, true) ?? foreignName(ctx, lex, start, fixed);
  if (end === null || end === start) return null;
  const closing = ctx.tokens[end + 1];
  if (closing !== undefined && closing.type !== 'punct') return null;
  const a = ctx.tokens[start];
  const b = ctx.tokens[end];
  return a === undefined || b === undefined ? null : ctx.text.slice(a.start, b.end);
}

/** «البالغ من العمر 37 سنة», «(37 سنة)»: a person's age. */
function personAge(ctx: SentenceContext, last: number): Record<string, number> {
  const a = ages(ctx, last);
  return a['age_min'] !== undefined && a['age_min'] === a['age_max'] ? { age: a['age_min'] } : {};
}

function isCellOrGroupWord(lex: Lexicons, ctx: SentenceContext, k: number): boolean {
  const n = ctx.tokens[k]?.norm ?? '';
  return /خليه|خلايا|تنظيم/.test(n) || lex.peoplePlurals.matchAt(ctx.tokens, k) !== null || lex.collectiveHeads.matchAt(ctx.tokens, k) !== null;
}

/** A name after a title: starts with a given name or particle, 2–4 words, no stop word or known span inside. */
const THEN = /^(انذاك|حينها|حينذاك|وقتها|وقتذاك|السابق|الاسبق|الحالي)$/;

function nameAfter(ctx: SentenceContext, lex: Lexicons, last: number, fixed: readonly Span[]): { first: number; last: number; countries: string[]; person?: Span } | null {
  const k0 = after(ctx, last);
  if (k0 < 0) return null;
  // «الرئيس الفرنسي فرانسوا هولاند», «المواطن الإسباني السويسري كيفن …»
  const nisbas = nisbasFrom(ctx, lex, k0);
  // «الرئيس الفرنسي آنذاك فرانسوا هولاند»: a word of time between the title and the name
  const k = nisbas.next >= 0 && THEN.test(ctx.tokens[nisbas.next]?.norm ?? '') ? after(ctx, nisbas.next) : nisbas.next;
  if (k < 0) return null;
  const countries = nisbas.countries;
  // a person the lexicon or the graph knows: the title is theirs
  const personAt = (i: number): Span | undefined => {
    const p = spanAt(fixed, i);
    return p !== undefined && p.kind === 'Person' && p.clitic === '' ? p : undefined;
  };
  const knownPerson = personAt(k);
  if (knownPerson !== undefined) return { first: k, last: knownPerson.last, countries, person: knownPerson };
  // «المتهم وشريكه»: «و» opens the next of a list, not a name (unless the word is a given name: «وليد», «وائل»)
  if ((ctx.tokens[k]?.norm ?? '').startsWith('و') && lex.givenNames.matchAt(ctx.tokens, k)?.clitic !== '') return null;
  const foreignAt = foreignName(ctx, lex, k, fixed);
  // «مواطن تونسي يقيم بالمغرب»: one word shaped like a verb in the present («يقيم», «ينحدر») names nobody
  // «قاضي التحقيق بأنه …», «قاضي التحقيق بملحقة محكمة …»: a conjunction with its pronoun, or a preposition glued to
  // the head of an institution, names nobody either
  const verbLike = foreignAt === k && (/^[يتن]\S{3,}$/.test(ctx.tokens[k]?.norm ?? '') || /^[وبل]?ان(ه|ها|هم|هما)?$/.test(ctx.tokens[k]?.norm ?? '') || lex.agencyHeads.matchAt(ctx.tokens, k) !== null);
  const end = nameShape(ctx, lex, k, fixed, true) ?? (verbLike ? null : foreignAt);
  if (end !== null) return { first: k, last: end, countries };
  // «مدير المكتب الشرقاوي حبوب», «الناطق الرسمي بوبكر سبيك»: after what the title governs, a family name in -i first
  let governed = spanAt(fixed, k);
  // «المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي»: up to two governed names
  if (governed !== undefined) {
    const next = spanAt(fixed, after(ctx, governed.last));
    if (next !== undefined && next.clitic.startsWith('و')) governed = next;
  }
  const at0 = governed !== undefined ? after(ctx, governed.last) : isDefinite(ctx.tokens[k]) && !/ي$/.test(ctx.tokens[k]?.norm ?? '') ? after(ctx, k) : k;
  if (at0 < 0) return null;
  // «وزير الداخلية الفرنسي برنار كازنوف»
  const more = nisbasFrom(ctx, lex, at0);
  // «وزير الداخلية الفرنسي آنذاك برنار كازنوف»: a word of time between the office and the name
  const at = THEN.test(ctx.tokens[more.next]?.norm ?? '') ? after(ctx, more.next) : more.next;
  if (at < 0) return null;
  const knownAfter = personAt(at);
  if (knownAfter !== undefined) return { first: at, last: knownAfter.last, countries: [...countries, ...more.countries], person: knownAfter };
  // a foreign name after what the title governs has two words at least («قيادي داعشي ينحدر من …» names nobody)
  const foreign = at0 !== k ? foreignName(ctx, lex, at, fixed) : null;
  const shaped = nameShape(ctx, lex, at, fixed, true) ?? (foreign !== null && foreign > at ? foreign : null);
  if (shaped !== null) return { first: at, last: shaped, countries: [...countries, ...more.countries] };
  const family = ctx.tokens[at];
  const given = ctx.tokens[after(ctx, at)];
  if (isWord(family) && /^ال.{2,}ي$/.test(family.norm) && !lex.commonWords.has(family.norm) && spanAt(fixed, at) === undefined &&
    isWord(given) && !given.norm.startsWith('ال') && !isStop(given) && !lex.commonWords.has(given.norm) && !hasPrepositionClitic(given)) {
    return { first: at, last: given.i, countries };
  }
  return null;
}

/** The last token of a person's name starting at `i`, or null. With a title one more shape is allowed: «محمد السادس». */
/** «نظيره», «نظيرته», «ونظيره», «مع نظيره»: the counterpart of the official the clause is about. */
const COUNTERPART = /^(و|ب|ل|وب)?(نظيره|نظيرته|نظيرها|نظيريه|نظراءه|نظيرهم)$/;
const OFFICIAL = /^(و|ب|ل|وب)?(المسوول|المسووله|الدبلوماسي|الدبلوماسيه|المسوول الامني)$/;

/** Words after which a leader is named: «التي يقودها …», «بزعامة …». */
const LEADER_SLOT = /^(يقودها|يقوده|يتزعمها|يتزعمه|بزعامه|بقياده|تقودها|يراسها|يراسه)$/;

/** Words between a court's verb and its object: «أدانت الهيئة ذاتها …», «أدانت المحكمة …». */
const BENCH_WORDS = /^(الهييه|المحكمه|الغرفه|هييه|ذاتها|نفسها|الحكم)$/;
const CONVICTS = /^(و|ف)?(ادانت|ادان|برات|برا|ادانه|تدين)$/;

/**
 * The object of a court's decision («في حق حسن الكتاني», «أدانت الهيئة ذاتها عمر الحدوشي»): a name there needs no
 * title even when its given name is an everyday word.
 */
function defendantSlot(ctx: SentenceContext, i: number): boolean {
  const w = (k: number): string => ctx.tokens[k]?.norm ?? '';
  if (w(i - 1) === 'حق' && w(i - 2) === 'في') return true;
  // «ويتعلق الأمر بكل من كريم التازي وعمر …»: the list of who it is about
  if (w(i - 1) === 'من' && /^(بكل|كل)$/.test(w(i - 2))) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    if (CONVICTS.test(w(k))) return true;
    if (!BENCH_WORDS.test(w(k))) return false;
  }
  return false;
}

function nameShape(ctx: SentenceContext, lex: Lexicons, i: number, fixed: readonly Span[], titled = false, listed = false, slot = false): number | null {
  // «إلياس بن حمزة التازي»: a word before «بن»/«ابن»/«بنت»/«ولد» and a name word is a given name, listed or not
  const nasab = nasabAt(ctx, lex, i, fixed);
  const start = lex.givenNames.matchAt(ctx.tokens, i) ?? (nasab ? { last: i, clitic: '', article: false } : null);
  if (start === null || !(start.clitic === '' || (listed && start.clitic === 'و')) || start.article) return null;
  let end = start.last;
  let words = 1;
  for (let k = after(ctx, end); k >= 0 && words < 4; k = after(ctx, end)) {
    const t = ctx.tokens[k];
    // «"أبو حفص" بعشرين»: a name does not run over a quotation mark
    if (k > end + 1) break;
    // «محمد بن علي»: the word after «بن», «أبو», «عبد» is a name even when it is also an everyday word; a person
    // the graph knows after «بن» is the father, inside the son's name («يونس بن عمر الفاسي» is not «عمر الفاسي»)
    const afterParticle = NAME_PARTICLE.test(ctx.tokens[end]?.norm ?? '');
    const father = afterParticle ? spanAt(fixed, k) : undefined;
    if (father !== undefined && father.kind === 'Person') {
      end = father.last;
      words += father.last - k + 1;
      continue;
    }
    if (afterParticle && isWord(t) && spanAt(fixed, k) === undefined && !t.norm.startsWith('و') && !opensComplement(ctx, lex, k) && !NUMBER_LIKE.test(t.norm)) {
      end = k;
      // the particles are the joints of a name, not its words: «عمر بن عبد الرحيم العلوي» has four words
      if (!NAME_PARTICLE.test(t.norm)) words += 1;
      continue;
    }
    if (afterParticle) break;
    if (!isWord(t) || isStop(t) || hasPrepositionClitic(t) || opensComplement(ctx, lex, k) || spanAt(fixed, k) !== undefined || NOT_A_NAME.has(t.norm) || PENALTY.test(t.norm) || possessedNoun(t.norm)) break;
    if (t.norm.startsWith('و')) {
      // «محمد العلوي ويوسف الإدريسي»: «و» and a given name open the next person of a list
      const given = lex.givenNames.matchAt(ctx.tokens, k);
      if ((given !== null && given.clitic === 'و') || (given === null && !titled)) break;
    }
    if (lex.commonWords.has(t.norm) && !titled) break;
    if (lex.personTitles.matchAt(ctx.tokens, k) !== null) break;
    if (NAME_PARTICLE.test(t.norm)) {
      end = k;
      continue;
    }
    // a definite word goes on a name as a family name in -i («الحموشي», «الإدريسي») or a regnal ordinal («السادس»)
    const prevNorm = ctx.tokens[end]?.norm ?? '';
    // «عبد الصمد الجود،»: a family name with the article where the name ends (the clause goes on after it)
    const next = ctx.tokens[k + 1];
    const closes = next === undefined || next.type === 'punct' || isStop(next);
    const familyName = closes && !lex.commonWords.has(t.norm) && lex.nisbas.matchAt(ctx.tokens, k) === null && lex.eventTriggers.matchAt(ctx.tokens, k) === null;
    if (t.norm.startsWith('ال') && !/ي$/.test(t.norm) && !ORDINAL_NAMES.has(t.norm) && !/^(ابو|ابي|ابن|بن|عبد)$/.test(prevNorm) && !familyName) break;
    end = k;
    words += 1;
  }
  const particle = /^(ابو|ابي|ابن|بن|مولاي|سيدي|الشيخ|عبد)$/.test(ctx.tokens[i]?.norm ?? '');
  // Given names that are also everyday words («على» is «علي» once normalised, «حسن» "good") need a title, or «بن» after them.
  const firstWord = listed ? (start.clitic === 'و' ? (ctx.tokens[i]?.norm ?? '').slice(1) : (ctx.tokens[i]?.norm ?? '')) : (ctx.tokens[i]?.norm ?? '');
  if (!titled && !listed && !nasab && !slot && AMBIGUOUS_GIVEN.has(firstWord)) return null;
  if (words < 2 || (particle && words < 2)) return null;
  // «… بن» is the inside of a name, never its end
  if (NAME_PARTICLE.test(ctx.tokens[end]?.norm ?? '')) return null;
  return end;
}

const SAID = new Set(['قال', 'قالت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'شدد', 'شددت', 'كشف', 'كشفت', 'اعتبر', 'اعتبرت', 'أشار', 'أشارت', 'حذر', 'حذرت'].map(normalizeWord));
/** «أكدت مصادر مطلعة أن …»: sources, reports and media say things too. */
const SOURCE_WORDS = /^(مصادر|مصدر|جهات|جهه|اوساط|تقارير|تقرير|معطيات|وسايل|صحف|صحيفه|وكاله|مواقع|شهود|مراقبون|محللون|متابعون)$/;
/** What follows the speaker: «إن», «أن», «بأن», a comma or a colon. */
const AFTER_SPEAKER = /^(ان|بان|وان|[,،:])$/;

/**
 * `cue.person.speaker`: one or two name words, or a family name in -i («الشرقاوي»), between a verb of saying and what
 * was said; a name the article met before is that person.
 */
function speakerAt(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], i: number): number | null {
  const v = before(ctx, i);
  if (v < 0 || !readings(ctx.tokens[v]?.norm ?? '').some((r) => SAID.has(r.core) && !r.article)) return null;
  const t = ctx.tokens[i];
  if (!isWord(t) || spanCovering(fixed, i) !== undefined || lex.personTitles.matchAt(ctx.tokens, i) !== null || SOURCE_WORDS.test(t.norm)) return null;
  if (lex.peoplePlurals.matchAt(ctx.tokens, i) !== null || lex.rolePlurals.matchAt(ctx.tokens, i) !== null) return null;
  const family = /^ال\S{3,}ي$/.test(t.norm) && !lex.commonWords.has(t.norm) && lex.nisbas.matchAt(ctx.tokens, i) === null ? i : null;
  const foreign = family === null ? foreignName(ctx, lex, i, fixed) : null;
  const end = family ?? (foreign !== null && foreign - i <= 1 ? foreign : null);
  if (end === null) return null;
  const next = ctx.tokens[end + 1];
  return next !== undefined && AFTER_SPEAKER.test(next.type === 'punct' ? next.text : next.norm) ? end : null;
}

/** A penalty ends a defendant's name («عمر الزياني بخمس سنوات», «… بالإعدام»), a decoration a recipient's («… بوسام»). */
const PENALTY = /^ب(سنه|سنتين|سنوات|عام|عامين|اعوام|عشر|خمس|ست|سبع|ثماني|ثمان|تسع|ثلاث|اربع|عشرين|ثلاثين|عشره|خمسه|سته|سبعه|ثمانيه|تسعه|ثلاثه|اربعه|الاعدام|السجن|الموبد|الحبس|غرامه|وسام|الوسام)$/;

/** Numbers and number words end a name («بعشر سنوات», «65»). */
const NUMBER_LIKE = /^[0-9\u0660-\u0669]+$/;

/** «X بن Y»: a word that «بن», «ابن», «بنت» or «ولد» and a name word follow is a name's first word. */
function nasabAt(ctx: SentenceContext, lex: Lexicons, i: number, fixed: readonly Span[]): boolean {
  const t = ctx.tokens[i];
  const joint = ctx.tokens[i + 1];
  const next = ctx.tokens[i + 2];
  if (!isWord(t) || !isWord(joint) || !isWord(next) || !/^(ابن|بن|بنت|ولد)$/.test(joint.norm)) return false;
  if (t.norm.startsWith('و') || t.norm.length < 2 || isStop(t) || NOT_A_NAME.has(t.norm) || lex.commonWords.has(t.norm) || opensComplement(ctx, lex, i)) return false;
  if (spanCovering(fixed, i) !== undefined || lex.personTitles.matchAt(ctx.tokens, i) !== null || lex.nisbas.matchAt(ctx.tokens, i) !== null) return false;
  // («طارق بن علي»: «علي» is also the preposition «على» once normalised)
  return (!isStop(next) || lex.givenNames.matchAt(ctx.tokens, i + 2) !== null) && !opensComplement(ctx, lex, i + 2);
}

/**
 * `cue.person.suspect`: one suspect, «توقيف متطرف», «أطاحت … بمتطرف»; `anaphor.suspect`: «المشتبه فيه»,
 * «الموقوف», «المعني بالأمر». An article's single suspect is one person.
 */
export function suspectSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  const verbAt = ctx.tokens.findIndex((t) => VERB_TRIGGERS_NORM.has(t.norm) || readings(t.norm).some((r) => VERB_TRIGGERS_NORM.has(r.core)));
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    // «العنصر الرابع», «الشخص الثاني»: a generic person noun names one of the suspects only with its rank
    const rankedHead = RANKED_HEADS.has(ctx.tokens[i]?.norm ?? '') && RANKS[ctx.tokens[after(ctx, i)]?.norm ?? ''] !== undefined;
    const anaphor = rankedHead ? { last: i, clitic: '' } : lex.suspectSingularAnaphors.matchAt(ctx.tokens, i);
    // «المتهم الثاني», «الموقوف الأول», «المتهم الرئيسي»: one of the article's suspects, a person of its own
    const rank = anaphor === null ? undefined : RANKS[ctx.tokens[after(ctx, anaphor.last)]?.norm ?? ''];
    if (anaphor !== null && rank !== undefined) {
      const last = after(ctx, anaphor.last);
      const span: Span = { first: i, last, kind: 'Person', ref: { type: 'new', key: `Person:suspect:${rank}` }, rule: 'cue.person.ranked', confidence: 0.6, clitic: anaphor.clitic, props: { named: false, role: 'Suspect', rank } };
      span.name = spanName(ctx, span);
      span.nameEn = rank === 'main' ? 'Main suspect' : `Suspect ${rank}`;
      out.push(span);
      i = last;
      continue;
    }
    if (anaphor !== null) {
      out.push({ first: i, last: anaphor.last, kind: 'Person', ref: { type: 'new', key: 'Person:suspect' }, rule: 'anaphor.suspect', confidence: 0.6, clitic: anaphor.clitic, name: 'المشتبه فيه', nameEn: 'Suspect', props: { named: false, role: 'Suspect', ...personAge(ctx, anaphor.last) } });
      i = anaphor.last;
      continue;
    }
    const m = lex.suspectSingulars.matchAt(ctx.tokens, i);
    if (m === null || m.article) continue;
    const prev = before(ctx, i);
    const afterCount = prev >= 0 && numberAt(ctx.tokens, prev) !== null;
    const trigger = prev >= 0 ? lex.eventTriggers.matchAt(ctx.tokens, prev) : null;
    // «مخططا إرهابيا»: part of the trigger's own words, not its object
    if (trigger !== null && trigger.last >= i) continue;
    const afterTrigger = trigger !== null && trigger.last === prev;
    // «أطاحت … بمتطرف», «أوقفت … متطرفا» (the accusative alif marks the object)
    const objectOfVerb = (m.clitic.endsWith('ب') || (m.clitic === '' && /ا$/.test(ctx.tokens[m.last]?.norm ?? ''))) && verbAt >= 0 && verbAt < i;
    if (afterCount || !(afterTrigger || objectOfVerb)) continue;
    const span: Span = { first: i, last: m.last, kind: 'Person', ref: { type: 'new', key: 'Person:suspect' }, rule: 'cue.person.suspect', confidence: 0.6, clitic: m.clitic, nameEn: 'Suspect', props: { named: false, role: 'Suspect', ...personAge(ctx, m.last) } };
    span.name = spanName(ctx, span);
    out.push(span);
    i = m.last;
  }
  return out;
}

/** Acts whose object is people taken somewhere: «تجنيد مقاتلين», «استقطاب متطوعين», «إرسال مقاتلين مغاربة». */
const RECRUITING_VERBS = new Set(['جند', 'جندت', 'يجند', 'تجند', 'استقطب', 'استقطبت', 'يستقطب', 'تستقطب'].map(normalizeWord));
const RECRUITING = new Set([...['تجنيد', 'استقطاب', 'ارسال', 'تسفير', 'التجنيد', 'الاستقطاب'].map(normalizeWord), ...RECRUITING_VERBS]);

/** `cue.group.recruited`: the people an act of recruitment takes, counted or not («تجنيد وإرسال مقاتلين مغاربة»). */
function recruitedGroups(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  const isAct = (k: number): boolean => readings(ctx.tokens[k]?.norm ?? '').some((r) => RECRUITING.has(r.core));
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!isAct(i)) continue;
    let k = after(ctx, i);
    while (k >= 0 && isAct(k)) k = after(ctx, k);
    // «استقطب التنظيم شبانا»: a verb's subject may come between it and the people it takes
    const verb = readings(ctx.tokens[i]?.norm ?? '').some((r) => RECRUITING_VERBS.has(r.core));
    const subject = verb && k >= 0 && lex.peoplePlurals.matchAt(ctx.tokens, k) === null ? (spanCovering(fixed, k) ?? (isDefinite(ctx.tokens[k]) ? { last: k } : undefined)) : undefined;
    if (subject !== undefined) k = after(ctx, subject.last);
    const plural = k >= 0 && spanCovering(fixed, k) === undefined ? lex.peoplePlurals.matchAt(ctx.tokens, k) : null;
    // «تجنيد أشخاص» names nobody in particular; fighters, volunteers and young men are the recruits the genre counts
    if (plural === null || numberAt(ctx.tokens, k) !== null || plural.value.en === 'people') continue;
    const nisba = lex.nisbas.matchAt(ctx.tokens, after(ctx, plural.last));
    const last = nisba !== null ? nisba.last : plural.last;
    const span: Span = { first: k, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.recruited', confidence: 0.6, clitic: plural.clitic, props: { recruited: true } };
    span.name = spanName(ctx, span);
    span.nameEn = plural.value.en;
    span.ref = { type: 'new', key: `Group:recruited:${normalizeWord(span.name).replace(/^ال/, '')}` };
    out.push(span);
    i = last;
  }
  return out;
}

export function groupSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = recruitedGroups(ctx, lex, fixed);
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    // `cue.group.defence`: «دفاع المتهمين», «هيئة دفاع المتهم» — the defendants' lawyers, a party of the case
    if (/^(و|ب|ل)?(دفاع|الدفاع)$/.test(ctx.tokens[i]?.norm ?? '') && lex.suspectAnaphors.matchAt(ctx.tokens, i + 1) !== null) {
      const last = lex.suspectAnaphors.matchAt(ctx.tokens, i + 1)?.last ?? i + 1;
      const span: Span = { first: i, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.defence', confidence: 0.65, clitic: '', props: { role: 'Defence' } };
      span.name = spanName(ctx, span).replace(/^[وبل](?=دفاع)/u, '');
      span.nameEn = 'Defence';
      span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
      out.push(span);
      i = last;
      continue;
    }
    const anaphor = lex.suspectAnaphors.matchAt(ctx.tokens, i);
    // «باقي المتهمين، وعددهم 20 متهما»: the count that follows names the group
    const counted = anaphor === null ? -1 : ctx.tokens.findIndex((t, k) => k > anaphor.last && k <= anaphor.last + 3 && /^(وعددهم|عددهم|وعددها|البالغ|والبالغ)$/.test(t.norm));
    // «المتهمين الثلاثة»: the group of that count
    const unit = anaphor === null ? -1 : after(ctx, anaphor.last);
    // «المتطرفين الاثني عشر»: a compound count from 11 to 19 is two words
    const teen = unit >= 0 && ctx.tokens[unit + 1]?.norm === 'عشر' ? TEEN_UNITS[ctx.tokens[unit]?.norm ?? ''] : undefined;
    const ordinalCount = anaphor === null ? null : teen === undefined ? DEFINITE_COUNTS[ctx.tokens[unit]?.norm ?? ''] : 10 + teen;
    if (anaphor !== null && ordinalCount !== undefined && ordinalCount !== null) {
      const last = teen === undefined ? unit : unit + 1;
      out.push({ first: i, last, kind: 'Group', ref: { type: 'new', key: `Group:count:${ordinalCount}` }, rule: 'anaphor.suspects.counted', confidence: 0.7, clitic: anaphor.clitic, props: { count: ordinalCount, count_qualifier: 'exact' } });
      i = last;
      continue;
    }
    if (anaphor !== null && counted < 0) {
      out.push({ first: i, last: anaphor.last, kind: 'Group', ref: { type: 'anaphor', target: 'suspects' }, rule: 'anaphor.suspects', confidence: 0.7, clitic: anaphor.clitic, props: {} });
      i = anaphor.last;
      continue;
    }
    if (anaphor !== null) {
      i = anaphor.last;
      continue;
    }
    const nationals = nationalsAt(ctx, lex, i);
    if (nationals !== null) {
      out.push(nationals);
      continue;
    }
    const again = groupAgainAt(ctx, lex, fixed, i);
    if (again !== null) {
      out.push(again);
      continue;
    }
    // «أعضاء خلية "أسود الخلافة"»
    if (MEMBER_NOUNS.test(ctx.tokens[i]?.norm ?? '') && /^[وبل]?(خليه|الخليه|شبكه|الشبكه)$/.test(ctx.tokens[after(ctx, i)]?.norm ?? '')) {
      out.push({ first: i, last: i, kind: 'Group', ref: { type: 'anaphor', target: 'suspects' }, rule: 'anaphor.suspects', confidence: 0.65, clitic: '', props: {} });
      continue;
    }
    // «مئات المدنيين», «عشرات الجنود»: a vague count before a plural of people is a group of about that size
    const vague = VAGUE[ctx.tokens[i]?.norm ?? ''];
    const vaguePlural = vague === undefined || after(ctx, i) < 0 ? null : lex.peoplePlurals.matchAt(ctx.tokens, after(ctx, i));
    if (vague !== undefined && vaguePlural !== null && spanCovering(fixed, i) === undefined) {
      const span: Span = {
        first: i, last: vaguePlural.last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.counted', confidence: 0.65, clitic: '',
        props: { count: vague.value, count_qualifier: 'approximate', count_text: vague.text, ...(VICTIM_WORDS.test(vaguePlural.value.en) ? { victims: true } : {}) },
      };
      span.name = spanName(ctx, span);
      span.nameEn = `${vague.text} of ${vaguePlural.value.en}`;
      span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
      out.push(span);
      i = vaguePlural.last;
      continue;
    }
    const count = countAt(ctx.tokens, i);
    if (count !== null && !(ctx.tokens[count.last]?.type === 'number' && Number(ctx.tokens[count.last]?.norm) >= 1900 && Number(ctx.tokens[count.last]?.norm) <= 2100)) {
      const k = after(ctx, count.last);
      // «ثلاثة من أتباعه», «اثنان من المقاتلين»: a counted part of people is a group of that count (a part of the
      // article's suspects stays theirs, as «عدد من المتهمين» does)
      const of = k >= 0 && ctx.tokens[k]?.norm === 'من' ? after(ctx, k) : -1;
      const partitive = of >= 0 && spanCovering(fixed, of) === undefined && lex.suspectAnaphors.matchAt(ctx.tokens, of) === null ? pluralOfPeople(ctx, lex, of) : null;
      const plural = k >= 0 ? (lex.peoplePlurals.matchAt(ctx.tokens, k) ?? partitive) : null;
      if (plural !== null) {
        const { last, countries } = qualifiersAfter(ctx, lex, fixed, plural.last);
        const span: Span = {
          first: count.first, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.counted', confidence: 0.8, clitic: '',
          props: { count: count.value, count_qualifier: count.qualifier, ...ages(ctx, last), ...(VICTIM_WORDS.test(plural.value.en) ? { victims: true } : {}) },
          ...(countries.length > 0 ? { countries } : {}),
        };
        // «وثلاثة من أتباعه»: the conjunction glued to the count is no part of the name
        span.name = spanName(ctx, span).replace(/^و(?!احد)(?=\S)/u, '');
        span.nameEn = `${count.value} ${plural.value.en}`;
        // «ثلاثة متطرفين» in the headline and «ثلاثة أشخاص» in the text are the same people
        span.ref = { type: 'new', key: `Group:count:${count.value}` };
        out.push(span);
        i = last;
        continue;
      }
    }
    // «توقيف متطرفين اثنين», «أشخاص ثلاثة»: the count after an indefinite plural
    const plain = spanCovering(fixed, i) === undefined ? lex.peoplePlurals.matchAt(ctx.tokens, i) : null;
    const countAfter = plain !== null && !plain.article ? POSTPOSED_COUNTS[ctx.tokens[after(ctx, plain.last)]?.norm ?? ''] : undefined;
    if (plain !== null && countAfter !== undefined) {
      const last = after(ctx, plain.last);
      const span: Span = {
        first: i, last, kind: 'Group', ref: { type: 'new', key: `Group:count:${countAfter}` }, rule: 'cue.group.counted', confidence: 0.75, clitic: plain.clitic,
        props: { count: countAfter, count_qualifier: 'exact', ...ages(ctx, last), ...(VICTIM_WORDS.test(plain.value.en) ? { victims: true } : {}) },
      };
      span.name = spanName(ctx, span);
      span.nameEn = `${countAfter} ${plain.value.en}`;
      out.push(span);
      i = last;
      continue;
    }
    const dual = DUALS[ctx.tokens[i]?.norm ?? ''];
    // «أشخاص مشتبهين»: after a plural of people the same spelling is its adjective, not two people
    const qualifies = before(ctx, i) >= 0 && lex.peoplePlurals.matchAt(ctx.tokens, before(ctx, i)) !== null;
    if (dual !== undefined && !qualifies && spanCovering(fixed, i) === undefined) {
      const span: Span = { first: i, last: i, kind: 'Group', ref: { type: 'new', key: 'Group:count:2' }, rule: 'cue.group.dual', confidence: 0.7, clitic: '', props: { count: 2, count_qualifier: 'exact', ...ages(ctx, i), ...(VICTIM_WORDS.test(dual) ? { victims: true } : {}) } };
      span.name = spanName(ctx, span);
      span.nameEn = `2 ${dual}`;
      out.push(span);
      continue;
    }
    // «بعناصر متطرفة», «عناصر إرهابية»: people qualified by extremism, without a count
    const plural = spanCovering(fixed, i) === undefined ? lex.peoplePlurals.matchAt(ctx.tokens, i) : null;
    const qualified = plural === null ? null : lex.extremistAdjectives.matchAt(ctx.tokens, after(ctx, plural.last));
    if (plural !== null && qualified !== null && !plural.article && qualified.clitic === '' && countAt(ctx.tokens, before(ctx, i)) === null) {
      // «عنصر متطرف يقيم بسوريا»: a singular so qualified is one person
      const one = lex.peopleSingulars.matchAt(ctx.tokens, i)?.last === plural.last;
      const span: Span = one
        ? { first: i, last: qualified.last, kind: 'Person', ref: { type: 'new', key: '' }, rule: 'cue.person.qualified', confidence: 0.55, clitic: plural.clitic, props: { named: false, role: 'Extremist' } }
        : { first: i, last: qualified.last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.qualified', confidence: 0.6, clitic: plural.clitic, props: {} };
      span.name = spanName(ctx, span);
      span.nameEn = one ? 'Extremist' : `Extremist ${plural.value.en}`;
      span.ref = { type: 'new', key: `${span.kind}:${normalizeWord(span.name)}` };
      out.push(span);
      i = qualified.last;
      continue;
    }
    // «عدد من الشبان», «مجموعة من المتطرفين», «العديد من الأشخاص»: an uncounted part of people is a group of its own
    const part = PART_WORDS.test(ctx.tokens[i]?.norm ?? '') && ctx.tokens[after(ctx, i)]?.norm === 'من' && spanCovering(fixed, i) === undefined ? after(ctx, after(ctx, i)) : -1;
    const partPlural = part >= 0 && spanCovering(fixed, part) === undefined ? lex.peoplePlurals.matchAt(ctx.tokens, part) : null;
    // («عدد من المتهمين» is a part of the article's suspects: the anaphor reads it)
    if (partPlural !== null && partPlural.clitic === '' && lex.suspectAnaphors.matchAt(ctx.tokens, part) === null) {
      const nisba = lex.nisbas.matchAt(ctx.tokens, after(ctx, partPlural.last));
      const last = nisba !== null && nisba.clitic === '' ? nisba.last : partPlural.last;
      const span: Span = {
        first: i, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.part', confidence: 0.6, clitic: '',
        props: { count_qualifier: 'unspecified', ...ages(ctx, last), ...(VICTIM_WORDS.test(partPlural.value.en) ? { victims: true } : {}) },
        ...(nisba !== null && nisba.clitic === '' ? { countries: [nisba.value.id] } : {}),
      };
      span.name = spanName(ctx, span).replace(/^[وب](?=عدد|مجموع)/u, '');
      span.nameEn = `Some ${partPlural.value.en}`;
      span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
      out.push(span);
      i = last;
      continue;
    }
    // «مقاتلين مغاربة», «متطرفون تونسيون»: an indefinite plural of people and the nationality after it
    // («الشبان المغاربة»: definite both, when the plural does not point back to the suspects)
    const definitePlural = plural !== null && plural.article && lex.suspectAnaphors.matchAt(ctx.tokens, i) === null;
    const national = plural !== null && (!plural.article || definitePlural) && plural.clitic === '' && countAt(ctx.tokens, before(ctx, i)) === null ? lex.nisbas.matchAt(ctx.tokens, after(ctx, plural.last)) : null;
    if (plural !== null && national !== null && national.clitic === '' && national.article === plural.article && plural.value.en !== 'Moroccans' && !VICTIM_WORDS.test(plural.value.en)) {
      const span: Span = { first: i, last: national.last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.national', confidence: 0.6, clitic: '', props: {}, countries: [national.value.id] };
      span.name = spanName(ctx, span);
      span.nameEn = `${plural.value.en} (${national.value.id})`;
      span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
      out.push(span);
      i = national.last;
      continue;
    }
    const members = membersGroupAt(ctx, lex, fixed, i);
    if (members !== null) {
      out.push(members);
      i = members.last;
      continue;
    }
    const role = roleGroupAt(ctx, lex, fixed, i);
    if (role !== null) {
      out.push(role);
      i = role.last;
      continue;
    }
    const collective = lex.collectiveHeads.matchAt(ctx.tokens, i);
    const oneOf = /^[وبل]?(احد|احدي)$/.test(ctx.tokens[before(ctx, i)]?.norm ?? '');
    if (collective !== null && spanAt(fixed, i) === undefined && !oneOf) {
      let last = collective.last;
      let words = 0;
      let country: string | undefined;
      for (let k = after(ctx, last); k >= 0 && words < 3; k = after(ctx, last)) {
        const t = ctx.tokens[k];
        const nisba = lex.nisbas.matchAt(ctx.tokens, k);
        if (nisba !== null && nisba.last === k) {
          country ??= nisba.value.id;
          last = k;
          words += 1;
          continue;
        }
        if (!isDefinite(t) || hasPrepositionClitic(t)) break;
        if (spanAt(fixed, k) !== undefined && !(t?.norm.startsWith('ال') ?? false)) break;
        last = k;
        words += 1;
      }
      const span: Span = {
        first: i, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.collective', confidence: 0.5, clitic: collective.clitic,
        props: {}, ...(country === undefined ? {} : { country }),
      };
      span.name = spanName(ctx, span);
      span.nameEn = collective.value.en;
      span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
      out.push(span);
      i = last;
    }
  }
  return out;
}

/**
 * The stem a plural of people is said again by: article, proclitic and the endings of number and case off
 * («متطوعين», «المتطوعون», «متطوعا» → «متطوع»).
 */
export function peopleStem(norm: string): string {
  const bare = readings(norm).find((r) => r.article)?.core ?? readings(norm).find((r) => r.clitic !== '')?.core ?? norm;
  return bare.length > 4 ? bare.replace(/(ين|ون|ا)$/u, '') : bare;
}

/** The stem of the plural of people a group span names, if it names one. */
export function groupStem(ctx: SentenceContext, lex: Lexicons, span: Span): string | undefined {
  for (let k = span.first; k <= span.last; k += 1) {
    const m = lex.peoplePlurals.matchAt(ctx.tokens, k) ?? lex.rolePlurals.matchAt(ctx.tokens, k) ?? lex.collectiveHeads.matchAt(ctx.tokens, k);
    if (m !== null && m.last === k) return peopleStem(ctx.tokens[k]?.norm ?? '');
  }
  return undefined;
}

/**
 * `cue.group.nationals`: «عدد المغاربة الذين التحقوا …», «عشرات من التونسيين»: a definite plural nisba counted as a
 * noun is the people of that country.
 */
function nationalsAt(ctx: SentenceContext, lex: Lexicons, i: number): Span | null {
  const t = ctx.tokens[i];
  const nisba = isWord(t) ? lex.nisbas.matchAt(ctx.tokens, i) : null;
  if (t === undefined || nisba === null || nisba.last !== i || !t.norm.startsWith('ال') || !/(ين|ون|به|جانب)$/.test(t.norm)) return null;
  // the count word opens the group (the nisba alone stays the country's word): «عدد المغاربة», «عدد من التونسيين»
  const p1 = before(ctx, i);
  const p2 = p1 >= 0 ? before(ctx, p1) : -1;
  const count = (k: number): boolean => k >= 0 && /^(عدد|وعدد|العديد|مءات|ميات|عشرات|الاف|الالاف)$/.test(ctx.tokens[k]?.norm ?? '');
  const first = count(p1) ? p1 : ctx.tokens[p1]?.norm === 'من' && count(p2) ? p2 : -1;
  if (first < 0) return null;
  const span: Span = { first, last: i, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.nationals', confidence: 0.55, clitic: '', props: { count_qualifier: 'unspecified' }, countries: [nisba.value.id] };
  span.name = spanName(ctx, span);
  span.nameEn = `Nationals (${nisba.value.id})`;
  span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
  return span;
}

/**
 * `anaphor.group`: «… تجنيد متطوعين …» then «سفر المتطوعين»: a definite plural of people the article met as a group
 * before is that group (the suspects keep their own anaphors).
 */
function groupAgainAt(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], i: number): Span | null {
  if (ctx.memory === undefined || spanCovering(fixed, i) !== undefined || lex.suspectAnaphors.matchAt(ctx.tokens, i) !== null) return null;
  const m = lex.peoplePlurals.matchAt(ctx.tokens, i) ?? lex.rolePlurals.matchAt(ctx.tokens, i) ?? lex.collectiveHeads.matchAt(ctx.tokens, i);
  if (m === null || !m.article || m.last !== i) return null;
  const key = ctx.memory.latest(`group:${peopleStem(ctx.tokens[i]?.norm ?? '')}`);
  return key === undefined ? null : { first: i, last: i, kind: 'Group', ref: { type: 'new', key }, rule: 'anaphor.group', confidence: 0.6, clitic: m.clitic, props: {} };
}

/** Plurals of people in the construct state before an organisation: «مقاتلي داعش», «معتقلو السلفية الجهادية». */
const CONSTRUCT_PEOPLE = /^(و|ب|ل|وب|ول)?(مقاتلي|مقاتلو|معتقلي|معتقلو|مسلحي|مسلحو|انصار|مناصري|اتباع|منتسبي|عناصر|اعضاء|افراد|قيادات|قاده|امراء)$/;

/**
 * `cue.group.of`: «مقاتلي داعش», «عناصر التنظيم», «عشرات من مقاتلي الجماعة»: the people of an organisation, a group of
 * its members (facts/people.ts reads the MEMBER_OF); a count before «من» is theirs. Cells keep their members as the
 * suspects («أعضاء الخلية»).
 */
function membersGroupAt(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], i: number): Span | null {
  const t = ctx.tokens[i];
  if (!isWord(t) || !CONSTRUCT_PEOPLE.test(t.norm) || spanCovering(fixed, i) !== undefined) return null;
  const k = QUOTE.has(ctx.tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const org = spanAt(fixed, k);
  const opensOrganisation = (org !== undefined && org.kind === 'Organization') || (lex.organizationHeads.matchAt(ctx.tokens, k) !== null && lex.organizationHeads.matchAt(ctx.tokens, k)?.clitic === '');
  if (!opensOrganisation) return null;
  // «عشرات من مقاتلي …»
  const of = before(ctx, i);
  const vague = of >= 0 && ctx.tokens[of]?.norm === 'من' ? VAGUE[ctx.tokens[before(ctx, of)]?.norm ?? ''] : undefined;
  const first = vague !== undefined ? before(ctx, of) : i;
  const end = org?.last ?? k;
  const span: Span = {
    first, last: i, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.of', confidence: 0.55, clitic: first === i ? (readings(t.norm).find((r) => r.clitic !== '' && CONSTRUCT_PEOPLE.test(r.core))?.clitic ?? '') : '',
    props: vague === undefined ? { count_qualifier: 'unspecified' } : { count: vague.value, count_qualifier: 'approximate', count_text: vague.text },
  };
  span.name = ctx.text.slice(ctx.tokens[first]?.start ?? 0, ctx.tokens[end]?.end ?? 0).replace(/^[وبل](?=\S{4})/u, '').replace(/["“”«»]/g, '');
  span.nameEn = 'Members';
  span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
  return span;
}

/**
 * The end of a counted plural of people with the qualifiers after it («ثلاثة أشخاص متطرفين», «خمسة عناصر إرهابية»,
 * «أربعة معتقلين سابقين»): indefinite adjectives of extremism, of a past state, or a plural of people used as one
 * («متطرفين», «مشتبه فيهم»); never a nationality (it is a fact of its own) nor a word with a preposition glued on.
 */
const nisbaAt = (lex: Lexicons, ctx: SentenceContext, k: number): boolean => lex.nisbas.matchAt(ctx.tokens, k)?.clitic === '';

function qualifiersAfter(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], last: number): { last: number; countries: string[] } {
  let end = last;
  for (let n = 0; n < 2; n += 1) {
    const k = after(ctx, end);
    const t = ctx.tokens[k];
    if (k < 0 || !isWord(t) || hasPrepositionClitic(t) || t.norm.startsWith('ال') || t.norm.startsWith('و')) break;
    const adjective = lex.extremistAdjectives.matchAt(ctx.tokens, k) ?? lex.peoplePlurals.matchAt(ctx.tokens, k);
    if (adjective !== null && adjective.clitic === '' && !adjective.article) end = adjective.last;
    else if (PAST_ADJECTIVES.has(t.norm) || (nisbaAt(lex, ctx, k) || !/^[بلكف]/.test(t.norm)) && peopleAdjectiveAt(ctx, lex, fixed, k, false)) end = k;
    else break;
  }
  return { last: end, countries: end === last ? [] : nisbasFrom(ctx, lex, after(ctx, last)).countries };
}

/** An adjective of people after a plural: a nationality, or a word with a plural or relative ending («أمنيين»). */
function peopleAdjectiveAt(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], k: number, definite: boolean): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || hasPrepositionClitic(t) || t.norm.startsWith('وال')) return false;
  const nisba = lex.nisbas.matchAt(ctx.tokens, k);
  if (nisba !== null && nisba.last === k && nisba.clitic === '') return true;
  if (spanCovering(fixed, k) !== undefined || isStop(t) || NOT_A_NAME.has(t.norm)) return false;
  // an imperfect verb («يقيمون», «تنشط») goes on with the clause
  if (/^[يت]/.test(t.norm) || t.norm.startsWith('ال') !== definite) return false;
  return /(يين|يون|ين|ون|ه|ا)$/.test(t.norm) && t.norm.length >= 5;
}

/**
 * `cue.group.role`: «بحضور مسؤولين أمنيين», «بتنسيق مع شركائها الدوليين», «عبر وسطاء»: a plural of people by role,
 * indefinite or with a possessive, and the adjectives after it (definite ones only after a possessive).
 */
function roleGroupAt(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], i: number): Span | null {
  const head = spanCovering(fixed, i) === undefined ? lex.rolePlurals.matchAt(ctx.tokens, i) : null;
  if (head === null || head.article || countAt(ctx.tokens, before(ctx, i)) !== null) return null;
  let last = head.last;
  for (let k = after(ctx, last), n = 0; k >= 0 && n < 2 && peopleAdjectiveAt(ctx, lex, fixed, k, head.value.possessive); k = after(ctx, k), n += 1) last = k;
  const span: Span = { first: i, last, kind: 'Group', ref: { type: 'new', key: '' }, rule: 'cue.group.role', confidence: 0.5, clitic: head.clitic, props: { count_qualifier: 'unspecified' } };
  const nisba = nisbasFrom(ctx, lex, after(ctx, head.last)).countries;
  if (nisba.length > 0) span.countries = nisba;
  span.name = spanName(ctx, span);
  span.nameEn = head.value.en.replace(/^./, (c) => c.toUpperCase());
  span.ref = { type: 'new', key: `Group:${normalizeWord(span.name)}` };
  return span;
}

/** The ages after a group: «تتراوح أعمارهم (ما) بين 18 و40 سنة», «يبلغ من العمر 25 سنة», «(25 سنة)». */
const OWN_AGE = /^(عمره|عمرها|اعمارهم|اعمارهن|اعمارهما)$/;

/** An age told by ordinal or decade and «من عمره» after it; `i` is the token after «في». */
function toldAge(tokens: readonly Token[], i: number): { min: number; max: number; last: number } | null {
  const a = ordinalAgeAt(tokens, i);
  return a !== null && tokens[a.last + 1]?.norm === 'من' && OWN_AGE.test(tokens[a.last + 2]?.norm ?? '') ? { ...a, last: a.last + 2 } : null;
}

export function ages(ctx: SentenceContext, last: number): Record<string, number> {
  const tokens = ctx.tokens;
  for (let k = last + 1; k < Math.min(tokens.length, last + 8); k += 1) {
    const n = tokens[k]?.norm ?? '';
    if (/^(تتراوح|يتراوح|تراوحت|تتراوح|تترواح)$/.test(n) || /^اعمار/.test(n)) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j += 1) {
        if (tokens[j]?.norm !== 'بين') continue;
        const a = numberAt(tokens, j + 1);
        if (a === null) continue;
        // «و40» arrives as «و» then 40; «وأربعين» as one word
        const and = tokens[a.last + 1];
        let b = and?.norm === 'و' ? numberAt(tokens, a.last + 2) : null;
        if (b === null && and !== undefined && and.norm.startsWith('و')) b = numberAt([{ ...and, norm: and.norm.slice(1) }], 0);
        if (b !== null && a.value >= 5 && b.value <= 110 && a.value <= b.value) return { age_min: a.value, age_max: b.value };
      }
    }
    // «في السادسة عشرة من عمرها», «في العشرينات من أعمارهم»
    const told = n === 'في' ? toldAge(tokens, k + 1) : null;
    if (told !== null) return { age_min: told.min, age_max: told.max };
    if (n === 'العمر' || n === 'عمره' || n === 'عمرها') {
      const a = numberAt(tokens, k + 1);
      if (a !== null && AGE_WORDS.has(tokens[a.last + 1]?.norm ?? '')) return { age_min: a.value, age_max: a.value };
    }
  }
  return {};
}
