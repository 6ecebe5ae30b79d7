/**
 * Events, documents and seized items:
 * - `cue.event.<type>`: a trigger word (verbal noun or verb) of a dismantling, arrest, raid, attack, plot,
 *   press conference, investigation, custody…; the event's identity and name come from what it acts on
 *   (fact rules); «العملية», «هذه العملية» point back to the latest operation (`anaphor.operation`);
 * - `cue.document.statement`: «بلاغ», «بيان», «تقرير» (the issuer comes from the fact rules);
 *   «البلاغ», «هذا البيان» point back (`anaphor.statement`); `cue.document.policy`: «الاستراتيجية الأمنية …»;
 * - `cue.item.seized`: the coordinated noun phrases after a seizure trigger («حجز أجهزة إلكترونية وأسلحة
 *   بيضاء وأقنعة»), each an Item; a written item that contains something is a Document
 *   (`cue.document.seized`: «مخطوطا يتضمن مبايعة …»).
 */
import type { Lexicons } from '../lexicons.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName, spanText } from '../spans.ts';
import { normalizeWord, readings } from '../tokens.ts';
import { CONTENT_VERBS, MONEY_HEADS, MONEY_WORDS, OPERATION_TYPES, WRITTEN_HEADS, type EventType } from '../data/vocabulary.ts';
import { after, before, hasPrepositionClitic, isDefinite, isStop, isWord, spanAt, spanCovering } from './words.ts';

const DEMONSTRATIVE = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هاته'].map(normalizeWord));
const PURPOSE_BLIND: ReadonlySet<EventType> = new Set(['discovery', 'dismantling', 'arrest', 'raid', 'search', 'attack', 'killing', 'foiling', 'operation', 'announcement', 'founding']);
const SINGLETONS: ReadonlySet<string> = new Set(['investigation', 'custody', 'plot', 'campaign', 'press conference']);
const CONTENT = new Set(CONTENT_VERBS.map(normalizeWord));
const WRITTEN = new Set(WRITTEN_HEADS.map(normalizeWord));
const LIST_LINKS = ['الي جانب', 'بالاضافه الي', 'فضلا عن', 'علاوه علي', 'اضافه الي', 'اضافه الى'];

/**
 * Words that are events only in context: «الجريمة» after a demonstrative or «ارتكاب» points back to the
 * latest attack («تلك الجريمة»); «المعركة», «الحرب» are the fight against terrorism when «الإرهاب» or
 * «التطرف» follows within a few words.
 */
