/**
 * What the generated country list (countries.ts, from `world-countries`) lacks for Arabic news: other
 * spellings the press uses, and the nisba adjectives (الإسبانية "Spanish", المغاربة "Moroccans") by which an
 * agency, a group or a zone is tied to a country. Compiled for Sila from common Arabic usage; the project's licence.
 *
 * `nisba`: the masculine singular stem without ال; the feminine (ـية), the sound plurals (ـيون/ـيين) and the
 * dual are derived; `plural` lists broken plurals (المغاربة، الإسبان).
 */

export interface CountryExtra {
  aliases?: readonly string[];
  nisba?: readonly string[];
  plural?: readonly string[];
  /** The common name is also an everyday word (مالي "financial", قطر "diameter"): needs a place cue. */
  common?: boolean;
}

export const COUNTRY_EXTRAS: Readonly<Record<string, CountryExtra>> = {
  MA: { aliases: ['المملكة المغربية', 'المملكة'], nisba: ['مغربي'], plural: ['مغاربة'] },
  ES: { aliases: ['إسبانيا', 'اسبانيا', 'إسبانية', 'الجارة الشمالية'], nisba: ['إسباني', 'اسباني'], plural: ['إسبان'] },
  FR: { aliases: ['فرنسا'], nisba: ['فرنسي'] },
  BE: { aliases: ['بلجيكا'], nisba: ['بلجيكي'] },
  NL: { aliases: ['هولندا', 'المملكة الهولندية'], nisba: ['هولندي'] },
  DE: { aliases: ['ألمانيا'], nisba: ['ألماني'], plural: ['ألمان'] },
  IT: { aliases: ['إيطاليا'], nisba: ['إيطالي'] },
  PT: { aliases: ['البرتغال'], nisba: ['برتغالي'] },
  GB: { aliases: ['بريطانيا', 'المملكة المتحدة', 'إنجلترا', 'انجلترا'], nisba: ['بريطاني', 'إنجليزي'] },
  US: { aliases: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'واشنطن'], nisba: ['أمريكي', 'أميركي'], plural: ['أمريكان', 'أميركان'] },
  CA: { nisba: ['كندي'] },
  RU: { aliases: ['روسيا', 'روسيا الاتحادية'], nisba: ['روسي'], plural: ['روس'] },
  SE: { nisba: ['سويدي'] },
  DK: { aliases: ['الدنمارك', 'الدانمارك'], nisba: ['دنماركي', 'دانماركي'] },
  NO: { nisba: ['نرويجي'] },
  AT: { nisba: ['نمساوي'] },
  CH: { nisba: ['سويسري'] },
  TR: { aliases: ['تركيا'], nisba: ['تركي'], plural: ['أتراك'] },
  DZ: { aliases: ['الجزائر', 'الجارة الشرقية'], nisba: ['جزائري'] },
  TN: { aliases: ['تونس'], nisba: ['تونسي'], plural: ['توانسة'] },
  LY: { aliases: ['ليبيا'], nisba: ['ليبي'] },
  MR: { aliases: ['موريتانيا'], nisba: ['موريتاني'] },
  ML: { aliases: ['مالي', 'جمهورية مالي'], nisba: [], common: true },
  NE: { aliases: ['النيجر'], nisba: ['نيجري'] },
  NG: { aliases: ['نيجيريا'], nisba: ['نيجيري'] },
  BF: { aliases: ['بوركينا فاسو', 'بوركينافاسو'], nisba: ['بوركيني', 'بوركينابي'] },
  TD: { aliases: ['تشاد'], nisba: ['تشادي'] },
  SN: { aliases: ['السنغال'], nisba: ['سنغالي'] },
  EG: { aliases: ['مصر'], nisba: ['مصري'], plural: ['مصريون'] },
  SD: { nisba: ['سوداني'] },
  SO: { aliases: ['الصومال'], nisba: ['صومالي'] },
  SY: { aliases: ['سوريا', 'سورية'], nisba: ['سوري'] },
  IQ: { aliases: ['العراق'], nisba: ['عراقي'] },
  SA: { aliases: ['السعودية', 'المملكة العربية السعودية'], nisba: ['سعودي'] },
  AE: { aliases: ['الإمارات', 'الإمارات العربية المتحدة'], nisba: ['إماراتي'] },
  QA: { aliases: ['قطر', 'دولة قطر'], nisba: ['قطري'], common: true },
  JO: { aliases: ['الأردن'], nisba: ['أردني'] },
  LB: { aliases: ['لبنان'], nisba: ['لبناني'] },
  PS: { aliases: ['فلسطين'], nisba: ['فلسطيني'] },
  IL: { aliases: ['إسرائيل'], nisba: ['إسرائيلي'] },
  IR: { aliases: ['إيران'], nisba: ['إيراني'] },
  YE: { aliases: ['اليمن'], nisba: ['يمني'] },
  AF: { aliases: ['أفغانستان'], nisba: ['أفغاني'] },
  PK: { aliases: ['باكستان'], nisba: ['باكستاني'] },
  KE: { nisba: ['كيني'] },
  CN: { aliases: ['الصين'], nisba: ['صيني'] },
};

/** Every written form of a nisba stem: masculine, feminine, plural and dual, each with and without ال. */
export function nisbaForms(stem: string): string[] {
  const forms = [stem, `${stem}ة`, `${stem}ون`, `${stem}ين`, `${stem}ان`, `${stem}تان`, `${stem}تين`, `${stem}يون`, `${stem}يين`];
  return forms.flatMap((f) => [f, `ال${f}`]);
}
