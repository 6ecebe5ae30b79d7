/**
 * Synthetic Arabic articles in the genre: operations of Moroccan security services against cells, with
 * places from the gazetteer, dates written the Moroccan way, counts and ages, seized items and statements.
 * Deterministic by seed. They feed the ingestion benchmarks (`npm run bench:ingest`) and the corpus
 * generator (`npm run gen:corpus`); they are for measuring speed, not extraction quality (held-out articles
 * measure that).
 *
 * Like a year of real news, the corpus has hubs and a long tail: the BCIJ leads most operations, Daesh is
 * the organisation most cells are loyal to, Casablanca is where most of them are active, and every article
 * also brings a cell, a leader and a few places that few or no other articles name.
 */
import { MOROCCO_CITIES } from '../extract/data/morocco.ts';
import { randomSource } from './generate.ts';

const AGENCIES = [
  'المكتب المركزي للأبحاث القضائية',
  'المديرية العامة لمراقبة التراب الوطني',
  'عناصر الشرطة القضائية',
  'المصالح الأمنية',
  'الدرك الملكي',
];
const REPORTERS = ['المديرية العامة للأمن الوطني', 'وزارة الداخلية', 'المكتب المركزي للأبحاث القضائية'];
const ORGANISATIONS = ['تنظيم داعش', 'تنظيم القاعدة', 'ما يسمى بولاية داعش بالساحل', 'جماعة نصرة الإسلام والمسلمين'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const COUNTS = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const ITEMS = ['أسلحة بيضاء', 'أجهزة إلكترونية', 'هواتف محمولة', 'مبالغ مالية', 'مواد كيميائية', 'أقنعة', 'مخطوطات ذات طابع متطرف', 'بذل عسكرية'];
const FIRST = ['محمد', 'يوسف', 'عبد الرحيم', 'سعيد', 'أنس', 'حمزة', 'إلياس', 'رشيد', 'عمر', 'خالد', 'أيوب', 'بلال'];
const LAST = ['العلوي', 'الإدريسي', 'بنعلي', 'الزياني', 'التازي', 'الفاسي', 'البقالي', 'الحسني', 'الرامي', 'الشرقاوي', 'المراكشي', 'بنسعيد'];
const CASABLANCA = 'الدار البيضاء';
const CELL_PREFIXES = ['أنصار', 'جند', 'أسود', 'كتيبة', 'سرية', 'حماة'];
const CELL_WORDS = ['الفجر', 'الأنصار', 'البيعة', 'الغرباء', 'الثبات', 'المهاجرين', 'النصرة', 'التوحيد', 'الرباط', 'الفتح'];

export interface SyntheticArticle {
  text: string;
  title: string;
  published: string;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** `hub` with probability `share`, else any of `others`: a few entities in most articles, the rest in a few. */
const mostly = <T>(random: () => number, share: number, hub: T, others: readonly T[]): T => (random() < share ? hub : pick(random, others));

/** How often the hubs appear (measured in the generated corpus: see bench/RESULTS.md, section corpus). */
export const HUB_SHARES = { bcij: 0.75, daesh: 0.65, casablanca: 0.6 } as const;

/** The preposition ل before a word, fused with its article as Arabic writes it (ل + الداخلية = للداخلية). */
const li = (word: string): string => (word.startsWith('ال') ? `ل${word.slice(1)}` : `ل${word}`);

/** `n` articles of about 250–350 words, the same for the same seed. */
export function syntheticArticles(n: number, seed: number): SyntheticArticle[] {
  const random = randomSource(seed);
  const cities = MOROCCO_CITIES.filter((c) => c.common !== true).map((c) => c.ar[0] ?? c.en).filter((c) => c !== CASABLANCA);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2015 + Math.floor(random() * 11);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const weekday = WEEKDAYS[new Date(`${published}T12:00:00Z`).getUTCDay()] ?? 'الأربعاء';
    const agency = mostly(random, HUB_SHARES.bcij, AGENCIES[0] ?? '', AGENCIES.slice(1));
    const reporter = pick(random, REPORTERS);
    const organisation = mostly(random, HUB_SHARES.daesh, ORGANISATIONS[0] ?? '', ORGANISATIONS.slice(1));
    const city = mostly(random, HUB_SHARES.casablanca, CASABLANCA, cities);
    const [second, third] = [pick(random, cities), pick(random, cities)];
    const count = pick(random, COUNTS);
    const low = 18 + Math.floor(random() * 8);
    const high = low + 5 + Math.floor(random() * 20);
    // A cell named for this article only (quoted, as the press names cells), and a leader whose full name
    // few other articles share: the corpus keeps gaining entities.
    const name = `${pick(random, CELL_PREFIXES)} ${pick(random, CELL_WORDS)} ${i + 1}`;
    const cell = `خلية «${name}»`;
    const leader = `${pick(random, FIRST)} بن ${pick(random, FIRST)} ${pick(random, LAST)}`;
    const items = [pick(random, ITEMS), pick(random, ITEMS), pick(random, ITEMS)];
    const date = `${day} ${MONTHS[month] ?? 'ماي'} ${year}`;
    const title = `تفكيك ${cell} موالية ${li(organisation.replace(/^ما يسمى ب/, ''))} بمدينة ${city}`;
    const paragraphs = [
      title,
      `في إطار الجهود المتواصلة لمكافحة التهديدات الإرهابية، تمكن ${agency}، يوم ${weekday} ${date}، من تفكيك خلية إرهابية تطلق على نفسها «${name}» الموالية ${li(organisation)}، والتي تتكون من ${count} عناصر تتراوح أعمارهم بين ${low} و${high} سنة، ينشطون بمدن ${city} و${second} و${third}. وأفاد بلاغ ${li(reporter)} بأن هذه العملية تمت بتنسيق وثيق مع المديرية العامة لمراقبة التراب الوطني.`,
      `وأسفرت عمليات التفتيش المنجزة عن حجز ${items.join(' و')}، إضافة إلى وثائق تتضمن مبايعة ${li(organisation)}. وقد تم توقيف زعيم الخلية المدعو ${leader} بمدينة ${city}، وهو من ذوي السوابق في قضايا مرتبطة بالإرهاب والتطرف.`,
      `وحسب المعطيات الأولية للبحث، فإن المشتبه فيهم كانوا بصدد التحضير لتنفيذ مشاريع إرهابية تستهدف منشآت حيوية ومقرات أمنية، بتحريض من قياديين في ${organisation} ينشطون بمنطقة الساحل. وقد تم وضع الموقوفين تحت تدبير الحراسة النظرية رهن إشارة البحث القضائي الذي يجري تحت إشراف النيابة العامة المكلفة بقضايا الإرهاب والتطرف.`,
      `وأكد البلاغ أن الأبحاث المنجزة كشفت أن أفراد ${cell} كانوا على اتصال بعناصر تنشط في صفوف ${organisation} خارج المملكة، وأنهم تلقوا تعليمات لاستقطاب شباب من أحياء هامشية بمدينة ${second}، قبل أن يتم رصد تحركاتهم من طرف المصالح المختصة. كما أظهرت التحريات أن زعيم الخلية ${leader} كان يشرف على عمليات التنسيق بين العناصر الموقوفة، ويتولى تمويل اقتناء المعدات التي تم حجزها خلال عمليات التفتيش بكل من ${third} و${city}.`,
      `وتندرج هذه العملية في سياق المقاربة الاستباقية التي تنهجها المصالح الأمنية المغربية لرصد وتحييد المخاطر المرتبطة بالتطرف العنيف، حيث تمكنت منذ سنة 2002 من تفكيك أزيد من 200 خلية إرهابية، وإحباط مخططات تخريبية كانت تستهدف أمن المملكة وسلامة المواطنين.`,
    ];
    articles.push({ text: paragraphs.join('\n\n'), title, published });
  }
  return articles;
}
