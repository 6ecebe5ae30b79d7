/**
 * Entity resolution against a small known graph: nicknames, acronyms and spellings link by kind; a shared
 * name is a "possibly the same as", never a link; generic names never link one-off entities; no new entity is
 * proposed under a known entity's name.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './index.ts';
import { GENERIC_SUGGESTIONS } from './resolve.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ', 'Central Bureau of Judicial Investigations'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش', 'Daesh', 'ISIS'] },
  { id: 'errachidia', kind: 'Place', names: ['الرشيدية', 'Errachidia'] },
  { id: 'statement-2025', kind: 'Document', names: ['بيان', 'بيان المديرية العامة للأمن الوطني'] },
  { id: 'fes-city', kind: 'Place', names: ['فاس', 'Fes'] },
  { id: 'fes-club', kind: 'Organization', names: ['فاس', 'Maghreb de Fès'] },
  { id: 'cell-2024', kind: 'Cell', names: ['خلية إرهابية', 'Terrorist cell'] },
];
const extractor = createExtractor(known);
const run = (text: string) => extractor.extract(text);

describe('entity resolution', () => {
  it('links a nickname of the lexicon to the known entity that shares another of its names', () => {
    for (const text of ['تمكنت عناصر البسيج من توقيف متطرف.', 'أعلن مكتب الخيام عن توقيف متطرف.']) {
      const x = run(text);
      const agency = x.entities.find((e) => e.kind === 'Agency');
      expect(agency?.existingId).toBe('bcij');
      expect(agency?.key).toBe('bcij');
    }
  });

  it('links «الدولة الإسلامية» to Daesh and «الراشدية» to Errachidia', () => {
    expect(run('بايع المتهم تنظيم الدولة الإسلامية.').entities.find((e) => e.kind === 'Organization')?.existingId).toBe('daesh');
    expect(run('تم حجز أسلحة بمدينة الراشدية.').entities.find((e) => e.kind === 'Place')?.existingId).toBe('errachidia');
  });

  it('links a well-known person named by the family name alone', () => {
    const people = createExtractor([{ id: 'hammouchi', kind: 'Person', names: ['عبد اللطيف الحموشي', 'Abdellatif Hammouchi'] }]);
    const person = people.extract('وأشاد الحموشي بيقظة عناصر الأمن.').entities.find((e) => e.kind === 'Person');
    expect(person?.existingId).toBe('hammouchi');
    expect(person?.aliases_ar).toContain('الحموشي');
  });

  it('links by kind only', () => {
    const x = run('جرت العملية بمدينة فاس.');
    const place = x.entities.find((e) => e.kind === 'Place');
    expect(place?.existingId).toBe('fes-city');
    expect(x.entities.some((e) => e.existingId === 'fes-club')).toBe(false);
  });

  it('never links a one-off entity by a generic name; proposes it with a qualified name instead', () => {
    const x = run('وأفاد بيان أن خلية إرهابية تم تفكيكها.');
    const doc = x.entities.find((e) => e.kind === 'Document');
    const cell = x.entities.find((e) => e.kind === 'Cell');
    expect(doc?.existingId).toBeNull();
    expect(doc?.possiblySameAs).toContain('statement-2025');
    expect(cell?.existingId).toBeNull();
    expect(cell?.possiblySameAs).toContain('cell-2024');
    for (const e of x.entities.filter((p) => p.existingId === null)) {
      for (const k of known) expect(k.names).not.toContain(e.name_ar);
    }
  });

  it('in a corpus, a generic name thousands of one-off entities share proposes none of them', () => {
    const events = Array.from({ length: 300 }, (_, i): KnownEntity => ({ id: `dismantling-${i}`, kind: 'Event', names: ['تفكيك', `تفكيك خلية الأنصار ${i}`] }));
    const statements = Array.from({ length: 2 + GENERIC_SUGGESTIONS }, (_, i): KnownEntity => ({ id: `statement-${i}`, kind: 'Document', names: ['بيان'] }));
    const corpus = createExtractor([...known.filter((k) => k.id !== 'statement-2025'), ...events, ...statements]);
    const x = corpus.extract('وأفاد بيان أن المكتب المركزي للأبحاث القضائية تمكن من تفكيك خلية إرهابية.');
    const corpusId = /^(dismantling|statement)-\d+$/;
    expect(x.mentions.some((m) => corpusId.test(m.entity))).toBe(false);
    expect(x.entities.filter((e) => e.kind === 'Event' || e.kind === 'Document').length).toBe(2);
    for (const e of x.entities.filter((p) => p.kind === 'Event' || p.kind === 'Document')) {
      expect(e.existingId).toBeNull();
      expect(e.possiblySameAs.filter((id) => corpusId.test(id))).toEqual([]);
    }
    // a few sharing it are still proposed for review
    const few = createExtractor([...known.filter((k) => k.id !== 'statement-2025'), ...statements.slice(0, GENERIC_SUGGESTIONS)]);
    const doc = few.extract('وأفاد بيان أن خلية إرهابية تم تفكيكها.').entities.find((e) => e.kind === 'Document');
    expect(doc?.possiblySameAs.length).toBe(GENERIC_SUGGESTIONS);
  });

  it("never links another article's investigation, search, counted group or seized items by the names the graph stored for them", () => {
    // what ingestion stores for an earlier article's one-offs: the Arabic name and the lexicon's English label
    const earlier: KnownEntity[] = [
      { id: 'investigation', kind: 'Event', names: ['البحث', 'Investigation', 'البحث القضائي'] },
      { id: 'search', kind: 'Event', names: ['عمليات التفتيش', 'Search'] },
      { id: '4-members', kind: 'Group', names: ['أربعة عناصر', '4 members'] },
      { id: 'phones', kind: 'Item', names: ['هواتف محمولة', 'phones'] },
      { id: 'manuscripts', kind: 'Item', names: ['مخطوطات ذات طابع متطرف', 'manuscripts'] },
    ];
    const later = createExtractor([...known, ...earlier]);
    const x = later.extract(
      'تمكن المكتب المركزي للأبحاث القضائية من توقيف أربعة عناصر. وأسفرت عمليات التفتيش عن حجز هواتف محمولة ومخطوطات ذات طابع متطرف، وذلك في إطار البحث القضائي الذي تشرف عليه النيابة العامة.',
      { published: '2021-03-11' },
    );
    const ids = new Set(earlier.map((k) => k.id));
    expect(x.mentions.filter((m) => ids.has(m.entity))).toEqual([]);
    const oneOffs = x.entities.filter((e) => ['Event', 'Group', 'Item'].includes(e.kind) && e.possiblySameAs.some((id) => ids.has(id)));
    expect(oneOffs.map((e) => e.kind).sort()).toEqual(['Event', 'Event', 'Group', 'Item', 'Item']);
    for (const e of oneOffs) expect(e.existingId).toBeNull();
  });

  it('proposes a shared name as possibly the same as each known entity, without linking', () => {
    const shared = createExtractor([
      { id: 'hassan-a', kind: 'Person', names: ['حسن العلوي'] },
      { id: 'hassan-b', kind: 'Person', names: ['حسن العلوي'] },
    ]);
    const x = shared.extract('وصرح الناطق الرسمي حسن العلوي بأن التحقيق مستمر.');
    const person = x.entities.find((e) => e.kind === 'Person');
    expect(person?.existingId).toBeNull();
    expect(person?.possiblySameAs).toEqual(['hassan-a', 'hassan-b']);
  });

  it('gives new entities readable slugs that do not collide with known ids', () => {
    const clash = createExtractor([{ id: 'nador', kind: 'Organization', names: ['نادي الناظور'] }]);
    const place = clash.extract('جرت العملية بمدينة الناظور.').entities.find((e) => e.kind === 'Place');
    expect(place?.existingId).toBeNull();
    expect(place?.slug).toBe('nador-2');
  });
});

describe('the publication date', () => {
  it('refuses a date that is not a calendar day written YYYY-MM-DD, naming the field', () => {
    for (const published of ['2025-02-30', '19/02/2025', 'yesterday']) {
      expect(() => extractor.extract('تفكيك خلية.', { published })).toThrow(expect.objectContaining({ kind: 'invalid', code: 'invalid-input' }));
    }
    expect(() => extractor.extract('تفكيك خلية.', { published: '2025-02-19' })).not.toThrow();
  });
});

describe('name keys', () => {
  it('fold Arabic names exactly as text/normalize.ts does, then drop the article on each word', async () => {
    const { normalizeForSearch } = await import('../text/normalize.ts');
    const { nameKey } = await import('./resolve.ts');
    for (const name of ['المكتب المركزي للأبحاث القضائية', 'عبد اللطيف الحموشي', 'إقليم الرَّاشيدية', 'خلية “أسود الخلافة”', 'بني أنصار-فرخانة', 'Laâyoune']) {
      const reference = normalizeForSearch(name).split(' ').map((w) => w.replace(/^ال(?=\S{3})/u, '')).join(' ');
      expect(nameKey(name)).toBe(reference);
    }
  });

  it('links the founding of a known agency to the known founding event, though its name is made of common words', () => {
    const founding = createExtractor([...known, { id: 'bcij-founding', kind: 'Event', names: ['تأسيس المكتب المركزي للأبحاث القضائية', 'BCIJ founding'] }]);
    const x = founding.extract('فكك المكتب المركزي للأبحاث القضائية أزيد من 90 خلية إرهابية منذ إحداثه في مارس 2015.');
    expect(x.entities.find((e) => e.kind === 'Event' && e.properties['event_type'] === 'founding')?.existingId).toBe('bcij-founding');
    // a founding of something new is no known event
    const other = founding.extract('أعلن التنظيم عن تأسيس خلية جديدة.');
    expect(other.entities.filter((e) => e.kind === 'Event').map((e) => e.existingId)).not.toContain('bcij-founding');
  });

  it('links a known group named by a plural and a nationality, also as what «أحد …» is one of', () => {
    const fighters = createExtractor([{ id: 'moroccan-fighters', kind: 'Group', names: ['المقاتلون المغاربة', 'المقاتلين المغاربة', 'Moroccan fighters'] }]);
    const x = fighters.extract('كان الموقوف يتواصل مع أحد المقاتلين المغاربة هناك.');
    const group = x.entities.find((e) => e.kind === 'Group');
    expect(group?.existingId).toBe('moroccan-fighters');
    const one = x.entities.find((e) => e.kind === 'Person' && e.name_ar.startsWith('أحد'));
    expect(x.facts.some((f) => f.source === one?.key && f.type === 'MEMBER_OF' && f.target === 'moroccan-fighters')).toBe(true);
  });
});
