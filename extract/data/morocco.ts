/**
 * Morocco's places as its administration defines them: the 12 regions of the 2015 division (Laayoune-Sakia
 * El Hamra and Dakhla-Oued Ed-Dahab included), the 75 prefectures and provinces, and the cities, towns and
 * districts that Moroccan security news names. Arabic names as the press writes them, French and English
 * spellings, and the parent unit. Coordinates are in morocco-coordinates.ts (generated, see SOURCES.md).
 *
 * Source: compiled for Sila from public administrative facts (Decree 2-15-40 of 2015 on the regions and their
 * prefectures and provinces); region and province names checked against the `morocco-map` package
 * (ODbL-1.0, data from OpenStreetMap). Licence of this list: the project's.
 *
 * `common`: the name is also an everyday word (العيون "the eyes", الجديدة "the new", وجدة "found it"): it
 * counts as a place only with a place cue (مدينة، إقليم، بـ، في…) or beside another place in a list.
 * `geo`: the GeoNames spelling when it differs from `en` (used only by the coordinate generator).
 */

export type MoroccoPlaceType = 'region' | 'province' | 'city' | 'neighbourhood';

export interface MoroccoPlace {
  id: string;
  type: MoroccoPlaceType;
  ar: readonly string[];
  en: string;
  latin: readonly string[];
  /** The unit it lies in: a province for cities, a city for districts, a region for provinces. */
  in?: string;
  common?: boolean;
  geo?: string;
  /** `prefecture` (عمالة) or `province` (إقليم), for provinces. */
  admin?: 'prefecture' | 'province';
  /** A rough centre, for areas that are no administrative unit. */
  at?: readonly [number, number];
  /** Short names that are also everyday words («البيضاء» "the white"): places only with a cue, like `common`. */
  commonAliases?: readonly string[];
}

const region = (id: string, ar: string[], en: string, latin: string[]): MoroccoPlace => ({ id, type: 'region', ar, en, latin });
const prov = (id: string, admin: 'prefecture' | 'province', ar: string, en: string, latin: string[], regionId: string): MoroccoPlace => ({
  id,
  type: 'province',
  admin,
  ar: admin === 'prefecture' ? [`عمالة ${ar}`, `عمالة مقاطعات ${ar}`] : [`إقليم ${ar}`],
  en: admin === 'prefecture' ? `Prefecture of ${en}` : `${en} Province`,
  latin: [...latin.map((l) => (admin === 'prefecture' ? `Préfecture de ${l}` : `Province de ${l}`)), en],
  in: regionId,
});
const city = (
  id: string,
  ar: string[],
  en: string,
  latin: string[],
  province: string,
  extra: { common?: boolean; geo?: string; commonAliases?: readonly string[] } = {},
): MoroccoPlace => ({ id, type: 'city', ar, en, latin, in: province, ...extra });
const district = (id: string, ar: string[], en: string, latin: string[], cityId: string, extra: { common?: boolean } = {}): MoroccoPlace => ({
  id,
  type: 'neighbourhood',
  ar,
  en,
  latin,
  in: cityId,
  ...extra,
});

export const MOROCCO_REGIONS: readonly MoroccoPlace[] = [
  region('tanger-tetouan-al-hoceima', ['جهة طنجة تطوان الحسيمة', 'طنجة تطوان الحسيمة'], 'Tanger-Tetouan-Al Hoceima', ['Tanger-Tétouan-Al Hoceïma', 'Tangier-Tetouan-Al Hoceima']),
  region('oriental', ['جهة الشرق', 'الجهة الشرقية'], 'Oriental', ["L'Oriental", 'Oriental region', 'région de l’Oriental']),
  region('fes-meknes', ['جهة فاس مكناس', 'فاس مكناس'], 'Fes-Meknes', ['Fès-Meknès']),
  region('rabat-sale-kenitra', ['جهة الرباط سلا القنيطرة', 'الرباط سلا القنيطرة'], 'Rabat-Sale-Kenitra', ['Rabat-Salé-Kénitra']),
  region('beni-mellal-khenifra', ['جهة بني ملال خنيفرة', 'بني ملال خنيفرة'], 'Beni Mellal-Khenifra', ['Béni Mellal-Khénifra']),
  region('casablanca-settat', ['جهة الدار البيضاء سطات', 'الدار البيضاء سطات'], 'Casablanca-Settat', []),
  region('marrakech-safi', ['جهة مراكش آسفي', 'مراكش آسفي', 'جهة مراكش أسفي', 'مراكش أسفي'], 'Marrakech-Safi', []),
  region('draa-tafilalet', ['جهة درعة تافيلالت', 'درعة تافيلالت'], 'Draa-Tafilalet', ['Drâa-Tafilalet']),
  region('souss-massa', ['جهة سوس ماسة', 'سوس ماسة'], 'Souss-Massa', []),
  region('guelmim-oued-noun', ['جهة كلميم واد نون', 'كلميم واد نون', 'كلميم وادي نون'], 'Guelmim-Oued Noun', []),
  region('laayoune-sakia-el-hamra', ['جهة العيون الساقية الحمراء', 'العيون الساقية الحمراء'], 'Laayoune-Sakia El Hamra', ['Laâyoune-Sakia El Hamra']),
  region('dakhla-oued-ed-dahab', ['جهة الداخلة وادي الذهب', 'الداخلة وادي الذهب'], 'Dakhla-Oued Ed-Dahab', ['Dakhla-Oued Eddahab']),
];

