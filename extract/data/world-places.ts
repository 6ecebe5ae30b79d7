/**
 * Foreign places Moroccan security news names: major cities (capitals, and the European cities with large
 * Moroccan communities or counter-terrorism cooperation), Spain's enclaves, and conflict zones. Arabic names
 * as the press writes them, English/French/Spanish spellings, the ISO 3166-1 alpha-2 code of the country.
 *
 * Source: compiled for Sila from public geographic facts; coordinates in world-coordinates.ts are generated
 * from GeoNames (see SOURCES.md). Licence of this list: the project's.
 */

export interface WorldPlace {
  id: string;
  type: 'city' | 'region';
  ar: readonly string[];
  en: string;
  latin: readonly string[];
  country: string;
  /** GeoNames spelling when it differs from `en`. */
  geo?: string;
  common?: boolean;
  /** A rough centre for areas GeoNames does not list as cities. */
  at?: readonly [number, number];
}

const c = (id: string, ar: string[], en: string, latin: string[], country: string, extra: Partial<WorldPlace> = {}): WorldPlace => ({
  id, type: 'city', ar, en, latin, country, ...extra,
});
const zone = (id: string, ar: string[], en: string, latin: string[], country: string, at: readonly [number, number]): WorldPlace => ({
  id, type: 'region', ar, en, latin, country, at,
});