function contextualEvent(ctx: SentenceContext, i: number): Span | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.type !== 'word') return null;
  const core = readings(t.norm).find((r) => r.clitic === '' || r.clitic === 'و')?.core ?? t.norm;
  const prev = before(ctx, i);
  const prevNorm = ctx.tokens[prev]?.norm ?? '';
  if (core === 'جريمه' || t.norm === 'الجريمه') {
    const pointed = DEMONSTRATIVE.has(prevNorm) || /^(ارتكاب|اقتراف|تنفيذ|منفذي|مرتكبي)$/.test(prevNorm);
    if (!pointed) return null;
    return {
      first: DEMONSTRATIVE.has(prevNorm) ? prev : i, last: i, kind: 'Event', ref: { type: 'anaphor', target: 'event' }, rule: 'anaphor.attack', confidence: 0.55,
      clitic: '', props: {}, eventType: 'killing',
    };
  }
  // «أحبطت المخطط», «هذا المخطط», «المخطط الذي كانت الخلية تعتزم تنفيذه», «مخططا لاستهداف …»: a plan is a plot when
  // it is foiled, pointed at, or told with what it was meant to do (an adjective of its own makes it a plot already)
  // (plurals after «إحباط» are the genre's generic «إحباط المخططات التخريبية», no event)
  if (/^(مخطط|مخططا)$/.test(core) || /^(ال|وال)?مخطط$/.test(t.norm)) {
    const next = ctx.tokens[after(ctx, i)]?.norm ?? '';
    const meant = /^(الذي|التي|الذين|كان|كانت|يستهدف|تستهدف|لاستهداف|لتنفيذ|لضرب|يروم|يرمي)$/.test(next);
    const foiled = /^(احباط|افشال|احبطت|احبط|افشلت|وافشال|واحباط)$/.test(prevNorm) || DEMONSTRATIVE.has(prevNorm);
    if (!meant && !foiled) return null;
    const first = DEMONSTRATIVE.has(prevNorm) ? prev : i;
    const span: Span = { first, last: i, kind: 'Event', ref: { type: 'new', key: 'Event:plot' }, rule: 'cue.event.plot', confidence: 0.55, clitic: '', props: { event_type: 'plot', trigger: t.norm }, eventType: 'plot' };
    span.name = spanName(ctx, span).replace(/^و(?=ال)/u, '');
    span.nameEn = 'Terrorist plot';
    return span;
  }
  if (core === 'معركه' || core === 'حرب' || t.norm === 'المعركه' || t.norm === 'الحرب') {
    for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 7); k += 1) {
      if (/^(الارهاب|التطرف|والارهاب)$/.test(ctx.tokens[k]?.norm ?? '')) {
        return { first: i, last: i, kind: 'Event', ref: { type: 'new', key: 'Event:campaign' }, rule: 'cue.event.campaign', confidence: 0.5, clitic: '', name: t.text, nameEn: 'Fight against terrorism', props: { event_type: 'campaign' }, eventType: 'campaign' };
      }
    }
  }
  return null;
}

export function eventSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const covered = spanCovering(fixed, i);
    if (covered !== undefined && covered.kind !== 'Event') continue;
    const contextual = lex.eventTriggers.matchAt(ctx.tokens, i) === null ? contextualEvent(ctx, i) : null;
    if (contextual !== null) {
      out.push(contextual);
      continue;
    }
    const m = lex.eventTriggers.matchAt(ctx.tokens, i);
    if (m === null) continue;
    const type: EventType = m.value.type;
    // «بتهمة … ومحاولة قتل عسكريين»: the words of a charge name a crime, not an event that took place
    if (inCharge(ctx, i)) continue;
    // «للكشف عن …», «لتفكيك …»: a purpose (ل + verbal noun), not an event that took place
    const prev = before(ctx, i);
    // (after a definite noun the ل is a genitive: «البدايات الأولى لتفكيك الخلايا» is about dismantlings)
    if (m.clitic.endsWith('ل') && PURPOSE_BLIND.has(type) && !(ctx.tokens[prev]?.norm ?? '').startsWith('ال')) continue;
    const demonstrative = prev >= 0 && DEMONSTRATIVE.has(ctx.tokens[prev]?.norm ?? '');
    const first = demonstrative ? prev : i;
    let last = m.last;
    // «العملية الأمنية», «الأبحاث الجارية», «مخطط إرهابي بالغ الخطورة»: the adjectives that follow.
    for (let k = after(ctx, last), n = 0; k >= 0 && n < 3; k = after(ctx, last), n += 1) {
      const t = ctx.tokens[k];
      if (!isWord(t) || isStop(t) || hasPrepositionClitic(t) || spanAt(fixed, k) !== undefined) break;
      const adjective = /^(الامنيه|امنيه|الاستباقيه|استباقيه|الجاريه|الجاري|القضايي|الارهابيه|الارهابي|خطيره|الخطيره|بالغ|الخطوره|بشعه|وحشيه|نوعيه|التخريبيه|الصحفيه|العالميه|المتزامنه|متزامنه|الامني|امني)$/.test(t.norm);
      if (!adjective) break;
      last = k;
    }
    const isOperation = type === 'operation';
    const trigger = normalizeWord(m.value.ar);
    const ref: Span['ref'] =
      isOperation || (demonstrative && OPERATION_TYPES.has(type))
        ? { type: 'anaphor', target: 'operation' }
        : SINGLETONS.has(type)
          ? { type: 'new', key: `Event:${type}` }
          : { type: 'new', key: `Event:${type}:${ctx.index}:${i}` };
    const span: Span = {
      first, last, kind: 'Event', ref, rule: `cue.event.${type.replace(/ /g, '-')}`, confidence: isOperation ? 0.6 : 0.7, clitic: demonstrative ? '' : m.clitic,
      props: { event_type: type, trigger, ...(m.value.suffixed === true ? { object_pronoun: true } : {}) }, eventType: type,
    };
    span.name = spanName(ctx, span);
    span.nameEn = m.value.en;
    out.push(span);
    i = last;
  }
  return out;
}

