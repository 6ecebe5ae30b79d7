/**
 * Well-known agencies, institutions and organisations of Moroccan security news, with the nicknames, acronyms
 * and spellings the press uses («البسيج» and «مكتب الخيام» for the BCIJ, «الديستي» for the DGST, «الدولة
 * الإسلامية» for Daesh). A mention of any of these names resolves to the known entity that shares a name
 * with the entry; when the graph has none, the entry proposes a new entity under `id` with its English name.
 *
 * Source: compiled for Sila from the institutions' public names and common press usage. The project's licence.
 */
import type { EntityKind } from '../../contract/kinds.ts';

export interface Institution {
  id: string;
  kind: Extract<EntityKind, 'Agency' | 'Organization' | 'Person'>;
  ar: readonly string[];
  en: string;
  latin: readonly string[];
  /** ISO country the agency belongs to, for BASED_IN. */
  country?: string;
  /** An agency it is attached to (PART_OF), by id. */
  partOf?: string;
  /** For organisations: what kind of group. */
  orgType?: string;
  description?: string;
}

const agency = (id: string, ar: string[], en: string, latin: string[], extra: Partial<Institution> = {}): Institution => ({
  id, kind: 'Agency', ar, en, latin, ...extra,
});
const person = (id: string, ar: string[], en: string, latin: string[], description: string): Institution => ({
  id, kind: 'Person', ar, en, latin, description,
});
const org = (id: string, ar: string[], en: string, latin: string[], orgType: string, extra: Partial<Institution> = {}): Institution => ({
  id, kind: 'Organization', ar, en, latin, orgType, ...extra,
});