/** Regions that are not units of the 2015 division but places the press names as such. */
export const MOROCCO_AREAS: readonly MoroccoPlace[] = [
  { id: 'moroccan-sahara', type: 'region', ar: ['الصحراء المغربية', 'الأقاليم الجنوبية'], en: 'Moroccan Sahara', latin: ['Sahara marocain', 'Southern Provinces', 'provinces du Sud'], at: [25.5, -13] },
  { id: 'rif', type: 'region', ar: ['منطقة الريف', 'الريف'], en: 'Rif', latin: ['Rif'], common: true, at: [35, -4] },
  { id: 'gharb', type: 'region', ar: ['منطقة الغرب', 'سهل الغرب'], en: 'Gharb', latin: ['Gharb'], at: [34.5, -6] },
  { id: 'souss', type: 'region', ar: ['منطقة سوس'], en: 'Souss', latin: ['Souss'], at: [30.4, -9] },
];

export const MOROCCO_PROVINCES: readonly MoroccoPlace[] = [
  // Tanger-Tétouan-Al Hoceïma
  prov('tanger-assilah-prefecture', 'prefecture', 'طنجة أصيلة', 'Tangier-Assilah', ['Tanger-Assilah'], 'tanger-tetouan-al-hoceima'),
  prov('mdiq-fnideq-prefecture', 'prefecture', 'المضيق الفنيدق', "M'diq-Fnideq", ["M'diq-Fnideq"], 'tanger-tetouan-al-hoceima'),
  prov('tetouan-province', 'province', 'تطوان', 'Tetouan', ['Tétouan'], 'tanger-tetouan-al-hoceima'),
  prov('fahs-anjra-province', 'province', 'الفحص أنجرة', 'Fahs-Anjra', ['Fahs-Anjra'], 'tanger-tetouan-al-hoceima'),
  prov('larache-province', 'province', 'العرائش', 'Larache', ['Larache'], 'tanger-tetouan-al-hoceima'),
  prov('al-hoceima-province', 'province', 'الحسيمة', 'Al Hoceima', ["d'Al Hoceïma"], 'tanger-tetouan-al-hoceima'),
  prov('chefchaouen-province', 'province', 'شفشاون', 'Chefchaouen', ['Chefchaouen'], 'tanger-tetouan-al-hoceima'),
  prov('ouezzane-province', 'province', 'وزان', 'Ouezzane', ["d'Ouezzane"], 'tanger-tetouan-al-hoceima'),
  // Oriental
  prov('oujda-angad-prefecture', 'prefecture', 'وجدة أنجاد', 'Oujda-Angad', ['Oujda-Angad'], 'oriental'),
  prov('nador-province', 'province', 'الناظور', 'Nador', ['Nador'], 'oriental'),
  prov('driouch-province', 'province', 'الدريوش', 'Driouch', ['Driouch'], 'oriental'),
  prov('jerada-province', 'province', 'جرادة', 'Jerada', ['Jerada'], 'oriental'),
  prov('berkane-province', 'province', 'بركان', 'Berkane', ['Berkane'], 'oriental'),
  prov('taourirt-province', 'province', 'تاوريرت', 'Taourirt', ['Taourirt'], 'oriental'),
  prov('guercif-province', 'province', 'جرسيف', 'Guercif', ['Guercif'], 'oriental'),
  prov('figuig-province', 'province', 'فكيك', 'Figuig', ['Figuig'], 'oriental'),
  // Fès-Meknès
  prov('fes-prefecture', 'prefecture', 'فاس', 'Fes', ['Fès'], 'fes-meknes'),
  prov('meknes-prefecture', 'prefecture', 'مكناس', 'Meknes', ['Meknès'], 'fes-meknes'),
  prov('el-hajeb-province', 'province', 'الحاجب', 'El Hajeb', ['El Hajeb'], 'fes-meknes'),
  prov('ifrane-province', 'province', 'إفران', 'Ifrane', ["d'Ifrane"], 'fes-meknes'),
  prov('moulay-yacoub-province', 'province', 'مولاي يعقوب', 'Moulay Yacoub', ['Moulay Yacoub'], 'fes-meknes'),
  prov('sefrou-province', 'province', 'صفرو', 'Sefrou', ['Sefrou'], 'fes-meknes'),
  prov('boulemane-province', 'province', 'بولمان', 'Boulemane', ['Boulemane'], 'fes-meknes'),
  prov('taounate-province', 'province', 'تاونات', 'Taounate', ['Taounate'], 'fes-meknes'),
  prov('taza-province', 'province', 'تازة', 'Taza', ['Taza'], 'fes-meknes'),
  // Rabat-Salé-Kénitra
  prov('rabat-prefecture', 'prefecture', 'الرباط', 'Rabat', ['Rabat'], 'rabat-sale-kenitra'),
  prov('sale-prefecture', 'prefecture', 'سلا', 'Sale', ['Salé'], 'rabat-sale-kenitra'),
  prov('skhirate-temara-prefecture', 'prefecture', 'الصخيرات تمارة', 'Skhirate-Temara', ['Skhirate-Témara'], 'rabat-sale-kenitra'),
  prov('kenitra-province', 'province', 'القنيطرة', 'Kenitra', ['Kénitra'], 'rabat-sale-kenitra'),
  prov('khemisset-province', 'province', 'الخميسات', 'Khemisset', ['Khémisset'], 'rabat-sale-kenitra'),
  prov('sidi-kacem-province', 'province', 'سيدي قاسم', 'Sidi Kacem', ['Sidi Kacem'], 'rabat-sale-kenitra'),
  prov('sidi-slimane-province', 'province', 'سيدي سليمان', 'Sidi Slimane', ['Sidi Slimane'], 'rabat-sale-kenitra'),
  // Béni Mellal-Khénifra
  prov('beni-mellal-province', 'province', 'بني ملال', 'Beni Mellal', ['Béni Mellal'], 'beni-mellal-khenifra'),
  prov('azilal-province', 'province', 'أزيلال', 'Azilal', ["d'Azilal"], 'beni-mellal-khenifra'),
  prov('fquih-ben-salah-province', 'province', 'الفقيه بن صالح', 'Fquih Ben Salah', ['Fquih Ben Salah'], 'beni-mellal-khenifra'),
  prov('khenifra-province', 'province', 'خنيفرة', 'Khenifra', ['Khénifra'], 'beni-mellal-khenifra'),
  prov('khouribga-province', 'province', 'خريبكة', 'Khouribga', ['Khouribga'], 'beni-mellal-khenifra'),
  // Casablanca-Settat
  prov('casablanca-prefecture', 'prefecture', 'الدار البيضاء', 'Casablanca', ['Casablanca'], 'casablanca-settat'),
  prov('mohammedia-prefecture', 'prefecture', 'المحمدية', 'Mohammedia', ['Mohammédia'], 'casablanca-settat'),
  prov('el-jadida-province', 'province', 'الجديدة', 'El Jadida', ["d'El Jadida"], 'casablanca-settat'),
  prov('nouaceur-province', 'province', 'النواصر', 'Nouaceur', ['Nouaceur'], 'casablanca-settat'),
  prov('mediouna-province', 'province', 'مديونة', 'Mediouna', ['Médiouna'], 'casablanca-settat'),
  prov('benslimane-province', 'province', 'بن سليمان', 'Benslimane', ['Benslimane'], 'casablanca-settat'),
  prov('berrechid-province', 'province', 'برشيد', 'Berrechid', ['Berrechid'], 'casablanca-settat'),
  prov('settat-province', 'province', 'سطات', 'Settat', ['Settat'], 'casablanca-settat'),
  prov('sidi-bennour-province', 'province', 'سيدي بنور', 'Sidi Bennour', ['Sidi Bennour'], 'casablanca-settat'),
  // Marrakech-Safi
  prov('marrakech-prefecture', 'prefecture', 'مراكش', 'Marrakech', ['Marrakech'], 'marrakech-safi'),
  prov('chichaoua-province', 'province', 'شيشاوة', 'Chichaoua', ['Chichaoua'], 'marrakech-safi'),
  prov('al-haouz-province', 'province', 'الحوز', 'Al Haouz', ["d'Al Haouz"], 'marrakech-safi'),
  prov('kelaat-sraghna-province', 'province', 'قلعة السراغنة', 'El Kelaa des Sraghna', ['El Kelâa des Sraghna'], 'marrakech-safi'),
  prov('essaouira-province', 'province', 'الصويرة', 'Essaouira', ["d'Essaouira"], 'marrakech-safi'),
  prov('rehamna-province', 'province', 'الرحامنة', 'Rehamna', ['Rehamna'], 'marrakech-safi'),
  prov('safi-province', 'province', 'آسفي', 'Safi', ['Safi'], 'marrakech-safi'),
  prov('youssoufia-province', 'province', 'اليوسفية', 'Youssoufia', ['Youssoufia'], 'marrakech-safi'),
  // Drâa-Tafilalet
  prov('errachidia-province', 'province', 'الرشيدية', 'Errachidia', ["d'Errachidia"], 'draa-tafilalet'),
  prov('ouarzazate-province', 'province', 'ورزازات', 'Ouarzazate', ["d'Ouarzazate"], 'draa-tafilalet'),
  prov('midelt-province', 'province', 'ميدلت', 'Midelt', ['Midelt'], 'draa-tafilalet'),
  prov('tinghir-province', 'province', 'تنغير', 'Tinghir', ['Tinghir'], 'draa-tafilalet'),
  prov('zagora-province', 'province', 'زاكورة', 'Zagora', ['Zagora'], 'draa-tafilalet'),
  // Souss-Massa
  prov('agadir-ida-outanane-prefecture', 'prefecture', 'أكادير إداوتنان', 'Agadir Ida-Outanane', ['Agadir Ida-Outanane'], 'souss-massa'),
  prov('inezgane-ait-melloul-prefecture', 'prefecture', 'إنزكان أيت ملول', 'Inezgane-Ait Melloul', ['Inezgane-Aït Melloul'], 'souss-massa'),
  prov('chtouka-ait-baha-province', 'province', 'اشتوكة أيت باها', 'Chtouka Ait Baha', ['Chtouka-Aït Baha'], 'souss-massa'),
  prov('taroudant-province', 'province', 'تارودانت', 'Taroudant', ['Taroudant'], 'souss-massa'),
  prov('tiznit-province', 'province', 'تيزنيت', 'Tiznit', ['Tiznit'], 'souss-massa'),
  prov('tata-province', 'province', 'طاطا', 'Tata', ['Tata'], 'souss-massa'),
  // Guelmim-Oued Noun
  prov('guelmim-province', 'province', 'كلميم', 'Guelmim', ['Guelmim'], 'guelmim-oued-noun'),
  prov('assa-zag-province', 'province', 'آسا الزاك', 'Assa-Zag', ['Assa-Zag'], 'guelmim-oued-noun'),
  prov('tan-tan-province', 'province', 'طانطان', 'Tan-Tan', ['Tan-Tan'], 'guelmim-oued-noun'),
  prov('sidi-ifni-province', 'province', 'سيدي إفني', 'Sidi Ifni', ['Sidi Ifni'], 'guelmim-oued-noun'),
  // Laâyoune-Sakia El Hamra
  prov('laayoune-province', 'province', 'العيون', 'Laayoune', ['Laâyoune'], 'laayoune-sakia-el-hamra'),
  prov('boujdour-province', 'province', 'بوجدور', 'Boujdour', ['Boujdour'], 'laayoune-sakia-el-hamra'),
  prov('tarfaya-province', 'province', 'طرفاية', 'Tarfaya', ['Tarfaya'], 'laayoune-sakia-el-hamra'),
  prov('es-semara-province', 'province', 'السمارة', 'Es-Semara', ['Es-Semara', 'Smara'], 'laayoune-sakia-el-hamra'),
  // Dakhla-Oued Ed-Dahab
  prov('oued-ed-dahab-province', 'province', 'وادي الذهب', 'Oued Ed-Dahab', ['Oued Ed-Dahab'], 'dakhla-oued-ed-dahab'),
  prov('aousserd-province', 'province', 'أوسرد', 'Aousserd', ["d'Aousserd"], 'dakhla-oued-ed-dahab'),
];