const CHARGE = new Set(['تهمه', 'بتهمه', 'تهم', 'بتهم', 'التهم', 'التهمه', 'تهمتي', 'بتهمتي'].map(normalizeWord));

/** The word at `i` is in the words of a charge («وجهت له تهمة محاولة قتل …»), up to the next punctuation. */
function inCharge(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k -= 1) {
    const t = ctx.tokens[k];
    if (t === undefined || t.type === 'punct') return false;
    if (CHARGE.has(t.norm)) return true;
  }
  return false;
}

export function documentSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    const st = lex.statementHeads.matchAt(ctx.tokens, i);
    if (st !== null) {
      const prev = before(ctx, i);
      const demonstrative = prev >= 0 && DEMONSTRATIVE.has(ctx.tokens[prev]?.norm ?? '');
      const definite = st.article || (ctx.tokens[i]?.norm ?? '').startsWith('ال');
      const first = demonstrative ? prev : i;
      const span: Span = {
        first, last: st.last, kind: 'Document', ref: demonstrative || definite ? { type: 'anaphor', target: 'statement' } : { type: 'new', key: `Document:statement:${ctx.index}:${i}` },
        rule: demonstrative || definite ? 'anaphor.statement' : 'cue.document.statement', confidence: 0.75, clitic: demonstrative ? '' : st.clitic,
        props: { document_type: st.value.type },
      };
      span.name = spanName(ctx, span);
      span.nameEn = st.value.en;
      out.push(span);
      i = st.last;
      continue;
    }
    const policy = lex.policyHeads.matchAt(ctx.tokens, i);
    if (policy !== null) {
      let last = policy.last;
      let words = 0;
      for (let k = after(ctx, last); k >= 0 && words < 4; k = after(ctx, last)) {
        const t = ctx.tokens[k];
        // «مقاربة مندمجة»: an indefinite head takes indefinite feminine adjectives
        const adjective = !policy.article && !(ctx.tokens[i]?.norm ?? '').startsWith('ال') && isWord(t) && !isDefinite(t) && /ه$/.test(t.norm) && !isStop(t) && words < 2;
        if ((!isDefinite(t, true) && !adjective) || hasPrepositionClitic(t) || (spanAt(fixed, k) !== undefined && spanAt(fixed, k)?.kind !== 'Place')) break;
        last = k;
        words += 1;
        if ((t?.norm ?? '').startsWith('لمكافحه')) break;
      }
      const possessive = /(ته|تها|تهم)$/.test(ctx.tokens[i]?.norm ?? '');
      if (words === 0 && !possessive) continue;
      // «… لمكافحة الجريمة»: the purpose is part of a strategy's name.
      const k = after(ctx, last);
      if (k >= 0 && /^لمكافحه|^لمحاربه|^لمواجهه/.test(ctx.tokens[k]?.norm ?? '')) {
        last = k;
        const k2 = after(ctx, last);
        if (k2 >= 0 && isDefinite(ctx.tokens[k2])) last = k2;
      }
      const span: Span = { first: i, last, kind: 'Document', ref: { type: 'new', key: '' }, rule: 'cue.document.policy', confidence: 0.55, clitic: policy.clitic, props: { document_type: policy.value.type } };
      span.name = spanName(ctx, span);
      span.nameEn = policy.value.en;
      span.ref = { type: 'new', key: `Document:${normalizeWord(span.name)}` };
      out.push(span);
      i = last;
    }
  }
  return out;
}