export const INSTITUTIONS: readonly Institution[] = [
  // ── Morocco ──
  agency('bcij', ['المكتب المركزي للأبحاث القضائية', 'المكتب المركزي للتحقيقات القضائية', 'البسيج', 'مكتب الخيام', 'البسيج المغربي', 'المكتب المركزي للأبحاث'], 'Central Bureau of Judicial Investigations', ['BCIJ', "Bureau central d'investigations judiciaires"], { country: 'MA', partOf: 'dgst' }),
  agency('dgst', ['المديرية العامة لمراقبة التراب الوطني', 'مراقبة التراب الوطني', 'الديستي', 'المخابرات المغربية', 'المخابرات الداخلية المغربية', 'مديرية مراقبة التراب الوطني', 'الإدارة العامة لمراقبة التراب الوطني', 'المديرية العامة لمراقبة التراب', 'جهاز مراقبة التراب الوطني'], 'General Directorate for Territorial Surveillance', ['DGST', 'Direction générale de la surveillance du territoire'], { country: 'MA' }),
  agency('dgsn', ['المديرية العامة للأمن الوطني', 'الإدارة العامة للأمن الوطني', 'الأمن الوطني', 'المديرية العامة للامن الوطني', 'مديرية الأمن الوطني', 'إدارة الأمن الوطني'], 'General Directorate of National Security', ['DGSN', 'Direction générale de la sûreté nationale', 'Sûreté nationale'], { country: 'MA' }),
  agency('dged', ['المديرية العامة للدراسات والمستندات', 'لادجيد'], 'General Directorate for Studies and Documentation', ['DGED', 'Direction générale des études et de la documentation'], { country: 'MA' }),
  // the services taken together, as the genre names them without a directorate («المصالح المغربية»)
  agency('moroccan-security-services', ['المصالح الأمنية المغربية', 'المصالح المغربية', 'الأجهزة الأمنية المغربية', 'السلطات الأمنية المغربية', 'المصالح الأمنية المغربية المختصة'], 'Moroccan security services', ['Moroccan security services', 'services de sécurité marocains'], { country: 'MA' }),
  agency('bnpj', ['الفرقة الوطنية للشرطة القضائية'], 'National Judicial Police Brigade', ['BNPJ', 'Brigade nationale de la police judiciaire'], { country: 'MA', partOf: 'dgsn' }),
  agency('royal-gendarmerie', ['الدرك الملكي', 'القيادة العامة للدرك الملكي'], 'Royal Gendarmerie', ['Gendarmerie royale'], { country: 'MA' }),
  agency('far', ['القوات المسلحة الملكية', 'الجيش المغربي'], 'Royal Armed Forces', ['FAR', 'Forces armées royales'], { country: 'MA' }),
  agency('auxiliary-forces', ['القوات المساعدة'], 'Auxiliary Forces', ['Forces auxiliaires'], { country: 'MA' }),
  agency('ministry-of-interior-ma', ['وزارة الداخلية', 'وزارة الداخلية المغربية'], 'Ministry of the Interior', ["Ministère de l'Intérieur"], { country: 'MA' }),
  agency('ministry-of-justice-ma', ['وزارة العدل'], 'Ministry of Justice', ['Ministère de la Justice'], { country: 'MA' }),
  agency('ministry-of-foreign-affairs-ma', ['وزارة الشؤون الخارجية', 'وزارة الخارجية'], 'Ministry of Foreign Affairs', ['Ministère des Affaires étrangères'], { country: 'MA' }),
  agency('ministry-of-habous', ['وزارة الأوقاف والشؤون الإسلامية'], 'Ministry of Habous and Islamic Affairs', ['Ministère des Habous et des Affaires islamiques'], { country: 'MA' }),
  agency('public-prosecution-ma', ['النيابة العامة', 'رئاسة النيابة العامة'], 'Public Prosecution', ['Ministère public', 'parquet', 'Présidence du ministère public'], { country: 'MA' }),
  // the chambers sit at the Salé annex of the Rabat Court of Appeal; the annex and the court are named by the cue rules
  agency('rabat-anti-terrorism-court', ['غرفة الجنايات المكلفة بقضايا الإرهاب', 'غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب'], 'Anti-terrorism criminal chamber of first instance (Salé annex of the Rabat Court of Appeal)', ['Chambre criminelle chargée des affaires de terrorisme'], { country: 'MA' }),
  agency('rabat-anti-terrorism-appeals-chamber', ['غرفة الجنايات الاستئنافية المكلفة بقضايا الإرهاب'], 'Anti-terrorism criminal appeals chamber (Salé annex of the Rabat Court of Appeal)', ['Chambre criminelle d’appel chargée des affaires de terrorisme'], { country: 'MA' }),
  agency('royal-cabinet', ['الديوان الملكي'], 'Royal Cabinet', ['Cabinet royal'], { country: 'MA' }),
  agency('mohammedia-league-of-ulema', ['الرابطة المحمدية للعلماء'], 'Mohammedia League of Ulema', ['Rabita Mohammadia des oulémas'], { country: 'MA' }),
  agency('general-delegation-prisons', ['المندوبية العامة لإدارة السجون وإعادة الإدماج', 'المندوبية العامة لإدارة السجون'], 'General Delegation for Prison Administration and Reintegration', ['DGAPR'], { country: 'MA' }),
  // ── Foreign partners ──
  agency('spanish-ministry-of-interior', ['وزارة الداخلية الإسبانية'], 'Ministry of the Interior (Spain)', ['Ministerio del Interior'], { country: 'ES' }),
  agency('french-ministry-of-interior', ['وزارة الداخلية الفرنسية'], 'Ministry of the Interior (France)', ["Ministère de l'Intérieur"], { country: 'FR' }),
  agency('spanish-national-police', ['الشرطة الوطنية الإسبانية', 'الشرطة الإسبانية'], 'Spanish National Police', ['Policía Nacional', 'Cuerpo Nacional de Policía'], { country: 'ES' }),
  agency('guardia-civil', ['الحرس المدني الإسباني', 'الحرس المدني'], 'Guardia Civil', ['Guardia Civil', 'Garde civile espagnole'], { country: 'ES' }),
  agency('spanish-cni', ['المركز الوطني للاستخبارات الإسباني', 'المخابرات الإسبانية'], 'National Intelligence Centre (Spain)', ['CNI'], { country: 'ES' }),
  agency('dgsi', ['المديرية العامة للأمن الداخلي الفرنسية', 'المديرية العامة للأمن الداخلي', 'المخابرات الفرنسية'], 'General Directorate for Internal Security (France)', ['DGSI', 'Direction générale de la sécurité intérieure'], { country: 'FR' }),
  agency('french-police', ['الشرطة الفرنسية'], 'French National Police', ['Police nationale'], { country: 'FR' }),
  agency('belgian-police', ['الشرطة البلجيكية', 'الشرطة الفيدرالية البلجيكية'], 'Belgian Federal Police', ['Police fédérale belge'], { country: 'BE' }),
  agency('fbi', ['مكتب التحقيقات الفيدرالي', 'مكتب التحقيقات الفدرالي الأمريكي', 'إف بي آي'], 'Federal Bureau of Investigation', ['FBI'], { country: 'US' }),
  agency('cia', ['وكالة المخابرات المركزية الأمريكية', 'وكالة الاستخبارات المركزية'], 'Central Intelligence Agency', ['CIA'], { country: 'US' }),
  agency('interpol', ['الأنتربول', 'الإنتربول', 'المنظمة الدولية للشرطة الجنائية'], 'Interpol', ['INTERPOL', 'ICPO'], {}),
  agency('europol', ['اليوروبول', 'الشرطة الأوروبية', 'يوروبول'], 'Europol', ['Europol'], {}),
  agency('un-security-council', ['مجلس الأمن الدولي', 'مجلس الأمن'], 'United Nations Security Council', ['UNSC', 'Conseil de sécurité'], {}),
  agency('united-nations', ['الأمم المتحدة', 'منظمة الأمم المتحدة'], 'United Nations', ['UN', 'ONU'], {}),
  agency('european-union', ['الاتحاد الأوروبي'], 'European Union', ['EU', 'UE'], {}),
  agency('african-union', ['الاتحاد الإفريقي', 'الاتحاد الأفريقي'], 'African Union', ['AU', 'UA'], {}),
  agency('global-coalition', ['التحالف الدولي ضد داعش', 'التحالف الدولي لمحاربة داعش', 'التحالف الدولي'], 'Global Coalition against Daesh', ['Global Coalition to Defeat ISIS'], {}),
  // ── Terrorist and armed organisations ──
  org('daesh', ['تنظيم داعش', 'داعش', 'داعشي', 'الداعشي', 'داعشية', 'الداعشية', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام', 'داعش الإرهابي'], 'Daesh (Islamic State)', ['Daesh', 'ISIS', 'ISIL', 'Islamic State', 'État islamique', 'Daech'], 'terrorist organisation'),
  org('al-qaeda', ['تنظيم القاعدة', 'القاعدة'], 'al-Qaeda', ['Al Qaeda', 'al-Qaida', 'Al-Qaïda'], 'terrorist organisation'),
  org('aqim', ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة في بلاد المغرب الإسلامي', 'القاعدة في المغرب الإسلامي'], 'al-Qaeda in the Islamic Maghreb', ['AQIM', 'AQMI'], 'terrorist organisation', { partOf: 'al-qaeda' }),
  org('issp', ['ولاية داعش بالساحل', 'ولاية الساحل', 'داعش الساحل', 'تنظيم داعش بمنطقة الساحل', 'تنظيم الدولة الإسلامية في الساحل', 'تنظيم داعش في الساحل', 'تنظيم داعش بالساحل'], 'Islamic State Sahel Province', ['ISSP', 'IS Sahel', 'ISGS', 'EIGS'], 'terrorist organisation (Daesh province)', { partOf: 'daesh' }),
  org('iswap', ['ولاية غرب إفريقيا', 'ولاية غرب أفريقيا', 'تنظيم داعش في غرب إفريقيا'], 'Islamic State West Africa Province', ['ISWAP'], 'terrorist organisation (Daesh province)', { partOf: 'daesh' }),
  org('jnim', ['جماعة نصرة الإسلام والمسلمين', 'نصرة الإسلام والمسلمين'], 'Jama’at Nusrat al-Islam wal-Muslimin', ['JNIM', 'GSIM'], 'terrorist organisation', { partOf: 'al-qaeda' }),
  org('boko-haram', ['بوكو حرام', 'جماعة بوكو حرام'], 'Boko Haram', ['Boko Haram'], 'terrorist organisation'),
  org('al-shabaab', ['حركة الشباب المجاهدين', 'حركة الشباب الصومالية', 'حركة الشباب'], 'al-Shabaab', ['al-Shabaab', 'Shabab'], 'terrorist organisation'),
  org('hts', ['هيئة تحرير الشام', 'جبهة النصرة'], 'Hayat Tahrir al-Sham', ['HTS', 'al-Nusra Front'], 'armed organisation'),
  org('gspc', ['الجماعة السلفية للدعوة والقتال'], 'Salafist Group for Preaching and Combat', ['GSPC'], 'terrorist organisation'),
  org('gicm', ['الجماعة الإسلامية المقاتلة المغربية'], 'Moroccan Islamic Combatant Group', ['GICM'], 'terrorist organisation'),
  org('salafia-jihadia', ['السلفية الجهادية', 'تيار السلفية الجهادية'], 'Salafia Jihadia', ['Salafia Jihadia'], 'jihadist movement'),
  org('polisario', ['جبهة البوليساريو', 'البوليساريو'], 'Polisario Front', ['Polisario'], 'separatist armed movement'),
  org('hezbollah', ['حزب الله'], 'Hezbollah', ['Hezbollah', 'Hizbullah'], 'armed organisation'),
  // more of the armed organisations the genre reports on, in the Sahel, the Maghreb and the Levant
  org('ansar-dine', ['جماعة أنصار الدين', 'أنصار الدين'], 'Ansar Dine', ['Ansar Dine', 'Ansar Eddine'], 'jihadist group'),
  org('mujao', ['حركة التوحيد والجهاد في غرب إفريقيا', 'حركة التوحيد والجهاد في غرب أفريقيا', 'حركة التوحيد والجهاد'], 'Movement for Oneness and Jihad in West Africa', ['MUJAO', 'MOJWA'], 'jihadist group'),
  org('al-mourabitoun', ['المرابطون', 'جماعة المرابطون', 'جماعة المرابطين', 'تنظيم المرابطون'], 'al-Mourabitoun', ['al-Mourabitoun', 'Al Mourabitoun'], 'jihadist group'),
  org('signatories-in-blood', ['الموقعون بالدماء', 'كتيبة الموقعون بالدماء', 'جماعة الموقعون بالدماء'], 'Those Who Sign in Blood', ['al-Muwaqqi\'un bil-Dima'], 'jihadist group'),
  org('katiba-macina', ['كتيبة ماسينا', 'جبهة تحرير ماسينا'], 'Katiba Macina', ['Katiba Macina', 'Macina Liberation Front'], 'jihadist group'),
  org('ansarul-islam', ['جماعة أنصار الإسلام', 'أنصار الإسلام'], 'Ansarul Islam', ['Ansarul Islam', 'Ansar ul Islam'], 'jihadist group'),
  org('jund-al-khilafa', ['جند الخلافة', 'جند الخلافة في أرض الجزائر'], 'Jund al-Khilafa', ['Jund al-Khilafa'], 'jihadist group'),
  org('ansar-al-sharia', ['جماعة أنصار الشريعة', 'أنصار الشريعة', 'تنظيم أنصار الشريعة'], 'Ansar al-Sharia', ['Ansar al-Sharia'], 'jihadist group'),
  org('aqap', ['تنظيم القاعدة في جزيرة العرب', 'القاعدة في جزيرة العرب'], 'al-Qaeda in the Arabian Peninsula', ['AQAP'], 'jihadist group'),
  org('iskp', ['ولاية خراسان', 'داعش خراسان', 'تنظيم داعش خراسان', 'تنظيم الدولة الإسلامية في خراسان'], 'Islamic State Khorasan Province', ['ISKP', 'IS-K', 'ISIS-K'], 'jihadist group'),
  org('sham-al-islam', ['حركة شام الإسلام', 'شام الإسلام'], 'Harakat Sham al-Islam', ['Harakat Sham al-Islam', 'Sham al-Islam'], 'jihadist group founded by Moroccans in Syria'),
  org('islamic-youth-ma', ['الشبيبة الإسلامية', 'حركة الشبيبة الإسلامية'], 'Islamic Youth (Morocco)', ['Chabiba Islamiya'], 'Moroccan Islamist movement'),
  org('sdf', ['قوات سوريا الديمقراطية', 'قسد'], 'Syrian Democratic Forces', ['SDF', 'FDS'], 'armed coalition'),
  org('gctf', ['المنتدى العالمي لمكافحة الإرهاب'], 'Global Counterterrorism Forum', ['GCTF'], 'intergovernmental forum'),
  // ── People the genre names, with the short forms the press uses ──
  person('abdellatif-hammouchi', ['عبد اللطيف الحموشي', 'عبد اللطيف حموشي', 'الحموشي'], 'Abdellatif Hammouchi', ['Hammouchi', 'Abdellatif Hammouchi'], 'Director General of the DGSN and the DGST'),
  // Moroccan news call the reigning king «جلالة الملك» and «العاهل المغربي» without his name
  person('mohammed-vi', ['الملك محمد السادس', 'جلالة الملك محمد السادس', 'محمد السادس', 'جلالة الملك', 'العاهل المغربي', 'عاهل البلاد'], 'King Mohammed VI', ['Mohammed VI'], 'King of Morocco'),
  person('habboub-cherkaoui', ['حبوب الشرقاوي', 'الشرقاوي حبوب'], 'Habboub Cherkaoui', ['Cherkaoui Habboub'], 'Former director of the BCIJ'),
  person('boubker-sabik', ['بوبكر سبيك'], 'Boubker Sabik', ['Boubker Sabik'], 'Spokesman of the DGSN'),
  person('abdelouafi-laftit', ['عبد الوافي لفتيت', 'لفتيت'], 'Abdelouafi Laftit', ['Laftit'], 'Moroccan Minister of the Interior'),
  person('abu-bakr-al-baghdadi', ['أبو بكر البغدادي'], 'Abu Bakr al-Baghdadi', ['al-Baghdadi'], 'Self-proclaimed caliph of Daesh (killed 2019)'),
  person('ayman-al-zawahiri', ['أيمن الظواهري'], 'Ayman al-Zawahiri', ['al-Zawahiri'], 'Leader of al-Qaeda (killed 2022)'),
  person('osama-bin-laden', ['أسامة بن لادن', 'بن لادن'], 'Osama bin Laden', ['Bin Laden'], 'Founder of al-Qaeda (killed 2011)'),
  person('adnan-abu-walid-al-sahrawi', ['عدنان أبو وليد الصحراوي', 'أبو وليد الصحراوي'], 'Adnan Abu Walid al-Sahrawi', ['al-Sahrawi'], 'Founder of the Islamic State in the Greater Sahara (killed 2021)'),
  person('abdelmalek-droukdel', ['عبد المالك دروكدال', 'دروكدال'], 'Abdelmalek Droukdel', ['Droukdel'], 'Leader of AQIM (killed 2020)'),
  // Moroccan officials the genre quotes (a surname that is also an everyday word, «حصاد», «الخيام», is left out)
  person('nasser-bourita', ['ناصر بوريطة', 'بوريطة'], 'Nasser Bourita', ['Bourita'], 'Moroccan Minister of Foreign Affairs'),
  person('mohamed-hassad', ['محمد حصاد'], 'Mohamed Hassad', ['Hassad'], 'Moroccan Minister of the Interior (2013–2017)'),
  person('abdellatif-ouahbi', ['عبد اللطيف وهبي', 'وهبي'], 'Abdellatif Ouahbi', ['Ouahbi'], 'Moroccan Minister of Justice'),
  person('el-hassan-daki', ['الحسن الداكي', 'الداكي'], 'El Hassan Daki', ['Daki'], 'Crown Prosecutor General at the Court of Cassation, head of the Public Prosecution'),
  person('mohamed-abdennabaoui', ['محمد عبد النباوي', 'عبد النباوي'], 'Mohamed Abdennabaoui', ['Abdennabaoui'], 'First President of the Court of Cassation'),
  person('abdelhak-el-khiam', ['عبد الحق الخيام'], 'Abdelhak El Khiam', ['El Khiam'], 'First director of the BCIJ'),
  person('charki-draiss', ['الشرقي اضريس', 'الشرقي الضريس'], 'Charki Draiss', ['Draiss'], 'Former Director General of the DGSN'),
  person('mustapha-baitas', ['مصطفى بايتاس', 'بايتاس'], 'Mustapha Baitas', ['Baitas'], 'Moroccan government spokesperson'),
  person('aziz-akhannouch', ['عزيز أخنوش', 'أخنوش'], 'Aziz Akhannouch', ['Akhannouch'], 'Head of the Moroccan Government'),
  person('mohamed-dkhissi', ['محمد الدخيسي', 'الدخيسي'], 'Mohamed Dkhissi', ['Dkhissi'], 'Director of the Judicial Police (DGSN)'),
  // their counterparts abroad
  person('fernando-grande-marlaska', ['فرناندو غراندي مارلاسكا', 'غراندي مارلاسكا', 'مارلاسكا'], 'Fernando Grande-Marlaska', ['Grande-Marlaska', 'Marlaska'], 'Spanish Minister of the Interior'),
  person('pedro-sanchez', ['بيدرو سانشيز', 'سانشيز'], 'Pedro Sánchez', ['Sánchez', 'Sanchez'], 'Prime Minister of Spain'),
  person('gerald-darmanin', ['جيرالد دارمانان', 'جيرالد دارمانين', 'دارمانان', 'دارمانين'], 'Gérald Darmanin', ['Darmanin'], 'French Minister of the Interior (2020–2024)'),
  person('bruno-retailleau', ['برونو روتايو', 'روتايو'], 'Bruno Retailleau', ['Retailleau'], 'French Minister of the Interior (2024–)'),
  person('bernard-cazeneuve', ['برنار كازنوف', 'كازنوف'], 'Bernard Cazeneuve', ['Cazeneuve'], 'French Minister of the Interior (2014–2016)'),
  person('emmanuel-macron', ['إيمانويل ماكرون', 'إيمانويل ماكرون', 'ماكرون'], 'Emmanuel Macron', ['Macron'], 'President of France'),
  person('francois-hollande', ['فرانسوا هولاند', 'فرنسوا هولاند'], 'François Hollande', ['Hollande'], 'President of France (2012–2017)'),
  person('antony-blinken', ['أنتوني بلينكن', 'بلينكن'], 'Antony Blinken', ['Blinken'], 'US Secretary of State (2021–2025)'),
  person('donald-trump', ['دونالد ترامب', 'ترامب'], 'Donald Trump', ['Trump'], 'President of the United States'),
  person('joe-biden', ['جو بايدن', 'بايدن'], 'Joe Biden', ['Biden'], 'President of the United States (2021–2025)'),
  // leaders of the organisations the genre reports on
  person('iyad-ag-ghaly', ['إياد أغ غالي', 'إياد آغ غالي', 'أغ غالي'], 'Iyad Ag Ghaly', ['Ag Ghaly', 'Iyad Ag Ghali'], 'Leader of JNIM, founder of Ansar Dine'),
  person('amadou-koufa', ['أمادو كوفا', 'أحمدو كوفا', 'كوفا'], 'Amadou Koufa', ['Koufa'], 'Leader of the Katiba Macina'),
  person('mokhtar-belmokhtar', ['مختار بلمختار', 'بلمختار'], 'Mokhtar Belmokhtar', ['Belmokhtar'], 'Founder of al-Mourabitoun'),
  person('abubakar-shekau', ['أبو بكر شيكاو', 'أبوبكر شيكاو', 'شيكاو'], 'Abubakar Shekau', ['Shekau'], 'Leader of Boko Haram (killed 2021)'),
  person('abu-ibrahim-al-hashimi', ['أبو إبراهيم الهاشمي القرشي'], 'Abu Ibrahim al-Hashimi al-Qurashi', ['Abu Ibrahim al-Qurashi'], 'Leader of Daesh (killed 2022)'),
  person('abu-al-hassan-al-hashimi', ['أبو الحسن الهاشمي القرشي'], 'Abu al-Hassan al-Hashimi al-Qurashi', ['Abu al-Hassan al-Qurashi'], 'Leader of Daesh (killed 2022)'),
  person('abu-hafs-al-hashimi', ['أبو حفص الهاشمي القرشي'], 'Abu Hafs al-Hashimi al-Qurashi', ['Abu Hafs al-Qurashi'], 'Leader of Daesh (2023–)'),
  person('abu-mohammad-al-adnani', ['أبو محمد العدناني', 'العدناني'], 'Abu Mohammad al-Adnani', ['al-Adnani'], 'Spokesman of Daesh (killed 2016)'),
  person('abu-mohammad-al-julani', ['أبو محمد الجولاني', 'الجولاني'], 'Abu Mohammad al-Julani', ['al-Julani', 'al-Jolani'], 'Leader of Hayat Tahrir al-Sham'),
  person('abu-musab-al-zarqawi', ['أبو مصعب الزرقاوي', 'الزرقاوي'], 'Abu Musab al-Zarqawi', ['al-Zarqawi'], 'Founder of al-Qaeda in Iraq (killed 2006)'),
  person('abu-ubaydah-al-annabi', ['أبو عبيدة يوسف العنابي', 'يوسف العنابي', 'أبو عبيدة العنابي'], 'Abu Ubaydah Yusuf al-Annabi', ['al-Annabi'], 'Leader of AQIM (2020–)'),
  person('saif-al-adel', ['سيف العدل'], 'Saif al-Adel', ['Saif al-Adl'], 'Senior leader of al-Qaeda'),
  person('abdelhamid-abaaoud', ['عبد الحميد أباعود', 'أباعود'], 'Abdelhamid Abaaoud', ['Abaaoud'], 'Coordinator of the November 2015 Paris attacks (killed 2015)'),
  person('salah-abdeslam', ['صلاح عبد السلام'], 'Salah Abdeslam', ['Abdeslam'], 'Surviving member of the November 2015 Paris attacks cell'),
];