export const MOROCCO_CITIES: readonly MoroccoPlace[] = [
  // Tanger-Tétouan-Al Hoceïma
  city('tangier', ['طنجة'], 'Tangier', ['Tanger', 'Tangiers', 'Tanja'], 'tanger-assilah-prefecture'),
  city('assilah', ['أصيلة', 'أصيلا'], 'Asilah', ['Assilah', 'Arzila'], 'tanger-assilah-prefecture'),
  city('tetouan', ['تطوان'], 'Tetouan', ['Tétouan', 'Titwan'], 'tetouan-province'),
  city('mdiq', ['المضيق'], "M'diq", ['Mdiq', 'Rincón'], 'mdiq-fnideq-prefecture', { common: true, geo: "M'diq" }),
  city('fnideq', ['الفنيدق'], 'Fnideq', ['Fnidek', 'Castillejos'], 'mdiq-fnideq-prefecture'),
  city('martil', ['مرتيل'], 'Martil', ['Martil', 'Río Martín'], 'tetouan-province'),
  city('larache', ['العرائش'], 'Larache', ['Larache', 'Laraich'], 'larache-province'),
  city('ksar-el-kebir', ['القصر الكبير'], 'Ksar El Kebir', ['Ksar el-Kebir', 'Alcazarquivir'], 'larache-province'),
  city('al-hoceima', ['الحسيمة'], 'Al Hoceima', ['Al Hoceïma', 'Alhucemas', 'El Hoceima'], 'al-hoceima-province'),
  city('imzouren', ['إمزورن'], 'Imzouren', ['Imzouren'], 'al-hoceima-province'),
  city('chefchaouen', ['شفشاون'], 'Chefchaouen', ['Chaouen', 'Xauen'], 'chefchaouen-province'),
  city('ouezzane', ['وزان'], 'Ouezzane', ['Ouazzane', 'Wazzan'], 'ouezzane-province', { geo: 'Ouazzane' }),
  // Oriental
  city('oujda', ['وجدة'], 'Oujda', ['Oujda', 'Ujda'], 'oujda-angad-prefecture', { common: true }),
  city('nador', ['الناظور'], 'Nador', ['Nador'], 'nador-province'),
  city('beni-ensar', ['بني انصار', 'بني أنصار'], 'Beni Ensar', ['Beni Enzar', 'Béni Ansar', 'Beni Ansar'], 'nador-province', { geo: 'Beni Ansar' }),
  city('farkhana', ['فرخانة'], 'Farkhana', ['Farkhana', 'Farjana'], 'nador-province'),
  city('selouane', ['سلوان'], 'Selouane', ['Selouane'], 'nador-province', { common: true }),
  city('zaio', ['زايو'], 'Zaio', ['Zaïo'], 'nador-province'),
  city('al-aroui', ['العروي'], 'Al Aroui', ['El Aroui'], 'nador-province', { common: true }),
  city('berkane', ['بركان'], 'Berkane', ['Berkane'], 'berkane-province', { common: true }),
  city('saidia', ['السعيدية'], 'Saidia', ['Saïdia'], 'berkane-province', { common: true }),
  city('ahfir', ['أحفير'], 'Ahfir', ['Ahfir'], 'berkane-province'),
  city('taourirt', ['تاوريرت'], 'Taourirt', ['Taourirt'], 'taourirt-province'),
  city('el-aioun-sidi-mellouk', ['العيون سيدي ملوك'], 'El Aioun Sidi Mellouk', ['El Aïoun'], 'taourirt-province', { geo: 'El Aïoun' }),
  city('jerada', ['جرادة'], 'Jerada', ['Jerada'], 'jerada-province'),
  city('guercif', ['جرسيف'], 'Guercif', ['Guersif', 'Jarsif'], 'guercif-province'),
  city('figuig', ['فكيك', 'فجيج'], 'Figuig', ['Figuig'], 'figuig-province'),
  city('bouarfa', ['بوعرفة'], 'Bouarfa', ['Bouarfa'], 'figuig-province'),
  city('driouch', ['الدريوش'], 'Driouch', ['Driouch'], 'driouch-province'),
  // Fès-Meknès
  city('fes', ['فاس'], 'Fes', ['Fez', 'Fès'], 'fes-prefecture', { geo: 'Fès' }),
  city('meknes', ['مكناس'], 'Meknes', ['Meknès'], 'meknes-prefecture'),
  city('taza', ['تازة'], 'Taza', ['Taza'], 'taza-province'),
  city('taounate', ['تاونات'], 'Taounate', ['Taounat'], 'taounate-province'),
  city('sefrou', ['صفرو'], 'Sefrou', ['Sefrou'], 'sefrou-province'),
  city('ifrane', ['إفران'], 'Ifrane', ['Ifrane'], 'ifrane-province'),
  city('azrou', ['أزرو'], 'Azrou', ['Azrou'], 'ifrane-province'),
  city('el-hajeb', ['الحاجب'], 'El Hajeb', ['El Hajeb'], 'el-hajeb-province', { common: true }),
  city('missour', ['ميسور'], 'Missour', ['Missour'], 'boulemane-province', { common: true }),
  city('moulay-yacoub', ['مولاي يعقوب'], 'Moulay Yacoub', ['Moulay Yacoub'], 'moulay-yacoub-province'),
  city('karia-ba-mohammed', ['قرية با محمد'], 'Karia Ba Mohammed', ['Karia Ba Mohamed'], 'taounate-province', { geo: 'Karia Ba Mohamed' }),
  // Rabat-Salé-Kénitra
  city('rabat', ['الرباط'], 'Rabat', ['Ribat'], 'rabat-prefecture'),
  city('sale', ['سلا'], 'Sale', ['Salé', 'Sla'], 'sale-prefecture', { geo: 'Salé' }),
  city('temara', ['تمارة'], 'Temara', ['Témara'], 'skhirate-temara-prefecture'),
  city('skhirat', ['الصخيرات'], 'Skhirat', ['Skhirate'], 'skhirate-temara-prefecture'),
  city('tamesna', ['تامسنا'], 'Tamesna', ['Tamasna'], 'skhirate-temara-prefecture'),
  city('ain-aouda', ['عين عودة'], 'Ain Aouda', ['Aïn Aouda'], 'skhirate-temara-prefecture'),
  city('kenitra', ['القنيطرة'], 'Kenitra', ['Kénitra'], 'kenitra-province'),
  city('sidi-yahya-el-gharb', ['سيدي يحيى الغرب'], 'Sidi Yahya El Gharb', ['Sidi Yahia El Gharb'], 'sidi-slimane-province'),
  city('souk-el-arbaa', ['سوق الأربعاء الغرب', 'سوق الأربعاء'], 'Souk El Arbaa', ['Souk el-Arbaa du Gharb'], 'kenitra-province'),
  city('mechra-bel-ksiri', ['مشرع بلقصيري'], 'Mechra Bel Ksiri', ['Mechra Bel Ksiri'], 'sidi-kacem-province'),
  city('khemisset', ['الخميسات'], 'Khemisset', ['Khémisset'], 'khemisset-province'),
  city('tiflet', ['تيفلت'], 'Tiflet', ['Tiflet'], 'khemisset-province'),
  city('sidi-kacem', ['سيدي قاسم'], 'Sidi Kacem', ['Sidi Qacem'], 'sidi-kacem-province'),
  city('sidi-slimane', ['سيدي سليمان'], 'Sidi Slimane', ['Sidi Slimane'], 'sidi-slimane-province'),
  // Béni Mellal-Khénifra
  city('beni-mellal', ['بني ملال'], 'Beni Mellal', ['Béni Mellal'], 'beni-mellal-province'),
  city('kasba-tadla', ['قصبة تادلة'], 'Kasba Tadla', ['Kasba Tadla'], 'beni-mellal-province'),
  city('khenifra', ['خنيفرة'], 'Khenifra', ['Khénifra'], 'khenifra-province'),
  city('khouribga', ['خريبكة'], 'Khouribga', ['Khouribga'], 'khouribga-province'),
  city('oued-zem', ['وادي زم', 'واد زم'], 'Oued Zem', ['Oued Zem'], 'khouribga-province'),
  city('boujad', ['أبي الجعد', 'بجعد'], 'Boujad', ['Bejaad', 'Boujaad'], 'khouribga-province'),
  city('fquih-ben-salah', ['الفقيه بن صالح'], 'Fquih Ben Salah', ['Fqih Ben Salah'], 'fquih-ben-salah-province'),
  city('souk-sebt-oulad-nemma', ['سوق السبت', 'سوق السبت أولاد النمة'], 'Souk Sebt Oulad Nemma', ['Souk Sebt'], 'fquih-ben-salah-province'),
  city('azilal', ['أزيلال'], 'Azilal', ['Azilal'], 'azilal-province'),
  // Casablanca-Settat
  city('casablanca', ['الدار البيضاء'], 'Casablanca', ['Casa', 'Dar el Beida', 'Dar al-Bayda'], 'casablanca-prefecture', { commonAliases: ['البيضاء', 'العاصمة الاقتصادية'] }),
  city('mohammedia', ['المحمدية'], 'Mohammedia', ['Mohammédia', 'Fedala'], 'mohammedia-prefecture', { common: true }),
  city('el-jadida', ['الجديدة'], 'El Jadida', ['El Jadida', 'Mazagan'], 'el-jadida-province', { common: true }),
  city('azemmour', ['أزمور'], 'Azemmour', ['Azemour', 'Azammur'], 'el-jadida-province'),
  city('settat', ['سطات'], 'Settat', ['Settat'], 'settat-province'),
  city('ben-ahmed', ['ابن أحمد', 'بن أحمد'], 'Ben Ahmed', ['Ben Ahmed'], 'settat-province'),
  city('berrechid', ['برشيد'], 'Berrechid', ['Berrechid'], 'berrechid-province'),
  city('had-soualem', ['حد السوالم'], 'Had Soualem', ['Had Soualem'], 'berrechid-province'),
  city('benslimane', ['بن سليمان', 'بنسليمان'], 'Benslimane', ['Ben Slimane'], 'benslimane-province'),
  city('bouznika', ['بوزنيقة'], 'Bouznika', ['Bouznika'], 'benslimane-province'),
  city('sidi-bennour', ['سيدي بنور'], 'Sidi Bennour', ['Sidi Bennour'], 'sidi-bennour-province'),
  city('nouaceur', ['النواصر'], 'Nouaceur', ['Nouaceur'], 'nouaceur-province'),
  city('bouskoura', ['بوسكورة'], 'Bouskoura', ['Bouskoura'], 'nouaceur-province'),
  city('dar-bouazza', ['دار بوعزة'], 'Dar Bouazza', ['Dar Bouazza'], 'nouaceur-province'),
  city('mediouna', ['مديونة'], 'Mediouna', ['Médiouna'], 'mediouna-province'),
  // Marrakech-Safi
  city('marrakech', ['مراكش'], 'Marrakech', ['Marrakesh'], 'marrakech-prefecture', { commonAliases: ['المدينة الحمراء'] }),
  city('safi', ['آسفي', 'أسفي'], 'Safi', ['Asfi'], 'safi-province'),
  city('essaouira', ['الصويرة'], 'Essaouira', ['Mogador'], 'essaouira-province'),
  city('kelaat-sraghna', ['قلعة السراغنة'], 'Kelaat Sraghna', ['El Kelaa des Sraghna', 'El Kelâa des Srarhna', 'Kalaat Sraghna'], 'kelaat-sraghna-province', { geo: 'El Kelaa des Srarhna' }),
  city('youssoufia', ['اليوسفية'], 'Youssoufia', ['Louis-Gentil'], 'youssoufia-province'),
  city('chichaoua', ['شيشاوة'], 'Chichaoua', ['Chichaoua'], 'chichaoua-province'),
  city('ben-guerir', ['ابن جرير', 'بن جرير'], 'Ben Guerir', ['Benguerir'], 'rehamna-province'),
  city('tahannaout', ['تحناوت'], 'Tahannaout', ['Tahanaout'], 'al-haouz-province'),
  city('ait-ourir', ['أيت أورير', 'آيت أورير'], 'Ait Ourir', ['Aït Ourir'], 'al-haouz-province'),
  city('chemaia', ['الشماعية'], 'Chemaia', ['Chemaïa'], 'youssoufia-province'),
  // Drâa-Tafilalet
  city('errachidia', ['الرشيدية', 'الراشيدية', 'الراشدية'], 'Errachidia', ['Er-Rachidia', 'Rachidia', 'Ksar es Souk'], 'errachidia-province'),
  city('erfoud', ['أرفود'], 'Erfoud', ['Erfoud'], 'errachidia-province'),
  city('rissani', ['الريصاني'], 'Rissani', ['Rissani'], 'errachidia-province'),
  city('goulmima', ['كلميمة'], 'Goulmima', ['Goulmima'], 'errachidia-province'),
  city('ouarzazate', ['ورزازات'], 'Ouarzazate', ['Warzazat'], 'ouarzazate-province'),
  city('zagora', ['زاكورة'], 'Zagora', ['Zagora'], 'zagora-province'),
  city('tinghir', ['تنغير'], 'Tinghir', ['Tinerhir'], 'tinghir-province'),
  city('midelt', ['ميدلت'], 'Midelt', ['Midelt'], 'midelt-province'),
  // Souss-Massa
  city('agadir', ['أكادير', 'أغادير'], 'Agadir', ['Agadir'], 'agadir-ida-outanane-prefecture'),
  city('inezgane', ['إنزكان'], 'Inezgane', ['Inzegane'], 'inezgane-ait-melloul-prefecture'),
  city('ait-melloul', ['أيت ملول', 'آيت ملول'], 'Ait Melloul', ['Aït Melloul'], 'inezgane-ait-melloul-prefecture'),
  city('dcheira', ['الدشيرة الجهادية', 'الدشيرة'], 'Dcheira El Jihadia', ['Dcheira'], 'inezgane-ait-melloul-prefecture'),
  city('oulad-teima', ['أولاد تايمة'], 'Oulad Teima', ['Ouled Teima', 'Oulad Taima', 'Ouled Taima'], 'taroudant-province', { geo: 'Oulad Teïma' }),
  city('taroudant', ['تارودانت'], 'Taroudant', ['Taroudannt'], 'taroudant-province'),
  city('tiznit', ['تيزنيت', 'تزنيت'], 'Tiznit', ['Tiznit'], 'tiznit-province'),
  city('biougra', ['بيوكرى', 'بيوكري'], 'Biougra', ['Biougra'], 'chtouka-ait-baha-province'),
  city('tata', ['طاطا'], 'Tata', ['Tata'], 'tata-province'),
  // Guelmim-Oued Noun
  city('guelmim', ['كلميم', 'گلميم'], 'Guelmim', ['Goulimine'], 'guelmim-province'),
  city('tan-tan', ['طانطان', 'طان طان'], 'Tan-Tan', ['Tantan'], 'tan-tan-province'),
  city('sidi-ifni', ['سيدي إفني'], 'Sidi Ifni', ['Sidi Ifni'], 'sidi-ifni-province'),
  city('assa', ['آسا', 'أسا'], 'Assa', ['Assa'], 'assa-zag-province', { common: true }),
  // Laâyoune-Sakia El Hamra
  city('laayoune', ['العيون'], 'Laayoune', ['Laâyoune', 'El Aaiún', 'El Aaiun', 'Layoune', 'Al-Ayoun'], 'laayoune-province', { common: true }),
  city('smara', ['السمارة'], 'Smara', ['Es-Semara', 'Semara'], 'es-semara-province'),
  city('boujdour', ['بوجدور'], 'Boujdour', ['Bojador'], 'boujdour-province'),
  city('tarfaya', ['طرفاية'], 'Tarfaya', ['Tarfaya'], 'tarfaya-province'),
  // Dakhla-Oued Ed-Dahab
  city('dakhla', ['الداخلة'], 'Dakhla', ['Ad-Dakhla', 'Villa Cisneros'], 'oued-ed-dahab-province', { common: true }),
  city('guerguerat', ['الكركرات', 'الكركارات'], 'Guerguerat', ['El Guerguerat'], 'aousserd-province'),
  // smaller towns and villages the news names
  city('bni-bouayach', ['بني بوعياش'], 'Beni Bouayach', ['Bni Bouayach'], 'al-hoceima-province'),
  city('targuist', ['تارجيست'], 'Targuist', ['Targist'], 'al-hoceima-province'),
  city('imouzzer-kandar', ['إيموزار كندر', 'إموزار كندر'], 'Imouzzer Kandar', ['Imouzzer Kander'], 'sefrou-province'),
  city('rommani', ['الرماني'], 'Rommani', ['Rommani'], 'khemisset-province'),
  city('tit-mellil', ['تيط مليل'], 'Tit Mellil', ['Tit Mellil'], 'mediouna-province'),
  city('ain-harrouda', ['عين حرودة'], 'Ain Harrouda', ['Aïn Harrouda'], 'mohammedia-prefecture'),
  city('oulad-berhil', ['أولاد برحيل'], 'Oulad Berhil', ['Ouled Berhil'], 'taroudant-province'),
  city('ait-baha', ['آيت باها', 'أيت باها'], 'Ait Baha', ['Aït Baha'], 'chtouka-ait-baha-province'),
  city('kelaat-mgouna', ['قلعة مكونة'], 'Kalaat Mgouna', ["Kelaat M'Gouna"], 'tinghir-province', { geo: "Kalaat MGouna" }),
  city('boumalne-dades', ['بومالن دادس'], 'Boumalne Dades', ['Boumalne'], 'tinghir-province', { geo: 'Boumalne' }),
  city('tinejdad', ['تنجداد'], 'Tinejdad', ['Tinjdad'], 'errachidia-province'),
  city('boudnib', ['بوذنيب', 'بودنيب'], 'Boudnib', ['Boudenib'], 'errachidia-province', { geo: 'Boudenib' }),
  city('rich', ['الريش'], 'Rich', ['Er-Rich'], 'midelt-province', { common: true }),
  city('talsint', ['تالسينت'], 'Talsint', ['Talsinnt'], 'figuig-province'),
  city('ain-beni-mathar', ['عين بني مطهر'], 'Ain Beni Mathar', ['Aïn Bni Mathar'], 'jerada-province'),
  city('ksar-sghir', ['القصر الصغير'], 'Ksar Sghir', ['Ksar es-Seghir'], 'fahs-anjra-province'),
  city('oued-laou', ['واد لاو', 'وادي لاو'], 'Oued Laou', ['Oued Laou'], 'tetouan-province'),
  city('bab-berred', ['باب برد'], 'Bab Berred', ['Bab Berret'], 'chefchaouen-province'),
  city('mrirt', ['مريرت'], 'Mrirt', ['Mrirt'], 'khenifra-province'),
  city('zemamra', ['الزمامرة'], 'Zemamra', ['Zemamra'], 'sidi-bennour-province'),
  city('oualidia', ['الوليدية'], 'Oualidia', ['Oualidia'], 'sidi-bennour-province'),
  city('sebt-gzoula', ['سبت جزولة'], 'Sebt Gzoula', ['Sebt Gzoula'], 'safi-province'),
  city('amizmiz', ['أمزميز'], 'Amizmiz', ['Amizmiz'], 'al-haouz-province'),
  city('asni', ['أسني'], 'Asni', ['Asni'], 'al-haouz-province'),
  city('imlil', ['إمليل'], 'Imlil', ['Imlil'], 'al-haouz-province'),
  city('tamesloht', ['تامصلوحت'], 'Tamesloht', ['Tameslouht'], 'al-haouz-province', { geo: 'Tameslouht' }),
  city('sidi-allal-el-bahraoui', ['سيدي علال البحراوي'], 'Sidi Allal El Bahraoui', ['Sidi Allal el Bahraoui'], 'khemisset-province'),
  city('skhour-rehamna', ['صخور الرحامنة'], 'Skhour Rehamna', ['Skhour Rehamna'], 'rehamna-province'),
  city('jorf-el-melha', ['جرف الملحة'], 'Jorf El Melha', ['Jorf el Melha'], 'sidi-kacem-province'),
  city('aoulouz', ['أولوز'], 'Aoulouz', ['Aoulouz'], 'taroudant-province'),
];