/** The next word after `i`, skipping soft punctuation and list commas; -1 at other punctuation. */
function nextInList(ctx: SentenceContext, i: number): { at: number; comma: boolean } {
  let comma = false;
  for (let k = i + 1; k < ctx.tokens.length; k += 1) {
    const t = ctx.tokens[k];
    if (t === undefined) break;
    if (t.type === 'word' || t.type === 'number') return { at: k, comma };
    if (t.text === '،' || t.text === ',') {
      comma = true;
      continue;
    }
    if (t.type === 'punct' && !['"', '“', '”', '«', '»', '-'].includes(t.text)) break;
  }
  return { at: -1, comma };
}

/** Seized items: the noun phrases of the list after a seizure trigger, up to the end of the clause. */
export function itemSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const trigger = lex.seizureTriggers.matchAt(ctx.tokens, i);
    if (trigger === null) continue;
    let k = trigger.last;
    let first = true;
    let linked = false;
    for (;;) {
      const next = nextInList(ctx, k);
      let start = next.at;
      if (start < 0) break;
      // A verb after «المحجوزات» («شملت المحجوزات …» has it before): skip one word at the start only.
      if (first && lex.itemHeads.matchAt(ctx.tokens, start) === null && lex.quantityNouns.matchAt(ctx.tokens, start) === null && /^(علي|عن)$/.test(ctx.tokens[start]?.norm ?? '')) {
        start = nextInList(ctx, start).at;
        if (start < 0) break;
      }
      const link = LIST_LINKS.map((l) => l.split(' ')).find((ws) => ws.every((w, j) => ctx.tokens[start + j]?.norm === w));
      if (link !== undefined) {
        k = start + link.length - 1;
        linked = true;
        continue;
      }
      const q = lex.quantityNouns.matchAt(ctx.tokens, start);
      if (q !== null && ctx.tokens[q.last + 1]?.norm === 'من') start = q.last + 2;
      const head = lex.itemHeads.matchAt(ctx.tokens, start);
      if (head === null || (!first && !next.comma && !linked && !(ctx.tokens[start]?.norm ?? '').startsWith('و'))) break;
      first = false;
      linked = false;
      // The phrase: the head and its adjectives («أسلحة بيضاء», «هواتف محمولة», «مخطوطات ذات طابع متطرف»).
      let last = head.last;
      for (let j = after(ctx, last), words = 0; j >= 0 && words < 3; j = after(ctx, last), words += 1) {
        const t = ctx.tokens[j];
        if (!isWord(t) || isStop(t) || t.norm.startsWith('و') || hasPrepositionClitic(t)) break;
        if (lex.itemHeads.matchAt(ctx.tokens, j) !== null) break;
        if (t.norm === 'ذات') {
          const j2 = after(ctx, j);
          if (j2 >= 0) last = j2;
          const j3 = j2 >= 0 ? after(ctx, j2) : -1;
          const t3 = j3 >= 0 ? ctx.tokens[j3] : undefined;
          if (isWord(t3) && !isStop(t3) && !t3.norm.startsWith('و') && !hasPrepositionClitic(t3)) last = j3;
          break;
        }
        // adjectives end in the nisba or feminine endings; a verb («تمجد», «يتضمن») ends the phrase
        if (t.norm.startsWith('ال') && last > head.last) {
          // «سكاكين كبيرة الحجم»: the noun an adjective is said of
          last = j;
          break;
        }
        if (!/(يه|ي|يا|ين|يات|ون|ه|اء)$/.test(t.norm) || CONTENT.has(t.norm) || /^(ت|ي)/.test(t.norm) && !t.norm.startsWith('ال')) break;
        last = j;
      }
      const contentVerb = after(ctx, last);
      const headCore = readings(ctx.tokens[start]?.norm ?? '').map((r) => r.core).find((c) => WRITTEN.has(c)) ?? (ctx.tokens[start]?.norm ?? '');
      const asDocument = WRITTEN.has(headCore) && contentVerb >= 0 && CONTENT.has(ctx.tokens[contentVerb]?.norm ?? '');
      const span: Span = {
        first: start, last, kind: asDocument ? 'Document' : 'Item', ref: { type: 'new', key: '' }, rule: asDocument ? 'cue.document.seized' : 'cue.item.seized',
        confidence: 0.7, clitic: head.clitic, props: asDocument ? { document_type: head.value.en, seized: true } : { item_type: head.value.en },
      };
      span.name = spanName(ctx, span);
      span.nameEn = head.value.en;
      span.ref = { type: 'new', key: `${span.kind}:${normalizeWord(span.name).replace(/^ال/, '')}` };
      if (spanAt(fixed, start) === undefined) out.push(span);
      k = last;
      // «مخطوطا يتضمن …، ورسالة …», «كتب تمجد الفكر المتطرف»: a clause about the item runs to the next comma
      const n = after(ctx, k);
      const nt = n >= 0 ? ctx.tokens[n] : undefined;
      if (nt !== undefined && isWord(nt) && !nt.norm.startsWith('و') && lex.itemHeads.matchAt(ctx.tokens, n) === null) {
        let j = n;
        // … or to the next item of the list («مواد كيميائية تستعمل في صناعة المتفجرات وأسلحة بيضاء», «سكين من الحجم الكبير وملابس»)
        const nextItem = (x: number): boolean => (ctx.tokens[x]?.norm ?? '').startsWith('و') && lex.itemHeads.matchAt(ctx.tokens, x) !== null;
        while (j + 1 < ctx.tokens.length && !['،', ',', '.', ';', '؛'].includes(ctx.tokens[j + 1]?.text ?? '') && !nextItem(j + 1)) j += 1;
        k = j;
      }
    }
    i = Math.max(i, k);
  }
  const money = moneySpans(ctx, lex, [...fixed, ...out]);
  const sent = suppliedSpans(ctx, lex, [...fixed, ...out, ...money]);
  const taken = [...fixed, ...out, ...money, ...sent];
  return [...out, ...money, ...sent, ...itemsAgain(ctx, lex, taken), ...decorationSpans(ctx, taken)];
}