export const WORLD_CITIES: readonly WorldPlace[] = [
  // Spain, and the enclaves the Moroccan press names by their Arabic names
  c('madrid', ['مدريد'], 'Madrid', ['Madrid'], 'ES'),
  c('barcelona', ['برشلونة'], 'Barcelona', ['Barcelone'], 'ES'),
  c('malaga', ['مالقة', 'ملقة'], 'Malaga', ['Málaga'], 'ES', { geo: 'Málaga' }),
  c('seville', ['إشبيلية'], 'Seville', ['Sevilla', 'Séville'], 'ES', { geo: 'Sevilla' }),
  c('valencia', ['فالنسيا', 'بلنسية'], 'Valencia', ['Valence'], 'ES'),
  c('algeciras', ['الجزيرة الخضراء'], 'Algeciras', ['Algésiras'], 'ES'),
  c('almeria', ['ألميريا', 'المرية'], 'Almeria', ['Almería'], 'ES', { geo: 'Almería' }),
  c('murcia', ['مورسيا', 'مرسية'], 'Murcia', ['Murcie'], 'ES'),
  c('girona', ['جيرونا'], 'Girona', ['Gérone'], 'ES'),
  c('bilbao', ['بلباو', 'بيلباو'], 'Bilbao', ['Bilbao'], 'ES'),
  c('palma', ['بالما'], 'Palma', ['Palma de Mallorca'], 'ES'),
  c('ceuta', ['سبتة', 'سبتة المحتلة'], 'Ceuta', ['Sebta'], 'ES'),
  c('melilla', ['مليلية', 'مليلية المحتلة'], 'Melilla', ['Mlilya'], 'ES'),
  // France, Belgium, the Netherlands, Germany, Italy and the rest of Europe
  c('paris', ['باريس'], 'Paris', ['Paris'], 'FR'),
  c('marseille', ['مرسيليا'], 'Marseille', ['Marseilles'], 'FR'),
  c('lyon', ['ليون'], 'Lyon', ['Lyons'], 'FR'),
  c('toulouse', ['تولوز'], 'Toulouse', ['Toulouse'], 'FR'),
  c('nice', ['نيس'], 'Nice', ['Nice'], 'FR'),
  c('strasbourg', ['ستراسبورغ'], 'Strasbourg', ['Strasbourg'], 'FR'),
  c('montpellier', ['مونبلييه'], 'Montpellier', ['Montpellier'], 'FR'),
  c('brussels', ['بروكسل'], 'Brussels', ['Bruxelles', 'Brussel'], 'BE', { geo: 'Brussels' }),
  c('antwerp', ['أنتويرب', 'أنفرس'], 'Antwerp', ['Anvers', 'Antwerpen'], 'BE', { geo: 'Antwerpen' }),
  c('molenbeek', ['مولنبيك'], 'Molenbeek', ['Molenbeek-Saint-Jean'], 'BE', { geo: 'Molenbeek-Saint-Jean' }),
  c('amsterdam', ['أمستردام'], 'Amsterdam', ['Amsterdam'], 'NL'),
  c('rotterdam', ['روتردام'], 'Rotterdam', ['Rotterdam'], 'NL'),
  c('the-hague', ['لاهاي'], 'The Hague', ['La Haye', 'Den Haag'], 'NL', { geo: 'The Hague' }),
  c('utrecht', ['أوتريخت'], 'Utrecht', ['Utrecht'], 'NL'),
  c('berlin', ['برلين'], 'Berlin', ['Berlin'], 'DE'),
  c('frankfurt', ['فرانكفورت'], 'Frankfurt', ['Francfort'], 'DE', { geo: 'Frankfurt am Main' }),
  c('dusseldorf', ['دوسلدورف'], 'Dusseldorf', ['Düsseldorf'], 'DE', { geo: 'Düsseldorf' }),
  c('rome', ['روما'], 'Rome', ['Roma'], 'IT'),
  c('milan', ['ميلانو'], 'Milan', ['Milano'], 'IT', { geo: 'Milan' }),
  c('turin', ['تورينو'], 'Turin', ['Torino'], 'IT', { geo: 'Turin' }),
  c('lisbon', ['لشبونة'], 'Lisbon', ['Lisbonne', 'Lisboa'], 'PT', { geo: 'Lisbon' }),
  c('london', ['لندن'], 'London', ['Londres'], 'GB'),
  c('manchester', ['مانشستر'], 'Manchester', ['Manchester'], 'GB'),
  c('stockholm', ['ستوكهولم'], 'Stockholm', ['Stockholm'], 'SE'),
  c('copenhagen', ['كوبنهاغن'], 'Copenhagen', ['Copenhague'], 'DK', { geo: 'Copenhagen' }),
  c('vienna', ['فيينا'], 'Vienna', ['Vienne', 'Wien'], 'AT', { geo: 'Vienna' }),
  c('geneva', ['جنيف'], 'Geneva', ['Genève'], 'CH', { geo: 'Geneva' }),
  c('moscow', ['موسكو'], 'Moscow', ['Moscou'], 'RU', { geo: 'Moscow' }),
  c('istanbul', ['إسطنبول', 'اسطنبول'], 'Istanbul', ['Istanbul'], 'TR'),
  c('ankara', ['أنقرة'], 'Ankara', ['Ankara'], 'TR'),
  // Maghreb, Sahel and Africa
  c('algiers', ['الجزائر العاصمة'], 'Algiers', ['Alger'], 'DZ', { geo: 'Algiers' }),
  c('oran', ['وهران'], 'Oran', ['Oran'], 'DZ'),
  c('tindouf', ['تندوف'], 'Tindouf', ['Tindouf'], 'DZ'),
  c('tunis', ['تونس العاصمة'], 'Tunis', ['Tunis'], 'TN'),
  c('tripoli', ['طرابلس'], 'Tripoli', ['Tripoli'], 'LY'),
  c('benghazi', ['بنغازي'], 'Benghazi', ['Benghazi'], 'LY'),
  c('nouakchott', ['نواكشوط'], 'Nouakchott', ['Nouakchott'], 'MR'),
  c('bamako', ['باماكو'], 'Bamako', ['Bamako'], 'ML'),
  c('timbuktu', ['تمبكتو'], 'Timbuktu', ['Tombouctou'], 'ML', { geo: 'Timbuktu' }),
  c('gao', ['غاو'], 'Gao', ['Gao'], 'ML'),
  c('niamey', ['نيامي'], 'Niamey', ['Niamey'], 'NE'),
  c('ouagadougou', ['واغادوغو'], 'Ouagadougou', ['Ouagadougou'], 'BF'),
  c('ndjamena', ['نجامينا', 'انجامينا'], "N'Djamena", ['Ndjamena'], 'TD', { geo: "N'Djamena" }),
  c('dakar', ['دكار', 'داكار'], 'Dakar', ['Dakar'], 'SN'),
  c('cairo', ['القاهرة'], 'Cairo', ['Le Caire'], 'EG', { geo: 'Cairo' }),
  c('khartoum', ['الخرطوم'], 'Khartoum', ['Khartoum'], 'SD'),
  c('mogadishu', ['مقديشو'], 'Mogadishu', ['Mogadiscio'], 'SO', { geo: 'Mogadishu' }),
  c('abuja', ['أبوجا'], 'Abuja', ['Abuja'], 'NG'),
  // Middle East
  c('damascus', ['دمشق'], 'Damascus', ['Damas'], 'SY', { geo: 'Damascus' }),
  c('aleppo', ['حلب'], 'Aleppo', ['Alep'], 'SY', { geo: 'Aleppo' }),
  c('raqqa', ['الرقة'], 'Raqqa', ['Raqqa', 'Rakka'], 'SY', { geo: 'Ar Raqqah', common: true }),
  c('idlib', ['إدلب'], 'Idlib', ['Idleb'], 'SY'),
  c('deir-ez-zor', ['دير الزور'], 'Deir ez-Zor', ['Deir Ezzor'], 'SY', { geo: 'Deir ez-Zor' }),
  c('baghdad', ['بغداد'], 'Baghdad', ['Bagdad'], 'IQ'),
  c('mosul', ['الموصل'], 'Mosul', ['Mossoul'], 'IQ', { geo: 'Mosul' }),
  c('riyadh', ['الرياض'], 'Riyadh', ['Riyad'], 'SA', { common: true }),
  c('mecca', ['مكة المكرمة', 'مكة'], 'Mecca', ['La Mecque', 'Makkah'], 'SA', { geo: 'Mecca' }),
  c('doha', ['الدوحة'], 'Doha', ['Doha'], 'QA'),
  c('dubai', ['دبي'], 'Dubai', ['Dubaï'], 'AE', { geo: 'Dubai' }),
  c('abu-dhabi', ['أبوظبي', 'أبو ظبي'], 'Abu Dhabi', ['Abou Dabi'], 'AE'),
  c('amman', ['عمان'], 'Amman', ['Amman'], 'JO', { common: true }),
  c('beirut', ['بيروت'], 'Beirut', ['Beyrouth'], 'LB'),
  c('jerusalem', ['القدس'], 'Jerusalem', ['Jérusalem', 'Al-Quds'], 'PS', { at: [31.7767, 35.2345] }),
  c('gaza', ['غزة'], 'Gaza', ['Gaza'], 'PS'),
  c('tehran', ['طهران'], 'Tehran', ['Téhéran'], 'IR'),
  c('kabul', ['كابول'], 'Kabul', ['Kaboul'], 'AF'),
  c('washington', ['واشنطن'], 'Washington', ['Washington'], 'US', { geo: 'Washington, D.C.' }),
  c('new-york', ['نيويورك'], 'New York', ['New York'], 'US', { geo: 'New York City' }),
  c('montreal', ['مونتريال'], 'Montreal', ['Montréal'], 'CA', { geo: 'Montréal' }),
];