export const MOROCCO_DISTRICTS: readonly MoroccoPlace[] = [
  district('sidi-moumen', ['سيدي مومن'], 'Sidi Moumen', ['Sidi Moumen'], 'casablanca'),
  district('sidi-bernoussi', ['سيدي البرنوصي', 'البرنوصي'], 'Sidi Bernoussi', ['Sidi Bernoussi', 'Bernoussi'], 'casablanca'),
  district('hay-mohammadi', ['الحي المحمدي'], 'Hay Mohammadi', ['Hay Mohammadi'], 'casablanca'),
  district('ain-sebaa', ['عين السبع'], 'Ain Sebaa', ['Aïn Sebaâ'], 'casablanca'),
  district('ain-chock', ['عين الشق'], 'Ain Chock', ['Aïn Chock'], 'casablanca'),
  district('hay-hassani', ['الحي الحسني'], 'Hay Hassani', ['Hay Hassani'], 'casablanca'),
  district('derb-sultan', ['درب السلطان'], 'Derb Sultan', ['Derb Soltane'], 'casablanca'),
  district('ben-msik', ['ابن مسيك', 'بن مسيك'], 'Ben Msik', ['Ben M’Sik'], 'casablanca'),
  district('moulay-rachid', ['مولاي رشيد'], 'Moulay Rachid', ['Moulay Rachid'], 'casablanca'),
  district('sidi-othmane', ['سيدي عثمان'], 'Sidi Othmane', ['Sidi Othmane'], 'casablanca'),
  district('hay-rahma', ['حي الرحمة'], 'Hay Rahma', ['Hay Errahma', 'Hay Er-Rahma'], 'casablanca'),
  district('lissasfa', ['ليساسفة'], 'Lissasfa', ['Lissasfa'], 'casablanca'),
  district('yacoub-el-mansour', ['يعقوب المنصور', 'حي يعقوب المنصور'], 'Yacoub El Mansour', ['Yacoub El Mansour'], 'rabat'),
  district('takaddoum', ['حي التقدم'], 'Takaddoum', ['Takaddoum'], 'rabat'),
  district('hay-riad', ['حي الرياض'], 'Hay Riad', ['Hay Riad'], 'rabat'),
  district('akkari', ['العكاري'], 'Akkari', ['Akkari'], 'rabat', { common: true }),
  district('beni-makada', ['بني مكادة'], 'Beni Makada', ['Beni Makada'], 'tangier'),
  district('sidi-youssef-ben-ali', ['سيدي يوسف بن علي'], 'Sidi Youssef Ben Ali', ['Sidi Youssef Ben Ali'], 'marrakech'),
  district('mhamid', ['المحاميد'], 'Mhamid', ['M’hamid'], 'marrakech', { common: true }),
  district('bensouda', ['بنسودة'], 'Bensouda', ['Bensouda'], 'fes'),
  district('sidi-moussa', ['سيدي موسى'], 'Sidi Moussa', ['Sidi Moussa'], 'sale'),
];

export const MOROCCO_PLACES: readonly MoroccoPlace[] = [
  ...MOROCCO_REGIONS,
  ...MOROCCO_AREAS,
  ...MOROCCO_PROVINCES,
  ...MOROCCO_CITIES,
  ...MOROCCO_DISTRICTS,
];