/** «التي تم حجزها», «التي عثر عليها», «التي ضبطت»: a relative clause of seizing or finding after a definite item. */
const FOUND_CLAUSE = /^(حجزها|حجزه|ضبطها|ضبطه|العثور|عثر|حجز|ضبط|ضبطت|حجزت|مصادرتها|حجزهما)$/;
const foundBy = (ctx: SentenceContext, last: number): boolean =>
  /^(التي|الذي)$/.test(ctx.tokens[last + 1]?.norm ?? '') && [2, 3, 4].some((d) => FOUND_CLAUSE.test(ctx.tokens[last + d]?.norm ?? ''));

const SEIZED_ADJECTIVES = new Set(['المحجوزه', 'المحجوزات', 'المضبوطه', 'المصادره'].map(normalizeWord));

/**
 * `anaphor.item`: «الأسلحة», «الأسلحة المحجوزة», «الذخيرة» after the article told what was seized: the definite head
 * alone names the item of that kind seized before (the latest one), not a new thing.
 */
function itemsAgain(ctx: SentenceContext, lex: Lexicons, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (ctx.memory === undefined) return out;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const head = lex.itemHeads.matchAt(ctx.tokens, i);
    if (head === null || !head.article || spanCovering(taken, i) !== undefined) continue;
    // «الأسلحة التي تم العثور عليها …» with nothing seized before: the relative clause tells of a find of its own
    const key = ctx.memory.latest(`item:${head.value.en}`) ?? (foundBy(ctx, head.last) ? `Item:${normalizeWord(spanText(ctx, { first: i, last: head.last }))}` : undefined);
    if (key === undefined) continue;
    const next = after(ctx, head.last);
    const last = next >= 0 && SEIZED_ADJECTIVES.has(ctx.tokens[next]?.norm ?? '') ? next : head.last;
    out.push({ first: i, last, kind: 'Item', ref: { type: 'new', key }, rule: 'anaphor.item', confidence: 0.55, clitic: head.clitic, props: { item_type: head.value.en } });
    i = last;
  }
  return out;
}

