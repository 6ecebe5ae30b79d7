/**
 * Where agencies sit and whose sites are (`fact.agency.based-in`, `fact.site.*`):
 * - a place inside an agency's name («ولاية أمن تطوان»), or right after a court or a local unit with ب
 *   («محكمة الاستئناف بسلا») → the agency BASED_IN it;
 * - a site of someone: «بمنزل المعني بالأمر» → the person RESIDES_IN it; «معسكرات التنظيم» → the site
 *   BELONGS_TO the organisation;
 * - what a site holds («مخبأ … يضم بنادق ومسدسات», `cue.item.contained`) is LOCATED_IN it (`fact.item.contained`);
 * - an event at a site («مداهمة … بشقة في ضاحية سان دوني») TOOK_PLACE_IN the named place the site lies in too
 *   (`fact.event.place-of-site`): the site has no name an analyst searches nor coordinates a map shows.
 */
import type { FactContext } from '../fact-context.ts';
import { after } from '../cues/words.ts';
import { siteHead } from '../cues/sites.ts';

const HOMES = /^(ب|و|وب|في)?(منزل|بيت|شقه|مسكن)$/;

export function placeFacts(fc: FactContext): void {
  const { ctx, spans } = fc;
  // «مخبأ للأسلحة … يضم بنادق ومسدسات»: what a site holds is there
  for (const item of spans.filter((s) => s.kind === 'Item' && s.props['contained'] === true)) {
    // the site, not the province it lies in («مخبأ للأسلحة بإقليم الرشيدية، يضم …»)
    const site = [...spans].reverse().find((s) => s.kind === 'Place' && (s.props['place_type'] === 'site' || siteHead(ctx, s.first) !== null) && s.last < item.first && item.first - s.last <= 12) ?? fc.prevSpan(item.first, ['Place'], 12);
    if (site !== undefined) fc.add(item, 'LOCATED_IN', site, 'fact.item.contained', 0.6);
  }
  for (const a of spans.filter((s) => s.kind === 'Agency')) {
    const inside = spans.find((s) => s.kind === 'Place' && s.first > a.first && s.last <= a.last && !s.rule.startsWith('gazetteer.nisba'));
    const k = after(ctx, a.last);
    const next = k >= 0 ? fc.startingAt(k) : undefined;
    const local = a.ref.type === 'new' && next !== undefined && next.kind === 'Place' && next.clitic.endsWith('ب') && next.props['place_type'] !== 'site';
    const place = inside ?? (local ? next : undefined);
    if (place !== undefined) fc.add(a, 'BASED_IN', place, 'fact.agency.based-in', 0.65);
  }
  for (const site of spans.filter((s) => s.kind === 'Place' && s.props['place_type'] === 'site')) {
    const k = after(ctx, site.last);
    const owner = k >= 0 ? fc.startingAt(k) : undefined;
    if (owner === undefined || owner.clitic !== '') continue;
    if (owner.kind === 'Person' && HOMES.test(fc.word(site.first))) fc.add(owner, 'RESIDES_IN', site, 'fact.site.home', 0.6);
    if (owner.kind === 'Organization' || owner.kind === 'Cell' || owner.kind === 'Agency') fc.add(site, 'BELONGS_TO', owner, 'fact.site.owner', 0.6);
  }
  // «شمال مالي», «الحدود الشرقية للمملكة», «الحدود الجزائرية»: a region or a border is PART_OF the place it is of
  for (const r of spans.filter((s) => s.rule === 'cue.place.region' || s.rule === 'cue.place.border')) {
    const of = fc.startingAt(r.last + 1);
    if (of !== undefined && of.kind === 'Place') fc.add(r, 'PART_OF', of, r.rule === 'cue.place.region' ? 'fact.place.region' : 'fact.place.border', 0.7);
  }
  // «بمدينة ليون الفرنسية», «مدريد الإسبانية»: the nisba right after a place is the country it lies in, no nationality
  for (const p of spans.filter((s) => s.kind === 'Place' && (s.rule.startsWith('gazetteer.nisba') || (s.props['place_type'] === 'country' && fc.lex.nisbas.matchAt(ctx.tokens, s.first) !== null)))) {
    const place = spans.find((s) => s.kind === 'Place' && s.last === p.first - 1 && !s.rule.startsWith('gazetteer.nisba') && s.props['place_type'] !== 'country' && s.props['place_type'] !== 'border');
    if (place !== undefined) fc.add(place, 'LOCATED_IN', p, 'fact.place.nisba', 0.75);
  }
  // «حجز بندقيتين وكمية من الذخيرة كانت مخبأة في مخبأ …»: the things listed before are HIDDEN_IN the place after
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!HIDDEN.test(fc.word(i))) continue;
    // «الأسلحة التي تم العثور عليها داخل مخبأ بإقليم الرشيدية»: the word is the hiding place itself
    const site = fc.startingAt(i);
    const place = site?.kind === 'Place' ? site : fc.nextSpan(i, ['Place'], 3);
    if (place === undefined) continue;
    for (const item of spans.filter((s) => s.kind === 'Item' && s.last < i && i - s.last <= 16 && s.props['seized'] !== false)) fc.add(item, 'HIDDEN_IN', place, 'fact.item.hidden', 0.65);
  }
}

const HIDDEN = /^(مخباه|مخبئه|مخبا|مدفونه|مدفونا|مخزنه|مخزنا|مخفيه|مخفيا|مطموره)$/;

export function sitePlaceFacts(fc: FactContext): void {
  const sites = new Map(fc.spans.filter((s) => s.kind === 'Place' && s.props['place_type'] === 'site').map((s) => [s.key, s]));
  const named = new Map(fc.spans.filter((s) => s.kind === 'Place' && s.props['place_type'] !== 'site').map((s) => [s.key, s]));
  const events = new Set(fc.spans.filter((s) => s.kind === 'Event').map((s) => s.key));
  for (const at of fc.facts.filter((f) => f.type === 'TOOK_PLACE_IN' && events.has(f.source) && sites.has(f.target))) {
    const within = fc.facts.find((f) => f.type === 'LOCATED_IN' && f.source === at.target && named.has(f.target));
    if (within !== undefined) fc.add(at.source, 'TOOK_PLACE_IN', within.target, 'fact.event.place-of-site', 0.55);
  }
}
