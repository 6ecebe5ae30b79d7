/**
 * Facts about people (`fact.nationality.*`, `fact.member.*`):
 * - nationality and origin: a country's nisba read as a place («الطالبة الدنماركية …», «…، البلجيكي من أصل مغربي»,
 *   «وهو ليبي الجنسية», «مواطن من جنسية موريتانية») → the person NATIONAL_OF it (FROM after «أصل»), a
 *   group NATIONAL_OF it, an agency BASED_IN it;
 * - who a group is: «الضحيتان، وهما A وB», «ستة أشخاص …، من بينهم مواطن …», «ويتعلق الأمر بكل من A وB» → MEMBER_OF
 *   the group (`fact.member.namely`: the sentence's or the article's last counted group);
 * - origin: «ينحدر من مالي», «المنحدرين من …» → FROM (`fact.origin.from`);
 * - rank in an organisation: «(يعد) من أبرز قياديي X», «أحد قياديي X», «عناصر من X» → MEMBER_OF X.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord } from '../tokens.ts';
import { before } from '../cues/words.ts';

const MEMBERS_OF = new Set(['قياديي', 'قيادات', 'قادة', 'اعضاء', 'عناصر', 'افراد', 'امراء', 'مقاتلي', 'مقاتلو', 'معتقلي', 'معتقلو', 'مسلحي', 'مسلحو', 'انصار', 'مناصري', 'اتباع', 'منتسبي'].map(normalizeWord));
const THEY_ARE = new Set(['وهما', 'وهم', 'وهي', 'وهن', 'هما', 'هم'].map(normalizeWord));
const BELONG = new Set(['المنتمين', 'المنتمون', 'المنتمية', 'المنتمي', 'ينتمي', 'ينتمون', 'تنتمي', 'ينتميان', 'انتمى', 'انتموا', 'المنتسبين', 'ينتسبون'].map(normalizeWord));
/** «عضو», «عضوا», «عضوة»: membership said by a noun. */
const MEMBER_WORD = /^(عضو|عضوا|عضوه|العضو)$/;
/** Adjectives between the noun of membership and its organisation («عضو بارز في …», «عضوا نشيطا في …»). */
const MEMBER_ADJECTIVE = /^(بارز|بارزا|نشيط|نشيطا|سابق|سابقا|فاعل|فاعلا|مويسس|مويسسا|قيادي|قياديا)$/;
const LEADERS = /^[وبل]?(قياديين|قيادات|قاده|اعضاء|عناصر|مقاتلين|امراء)$/;
const MOVED_FROM = /^(عاد|عادوا|عادت|يعود|يعودون|قدم|قدموا|وصل|وصلوا|رحل|رحلت|فر|فروا|هرب|هربوا|عوده|العوده|ترحيل|الترحيل|اعاده|استعاده|ارجاع)$/;

const COURT_OFFICIALS: ReadonlySet<string> = new Set(['Crown Prosecutor General', 'Prosecutor General', 'Crown Prosecutor', 'Investigating judge', 'Judge']);

/** The titles of a head of state, right before the nisba of the state («الرئيس الفرنسي», «العاهل الإسباني»). */
const HEADS_OF_STATE = /^(و)?(الرييس|الملك|العاهل)$/;