export const WORLD_ZONES: readonly WorldPlace[] = [
  zone('sahel', ['منطقة الساحل', 'الساحل الإفريقي', 'منطقة الساحل الإفريقي', 'منطقة الساحل جنوب الصحراء', 'الساحل'], 'Sahel', ['Sahel', 'African Sahel'], '', [15, 0.5]),
  zone('sahel-sahara', ['الساحل والصحراء', 'منطقة الساحل والصحراء'], 'Sahel-Sahara', ['Sahel-Sahara', 'bande sahélo-saharienne'], '', [19, 2]),
  zone('maghreb', ['المغرب العربي', 'منطقة المغرب العربي', 'شمال إفريقيا', 'شمال أفريقيا'], 'Maghreb', ['North Africa', 'Afrique du Nord'], '', [30, 3]),
  zone('middle-east', ['الشرق الأوسط'], 'Middle East', ['Moyen-Orient'], '', [29, 41]),
  zone('syria-iraq', ['الساحة السورية العراقية', 'المنطقة السورية العراقية', 'الساحة السورية', 'الساحة العراقية', 'بؤر التوتر'], 'Syrian-Iraqi arena', ['Syria-Iraq', 'Syrian-Iraqi zone', 'zone syro-irakienne'], '', [35, 40]),
  zone('europe', ['أوروبا', 'أوربا', 'القارة الأوروبية'], 'Europe', ['Europe'], '', [50, 10]),
  zone('africa', ['إفريقيا', 'أفريقيا', 'القارة الإفريقية', 'القارة السمراء'], 'Africa', ['Afrique'], '', [2, 17]),
  zone('west-africa', ['غرب إفريقيا', 'غرب أفريقيا'], 'West Africa', ["Afrique de l'Ouest"], '', [12, -5]),
  zone('lake-chad', ['بحيرة تشاد', 'حوض بحيرة تشاد'], 'Lake Chad basin', ['Lac Tchad'], '', [13, 14]),
  zone('liptako-gourma', ['منطقة الحدود الثلاثة', 'ليبتاكو غورما'], 'Liptako-Gourma', ['tri-border area', 'zone des trois frontières'], '', [14.5, 0.5]),
];