const DECORATION_HEADS: ReadonlySet<string> = new Set(['وسام', 'الوسام', 'وساما', 'ميداليه', 'الميداليه', 'نيشان', 'درع', 'جايزه'].map(normalizeWord));
/** Words that end a decoration's name: what it rewards, its rank, the clause going on. */
const DECORATION_END = /^(تقديرا|اعترافا|عرفانا|نظير|من|في|علي|عن|الي|خلال|وذلك|بمناسبه|لمساهمته|لجهوده)$/;

/**
 * `cue.document.decoration`: «وسام الصليب الأكبر للاستحقاق الأمني», «وسام جوقة الشرف», «الوسام العلوي»: a decoration
 * and up to five words of its name, to a comma or what it rewards («تقديرا لـ…», «من درجة …»).
 */
function decorationSpans(ctx: SentenceContext, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const reading = readings(ctx.tokens[i]?.norm ?? '').find((r) => DECORATION_HEADS.has(r.core) || DECORATION_HEADS.has(`ال${r.core}`));
    if (reading === undefined || spanCovering(taken, i) !== undefined) continue;
    let last = i;
    for (let j = i + 1; j < Math.min(ctx.tokens.length, i + 6); j += 1) {
      const t = ctx.tokens[j];
      if (!isWord(t) || isStop(t) || DECORATION_END.test(t.norm) || t.norm.startsWith('و') || (t.norm.startsWith('ب') && !t.norm.startsWith('بال') && j === i + 1)) break;
      if (spanCovering(taken, j) !== undefined && spanCovering(taken, j)?.kind !== 'Place') break;
      last = j;
    }
    const span: Span = { first: i, last, kind: 'Document', ref: { type: 'new', key: '' }, rule: 'cue.document.decoration', confidence: 0.65, clitic: reading.clitic, props: { document_type: 'decoration' } };
    span.name = spanName(ctx, span);
    span.nameEn = 'Decoration';
    span.ref = { type: 'new', key: `Document:${normalizeWord(span.name).replace(/^ال/, '')}` };
    out.push(span);
    i = last;
  }
  return out;
}

/** Verbs of sending and supplying: what follows them (after «ب» or as the object) was sent, not seized. */
const SENDING: ReadonlySet<string> = new Set(
  ['زود', 'زودت', 'يزود', 'تزود', 'تزويد', 'بتزويد', 'وتزويد', 'تزويدهم', 'وتزويدهم', 'تزويده', 'زودهم', 'زوده', 'أرسل', 'أرسلت', 'يرسل', 'ترسل', 'إرسال', 'بعث', 'بعثت', 'يبعث',
    'سلم', 'سلمت', 'يسلم', 'أمد', 'أمدت', 'يمد', 'أمدهم', 'مد', 'مدهم', 'وأرسل', 'وبعث', 'وزود'].map(normalizeWord),
);

const HOLDING: ReadonlySet<string> = new Set(['يضم', 'تضم', 'ضم', 'يحتوي', 'تحتوي', 'احتوى', 'بداخله', 'بداخلها', 'يحوي', 'تحوي'].map(normalizeWord));

/**
 * `cue.item.supplied`: things a leader or a coordinator sent or supplied («زود … بمسدسين», «أرسل إليهم مسدسين وذخيرة»,
 * «بعث الى أعضاء الخلية بأسلحة نارية»): the item heads within the clause after the verb, with their list.
 */