export function peopleFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  // ── nationality ──
  for (const p of spans.filter((s) => s.kind === 'Place' && s.rule.startsWith('gazetteer.nisba'))) {
    const inside = spans.find((s) => s !== p && s.first <= p.first && p.last <= s.last && ['Person', 'Group', 'Agency'].includes(s.kind));
    // «مكتب التحقيقات الفيدرالي الأمريكي»: the agency the nisba qualifies
    const agency = spans.find((s) => s.kind === 'Agency' && s.last === p.first - 1);
    // the nisba of a place's country is no nationality (places.ts: «ليون الفرنسية»)
    if (spans.some((s) => s.kind === 'Place' && s.last === p.first - 1 && !s.rule.startsWith('gazetteer.nisba') && s.props['place_type'] !== 'country')) continue;
    const nearest = inside ?? agency ?? fc.prevSpan(p.first, ['Person', 'Group'], 8, true);
    // «أحد الموقوفين، وهو إسباني»: the person of the group, not the group named inside their phrase
    const owner = nearest?.kind === 'Group' ? (spans.find((s) => s.kind === 'Person' && s.first <= nearest.first && nearest.last <= s.last) ?? nearest) : nearest;
    if (owner === undefined) continue;
    // nisbas after a cooperation noun name the parties, not a nationality
    if (inside === undefined && /تعاون|تنسيق|شراكه/.test(ctx.tokens.slice(owner.last + 1, p.first).map((t) => t.norm).join(' '))) continue;
    const origin = word(p.first - 1) === 'اصل' || word(before(ctx, p.first)) === 'اصل';
    // «الرئيس الفرنسي فرانسوا هولاند», «الملك الإسباني»: a head of state's nisba is the state he heads
    const headOfState = owner.kind === 'Person' && HEADS_OF_STATE.test(word(p.first - 1));
    const type = origin ? 'FROM' : headOfState ? 'HEADS' : owner.kind === 'Person' || owner.kind === 'Group' ? 'NATIONAL_OF' : 'BASED_IN';
    fc.add(owner, type, p, origin ? 'fact.nationality.origin' : 'fact.nationality.nisba', 0.7);
  }

  // ── «ومنهم شاب من حي …», «من بينهم مواطن …»: one person of the group the sentence named before ──
  for (const p of spans.filter((s) => s.kind === 'Person' && /^و?(منهم|بينهم)$/.test(word(s.first - 1)))) {
    const group = fc.prevSpan(p.first, ['Group'], 30);
    if (group !== undefined) fc.add(p, 'MEMBER_OF', group, 'fact.member.partitive', 0.6);
  }

  // ── «قيادي داعشي ينحدر من مالي», «المنحدرين من مدينة …»: where people come from ──
  for (let i = 0; i + 1 < ctx.tokens.length; i += 1) {
    if (!/^(ينحدر|تنحدر|ينحدرون|ينحدران|المنحدر|المنحدره|المنحدرين|المنحدرون|منحدر|منحدرين)$/.test(fc.bare(i)) || word(i + 1) !== 'من') continue;
    const place = fc.nextSpan(i + 1, ['Place'], 3);
    const who = fc.prevSpan(i, ['Person', 'Group'], 6);
    if (place !== undefined && who !== undefined) fc.add(who, 'FROM', place, 'fact.origin.from', 0.65);
  }

  // ── «سبعة شبان من أحياء سيدي مومن والبرنوصي», «شخصين من مدينة فاس»: people from places ──
  for (const g of spans.filter((x) => x.kind === 'Group' || (x.kind === 'Person' && x.props['named'] === false))) {
    if (word(g.last + 1) !== 'من') continue;
    // («عاد المقاتلون من سوريا», «ترحيل ثمانية مقاتلين من العراق»: «من» is the movement's, not where they are from)
    if (MOVED_FROM.test(fc.bare(before(ctx, g.first)))) continue;
    const k = /^(احياء|حي|مدينه|مدن|منطقه|مناطق|اقليم|دوار|قريه)$/.test(word(g.last + 2)) ? g.last + 2 : g.last + 1;
    // («من حي جامع مزواق»: the place named with its cue starts at the cue)
    const first = fc.startingAt(k + 1) ?? (k > g.last + 1 ? fc.startingAt(k) : undefined);
    if (first === undefined || first.kind !== 'Place') continue;
    for (const p of fc.listFrom(first, ['Place'])) fc.add(g, 'FROM', p, 'fact.origin.from', 0.6);
  }

  // ── «الناطق الرسمي باسم المديرية العامة للأمن الوطني»: who speaks for an agency ──
  for (const p of spans.filter((x) => x.kind === 'Person' && /الناطق|المتحدث|الناطقه|المتحدثه/.test(ctx.tokens.slice(x.first, x.last + 1).map((t) => t.norm).join(' ')))) {
    const agency = fc.nextSpan(p.last, ['Agency'], 2) ?? spans.find((x) => x.kind === 'Agency' && x.first > p.first && x.last <= p.last);
    if (agency !== undefined) fc.add(p, 'SPOKESPERSON_OF', agency, 'fact.spokesperson', 0.7);
  }

  // ── «ويتعلق الأمر بكل من A، وB»: the people the last counted group is made of ──
  for (let i = 0; i + 1 < ctx.tokens.length; i += 1) {
    if (!/^و?يتعلق$/.test(word(i)) || !/^(الامر|الامر)$/.test(word(i + 1))) continue;
    const group = fc.prevSpan(i, ['Group'], 40) ?? ctx.memory?.latest('suspects');
    if (group === undefined) break;
    for (const p of spans.filter((x) => x.kind === 'Person' && x.first > i + 1 && x.props['named'] !== false)) fc.add(p, 'MEMBER_OF', group, 'fact.member.namely', 0.7);
    break;
  }

  // ── «وزير الداخلية (محمد حصاد)»: the minister heads the ministry his title names ──
  for (const p of spans.filter((s) => s.kind === 'Person' && s.props['role'] === 'Minister')) {
    const ministry = spans.find((s) => s.kind === 'Agency' && s.rule === 'cue.agency.ministry' && s.first > p.first && s.first <= p.last + 1);
    if (ministry !== undefined) fc.add(p, 'HEADS', ministry, 'fact.heads.ministry', 0.75, { role: 'Minister' });
  }

  // ── «الوكيل العام للملك لدى محكمة الاستئناف بالرباط», «قاضي التحقيق بملحقة محكمة الاستئناف»: the court an official serves ──
  for (const p of spans.filter((s) => s.kind === 'Person' && COURT_OFFICIALS.has(String(s.props['role'] ?? '')))) {
    const k = p.last + 1;
    // «بملحقة محكمة …»: the annex word may stand outside the court's name
    const court = word(k) === 'لدي' ? fc.nextSpan(k, ['Agency'], 1) : word(k).startsWith('ب') ? fc.nextSpan(k - 1, ['Agency'], 2) : undefined;
    if (court !== undefined) fc.add(p, 'PART_OF', court, 'fact.official.court', 0.7);
  }

  // ── «الموقوف الأول», «المشتبه به الثاني», «المتهم الرئيسي»: one of the article's suspects (else of its cell) ──
  for (const p of spans.filter((s) => s.kind === 'Person' && s.rule === 'cue.person.ranked')) {
    const whole = ctx.memory?.latest('suspects') ?? ctx.memory?.latest('cell');
    if (whole !== undefined && whole !== p.key && !fc.facts.some((f) => f.source === p.key && f.type === 'MEMBER_OF')) fc.add(p, 'MEMBER_OF', whole, 'fact.member.ranked', 0.65);
  }

  // ── «أحد المقاتلين المغاربة»: one of a known group ──
  for (const p of spans.filter((s) => s.kind === 'Person' && s.rule.startsWith('cue.person.one-of'))) {
    const group = spans.find((g) => g.kind === 'Group' && g.first > p.first && g.last <= p.last);
    if (group !== undefined) fc.add(p, 'MEMBER_OF', group, 'fact.member.one-of', 0.7);
  }

  // ── «المقاتلين الأجانب المنتمين لتنظيم داعش», «قياديين في تنظيم …» ──
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    // «عضو (بارز) في X», «وهو عضو بـX»: the nominal sentence of membership, its subject before it
    if (MEMBER_WORD.test(fc.bare(i))) {
      let k = i + 1;
      while (MEMBER_ADJECTIVE.test(word(k))) k += 1;
      const org = word(k) === 'في' ? fc.nextSpan(k, ['Organization', 'Cell'], 2) : fc.startingAt(k);
      const who = fc.prevSpan(i, ['Person', 'Group'], 4);
      if (org !== undefined && (org.kind === 'Organization' || org.kind === 'Cell') && (word(k) === 'في' || org.clitic.endsWith('ب')) && who !== undefined) fc.add(who, 'MEMBER_OF', org, 'fact.member.nominal', 0.65);
      continue;
    }
    if (!BELONG.has(fc.bare(i))) continue;
    // «ينتمي X إلى Y» (the verb first) as well as «X ينتمي إلى Y»
    const who = fc.prevSpan(i, ['Group', 'Person', 'Cell'], 4) ?? fc.nextSpan(i, ['Group', 'Person'], 1);
    const org = fc.nextSpan(who !== undefined && who.first > i ? who.last : i, ['Organization', 'Cell'], 3);
    if (who !== undefined && org !== undefined) fc.add(who, 'MEMBER_OF', org, 'fact.member.belongs', 0.7);
  }
  for (const g of spans.filter((s) => s.kind === 'Group' && LEADERS.test(fc.word(s.first)))) {
    if (fc.bare(g.last + 1) !== 'في') continue;
    const org = fc.nextSpan(g.last + 1, ['Organization'], 3);
    if (org !== undefined) fc.add(g, 'MEMBER_OF', org, 'fact.member.rank', 0.65);
  }

  // ── «وهما A وB»: the members of the group just named ──
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!THEY_ARE.has(word(i))) continue;
    const group = fc.prevSpan(i, ['Group'], 3);
    const first = fc.nextSpan(i, ['Person'], 4);
    if (group === undefined || first === undefined) continue;
    // «الضحيتان، وهما A (24 سنة) وB»: as many people as the group counts, else the list
    const count = Number(group.props['count'] ?? 0);
    const members = count >= 2 && count <= 4 ? spans.filter((s) => s.kind === 'Person' && s.first >= first.first).slice(0, count) : fc.listFrom(first, ['Person']);
    for (const m of members) fc.add(m, 'MEMBER_OF', group, 'fact.member.they-are', 0.65);
  }

  // ── «من بينهم مواطن …» after a group and what is said of it ──
  for (let i = 1; i < ctx.tokens.length; i += 1) {
    if (!/^(بينهم|بينها|بينهن)$/.test(word(i)) || fc.bare(i - 1) !== 'من') continue;
    const part = fc.nextSpan(i, ['Person', 'Group'], 3);
    const whole = [...spans].reverse().find((s) => s.last < i - 1 && i - s.last <= 16 && (s.kind === 'Group' || s.kind === 'Cell') && s !== part);
    // nothing else named between the whole and «من بينهم»
    const between = whole === undefined ? [] : spans.filter((s) => s.first > whole.last && s.last < i && s.kind !== 'Date');
    if (part !== undefined && whole !== undefined && between.length === 0) fc.add(part, 'MEMBER_OF', whole, 'fact.member.among', 0.65, { relation: 'among them (من بينهم)' });
  }

  // ── «من أبرز قياديي X», «أحد قياديي X», «عناصر من X» ──
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!MEMBERS_OF.has(fc.bare(i))) continue;
    // «قياديي "ولاية داعش"»: a quotation mark may open the name
    const quoted = ctx.tokens[i + 1]?.type === 'punct' && /["«“]/.test(ctx.tokens[i + 1]?.text ?? '') ? fc.startingAt(i + 2) : undefined;
    const org = fc.startingAt(i + 1) ?? quoted ?? (word(i + 1) === 'من' ? fc.startingAt(i + 2) : undefined) ?? (word(i + 1) === 'ما' ? fc.nextSpan(i + 2, ['Organization', 'Cell'], 3) : undefined);
    if (org === undefined || (org.kind !== 'Organization' && org.kind !== 'Cell')) continue;
    const member = memberBefore(fc, i);
    if (member !== undefined) fc.add(member, 'MEMBER_OF', org, 'fact.member.rank', 0.6);
  }
}

/** «X، وهو من أبرز قياديي …», «بأحد قياديي …»: the person the phrase is said of, or the one it names. */
function memberBefore(fc: FactContext, i: number): KeyedSpan | undefined {
  const inside = fc.spans.find((s) => s.first <= i && i <= s.last && (s.kind === 'Person' || s.kind === 'Group'));
  if (inside !== undefined) return inside;
  const w = fc.word(i - 1);
  const partitive = w === 'من' || /^(ابرز|كبار|احد|احدي)$/.test(w) || fc.word(i - 2) === 'من';
  return partitive ? fc.prevSpan(i, ['Person', 'Group'], 10, true) : undefined;
}