function suppliedSpans(ctx: SentenceContext, lex: Lexicons, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const sending = SENDING.has(ctx.tokens[i]?.norm ?? '');
    // «مخبأ للأسلحة يضم بنادق ومسدسات»: what a site holds (`cue.item.contained`)
    const holding = !sending && HOLDING.has(ctx.tokens[i]?.norm ?? '') && taken.some((s) => s.kind === 'Place' && s.last < i && i - s.last <= 3);
    if (!sending && !holding) continue;
    let listed = false;
    for (let j = i + 1; j < Math.min(ctx.tokens.length, i + 12); j += 1) {
      const t = ctx.tokens[j];
      if (t === undefined || (t.type === 'punct' && !listed && t.text !== '"')) break;
      if (t.type === 'punct' && listed && !['،', ','].includes(t.text)) break;
      const head = lex.itemHeads.matchAt(ctx.tokens, j);
      if (head === null || spanCovering(taken, j) !== undefined || spanCovering(out, j) !== undefined) {
        if (listed && !(t.norm === 'و')) break;
        continue;
      }
      let last = head.last;
      const adj = ctx.tokens[after(ctx, last)];
      if (adj !== undefined && isWord(adj) && !isStop(adj) && !adj.norm.startsWith('و') && !hasPrepositionClitic(adj) && /(يه|ي|ين|يات)$/.test(adj.norm) && lex.itemHeads.matchAt(ctx.tokens, adj.i) === null) last = adj.i;
      const span: Span = holding
        ? { first: j, last, kind: 'Item', ref: { type: 'new', key: '' }, rule: 'cue.item.contained', confidence: 0.65, clitic: head.clitic, props: { item_type: head.value.en, contained: true } }
        : { first: j, last, kind: 'Item', ref: { type: 'new', key: '' }, rule: 'cue.item.supplied', confidence: 0.65, clitic: head.clitic, props: { item_type: head.value.en, seized: false, supplied: true } };
      span.name = spanName(ctx, span);
      span.nameEn = head.value.en;
      span.ref = { type: 'new', key: `Item:${normalizeWord(span.name).replace(/^ال/, '')}` };
      out.push(span);
      listed = true;
      j = last;
    }
  }
  return out;
}

const MONEY_HEAD_WORDS: ReadonlySet<string> = new Set(MONEY_HEADS.map(normalizeWord));
const MONEY_QUALIFIERS: ReadonlySet<string> = new Set(MONEY_WORDS.map(normalizeWord));

/**
 * `cue.item.money`: money the article speaks of outside a seizure («تلقى مبالغ مالية من …», «تحويلات مالية»,
 * «مبلغ 3000 دولار»): a money noun with a financial adjective, an amount or a currency within two words.
 */
function moneySpans(ctx: SentenceContext, lex: Lexicons, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const core = readings(ctx.tokens[i]?.norm ?? '').map((r) => r.core).find((c) => MONEY_HEAD_WORDS.has(c));
    if (core === undefined || spanCovering(taken, i) !== undefined) continue;
    let last = -1;
    for (let j = i + 1; j <= Math.min(ctx.tokens.length - 1, i + 3); j += 1) {
      const t = ctx.tokens[j];
      if (t === undefined || (t.type === 'punct' && t.text !== '.')) break;
      if (MONEY_QUALIFIERS.has(t.norm)) last = j;
    }
    if (last < 0) continue;
    const clitic = readings(ctx.tokens[i]?.norm ?? '').find((r) => r.core === core)?.clitic ?? '';
    // at the end of a list of seized things («حجز هواتف … ومبلغ مالي») it was seized too
    let seized = false;
    for (let j = i - 1; j >= Math.max(0, i - 15) && !seized; j -= 1) if (lex.seizureTriggers.matchAt(ctx.tokens, j) !== null) seized = true;
    const span: Span = { first: i, last, kind: 'Item', ref: { type: 'new', key: '' }, rule: seized ? 'cue.item.seized' : 'cue.item.money', confidence: 0.7, clitic, props: { item_type: 'money', ...(seized ? {} : { seized: false }) } };
    span.name = spanName(ctx, span);
    span.nameEn = 'money';
    span.ref = { type: 'new', key: `Item:${normalizeWord(span.name).replace(/^ال/, '')}` };
    out.push(span);
    i = last;
  }
  return out;
}
