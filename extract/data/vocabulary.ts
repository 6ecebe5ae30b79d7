/**
 * The genre's vocabulary: the words by which Moroccan security news introduces each kind of entity, the
 * trigger words of its events, and the everyday words that make a name generic. Every list is written for the
 * language and the genre (a verb with its forms and synonyms, a head noun with its plural), never copied
 * from an article. Compiled for Sila; the project's licence.
 */

/** Heads of agency and institution names; the name runs on over the definite words that follow. */
export const AGENCY_HEADS: readonly string[] = [
  'وزارة', 'الوزارة', 'المديرية العامة', 'المديرية الجهوية', 'المديرية الإقليمية', 'المديرية', 'مديرية', 'الإدارة العامة',
  'المكتب المركزي', 'المكتب الوطني', 'الفرقة الوطنية', 'الفرقة الجهوية', 'الفرقة', 'فرقة', 'المصلحة', 'مصلحة', 'المصالح الأمنية',
  'المصالح الاستخباراتية', 'مصالح الأمن', 'المصالح', 'الأجهزة الأمنية', 'الأجهزة الاستخباراتية', 'أجهزة الأمن', 'الأجهزة الاستخباراتية والأمنية',
  'الشرطة', 'شرطة', 'الشرطة القضائية', 'الدرك', 'الحرس', 'النيابة العامة', 'النيابة',
  'المحكمة', 'محكمة', 'غرفة الجنايات', 'السلطات', 'سلطات', 'السلطات المحلية', 'القوات', 'قوات', 'الجيش', 'جيش', 'جيوش', 'الجيوش', 'الاستخبارات', 'المخابرات',
  'جهاز', 'ولاية أمن', 'المنطقة الإقليمية للأمن', 'المنطقة الأمنية', 'مفوضية الشرطة', 'المفوضية', 'الأمن الإقليمي', 'الأمن الجهوي',
  'وكالة', 'الوكالة', 'الهيئة', 'هيئة', 'المجلس', 'مجلس', 'اللجنة', 'لجنة', 'الحكومة', 'السفارة', 'القنصلية', 'البرلمان', 'الرابطة',
  'المندوبية العامة', 'المندوبية', 'مختبرات', 'المختبر', 'مختبر', 'الخلية المركزية', 'الديوان', 'ملحقة', 'الغرفة', 'هيئة الحكم',
];

/** Heads of organisation names; a name must follow (quoted, definite words, or a lexicon name). */
export const ORGANIZATION_HEADS: readonly string[] = ['تنظيم', 'جماعة', 'حركة', 'جبهة', 'كتيبة', 'سرية', 'ولاية', 'فرع'];
/** Plural heads of collective organisations: «التنظيمات الإرهابية», «الجماعات المتطرفة», «شبكات الجريمة المنظمة». */
export const ORGANIZATION_PLURALS: readonly string[] = ['التنظيمات', 'تنظيمات', 'الجماعات', 'جماعات', 'الشبكات', 'شبكات', 'المليشيات', 'الميليشيات', 'مليشيات', 'الحركات'];
/** «ما يسمى بـ», «ما يعرف بـ», «المسمى», «المسماة», «الملقب بـ»: a name follows. */
export const NAMING_PHRASES: readonly string[] = ['ما يسمى', 'ما يعرف', 'ما تسمى', 'ما يطلق عليه', 'المسمى', 'المسماة', 'الملقب', 'الملقبة', 'المعروف', 'المعروفة', 'تطلق على نفسها', 'يطلق على نفسه', 'حمل اسم', 'يحمل اسم', 'تحمل اسم', 'حملت اسم'];

/** Adjectives of extremism that qualify a cell, a group or an organisation without naming it. */
export const EXTREMIST_ADJECTIVES: readonly string[] = [
  'إرهابية', 'الإرهابية', 'إرهابي', 'الإرهابي', 'متطرفة', 'المتطرفة', 'المتطرف', 'متطرف', 'جهادية', 'الجهادية', 'الجهادي', 'نائمة',
  'النائمة', 'تكفيرية', 'التكفيرية', 'داعشية', 'الداعشية', 'مسلحة', 'المسلحة', 'الانفصالية', 'انفصالية', 'المنظمة', 'الإجرامية', 'إجرامية',
];

/** Cells. */
export const CELL_SINGULAR: readonly string[] = ['خلية', 'الخلية', 'شبكة', 'الشبكة'];
export const CELL_PLURAL: readonly string[] = ['خلايا', 'الخلايا'];
/** Ordinals that single out one cell: «أول خلية», «آخر خلية». */
export const ORDINALS: Readonly<Record<string, string>> = { اول: 'first', ثاني: 'second', ثالث: 'third', اخر: 'last' };

/** Demonstratives: «هذه الخلية», «تلك العملية», «هذا التنظيم» point back to an entity already met. */
export const DEMONSTRATIVES: readonly string[] = ['هذه', 'هذا', 'تلك', 'ذلك', 'هاته', 'هذان', 'هاتان', 'هؤلاء', 'أولئك'];

/** Titles and roles that introduce a person; `leader`: the person leads what follows. */
/** `nameOnly`: the title makes a person only with a name after it (alone it points back: «المتهم» is the suspect). */
/** `adjective`: the word is also an adjective of the noun before it («التيار الجهادي»). */
export const PERSON_TITLES: readonly { ar: string; en: string; leader?: boolean; relative?: boolean; named?: boolean; nameOnly?: boolean; adjective?: boolean }[] = [
  { ar: 'المدير العام', en: 'Director General', leader: true, named: true },
  { ar: 'مدير', en: 'Director', leader: true, named: true },
  { ar: 'المدير', en: 'Director', leader: true, named: true },
  { ar: 'مديرها', en: 'its Director', leader: true, named: true },
  { ar: 'جلالة الملك', en: 'King', leader: true, named: true },
  { ar: 'الملك', en: 'King', leader: true, named: true },
  { ar: 'وزير', en: 'Minister', leader: true, named: true },
  { ar: 'الوزير', en: 'Minister', leader: true, named: true },
  { ar: 'رئيس', en: 'Head', leader: true, named: true },
  { ar: 'الناطق الرسمي', en: 'Spokesperson', named: true },
  // officials of the courts are people, not the institution they serve («أحيل على قاضي التحقيق»)
  { ar: 'الوكيل العام للملك', en: 'Crown Prosecutor General', named: true },
  { ar: 'الوكيل العام', en: 'Prosecutor General', named: true },
  { ar: 'وكيل الملك', en: 'Crown Prosecutor', named: true },
  { ar: 'قاضي التحقيق', en: 'Investigating judge', named: true },
  { ar: 'قاضية التحقيق', en: 'Investigating judge', named: true },
  { ar: 'والي الأمن', en: 'Security Prefect', named: true },
  { ar: 'والي', en: 'Governor', named: true },
  { ar: 'عامل', en: 'Governor (province)', named: true },
  { ar: 'زعيم', en: 'Leader', leader: true },
  { ar: 'زعيمها', en: 'its Leader', leader: true },
  { ar: 'زعيمهم', en: 'their Leader', leader: true },
  { ar: 'الزعيم', en: 'Leader', leader: true },
  { ar: 'أمير', en: 'Emir', leader: true },
  { ar: 'الأمير', en: 'Emir', leader: true },
  { ar: 'قائد', en: 'Commander', leader: true },
  { ar: 'القائد', en: 'Commander', leader: true },
  // «بزعامة إياد أغ غالي», «تحت زعامة …»: the leadership of someone named next (facts.ts reads it as led by)
  { ar: 'زعامة', en: 'Leadership', named: true },
  { ar: 'قيادي', en: 'Senior member', named: true },
  { ar: 'القيادي', en: 'Senior member', named: true },
  { ar: 'مؤسس', en: 'Founder', leader: true },
  { ar: 'العقل المدبر', en: 'Mastermind', leader: true },
  { ar: 'خليفة', en: 'Caliph', leader: true },
  { ar: 'الخليفة', en: 'Caliph', leader: true },
  { ar: 'الرئيس', en: 'President', leader: true, named: true },
  { ar: 'المنسق الرئيسي', en: 'Main coordinator', leader: true },
  { ar: 'المنسق', en: 'Coordinator', leader: true },
  { ar: 'منسق', en: 'Coordinator', leader: true }, { ar: 'منسقا', en: 'Coordinator', leader: true },
  { ar: 'المواطن', en: 'National', named: true }, { ar: 'المواطنة', en: 'National', named: true },
  { ar: 'مواطن', en: 'National', named: true }, { ar: 'مواطنة', en: 'National', named: true },
  { ar: 'الطالب', en: 'Student', named: true }, { ar: 'الطالبة', en: 'Student', named: true },
  { ar: 'الجندي', en: 'Soldier', named: true }, { ar: 'جندي', en: 'Soldier', named: true },
  { ar: 'العسكري', en: 'Serviceman', named: true }, { ar: 'الإمام', en: 'Imam', named: true },
  { ar: 'الصحفي', en: 'Journalist', named: true }, { ar: 'السائح', en: 'Tourist', named: true }, { ar: 'السائحة', en: 'Tourist', named: true },
  { ar: 'الشاب', en: 'Young man', named: true }, { ar: 'الشابة', en: 'Young woman', named: true },
  { ar: 'المتهم', en: 'Defendant', named: true, nameOnly: true }, { ar: 'المعتقل', en: 'Detainee', named: true, nameOnly: true },
  // what the genre calls a militant before his name («الجهادي الفرنسي فابيان كلان»): a person only with the name
  { ar: 'الجهادي', en: 'Jihadist', named: true, nameOnly: true, adjective: true }, { ar: 'الانتحاري', en: 'Suicide bomber', named: true, nameOnly: true, adjective: true },
  { ar: 'الداعشي', en: 'Daesh member', named: true, nameOnly: true, adjective: true }, { ar: 'المقاتل', en: 'Fighter', named: true, nameOnly: true, adjective: true },
  { ar: 'الإرهابي', en: 'Terrorist', named: true, nameOnly: true, adjective: true }, { ar: 'المتطرف', en: 'Extremist', named: true, nameOnly: true, adjective: true },
  { ar: 'المحامي', en: 'Lawyer', named: true }, { ar: 'القاضي', en: 'Judge', named: true }, { ar: 'الداعية', en: 'Preacher', named: true },
  // officials and diplomats the genre quotes or thanks by their office («السفيرة الأمريكية بالرباط», «رئيسة الحكومة»)
  { ar: 'السفير', en: 'Ambassador', named: true }, { ar: 'السفيرة', en: 'Ambassador', named: true }, { ar: 'سفير', en: 'Ambassador', named: true }, { ar: 'سفيرة', en: 'Ambassador', named: true },
  { ar: 'القنصل', en: 'Consul', named: true }, { ar: 'القنصل العام', en: 'Consul General', named: true },
  { ar: 'الوزيرة', en: 'Minister', leader: true, named: true }, { ar: 'وزيرة', en: 'Minister', leader: true, named: true },
  { ar: 'رئيسة', en: 'Head', leader: true, named: true }, { ar: 'المديرة', en: 'Director', leader: true, named: true }, { ar: 'مديرة', en: 'Director', leader: true, named: true },
  { ar: 'المتحدث باسم', en: 'Spokesperson', named: true }, { ar: 'المتحدثة باسم', en: 'Spokesperson', named: true }, { ar: 'الناطقة الرسمية', en: 'Spokesperson', named: true },
  { ar: 'المستشار', en: 'Adviser', named: true }, { ar: 'مستشار', en: 'Adviser', named: true },
  { ar: 'كاتب الدولة', en: 'Secretary of State', leader: true, named: true }, { ar: 'المفوض', en: 'Commissioner', named: true },
  { ar: 'المدعي العام', en: 'Public prosecutor', named: true }, { ar: 'النائب العام', en: 'Public prosecutor', named: true },
  { ar: 'المحامية', en: 'Lawyer', named: true }, { ar: 'القاضية', en: 'Judge', named: true },
  { ar: 'الضابط', en: 'Officer', named: true }, { ar: 'ضابط', en: 'Officer', named: true },
  { ar: 'الطبيب', en: 'Doctor', named: true }, { ar: 'الأستاذ', en: 'Teacher', named: true }, { ar: 'التاجر', en: 'Trader', named: true },
  { ar: 'شرطي', en: 'Police officer' },
  // people of the case by their part in it, unnamed («وسيط مقيم في ليبيا», «امرأة من جنسية بلجيكية»)
  { ar: 'وسيط', en: 'Intermediary' }, { ar: 'الوسيط', en: 'Intermediary' }, { ar: 'ممول', en: 'Financier' },
  { ar: 'مهرب', en: 'Smuggler' }, { ar: 'مرافقة', en: 'Companion' }, { ar: 'مرافقته', en: 'Companion' },
  { ar: 'مرافقها', en: 'Companion' }, { ar: 'امرأة', en: 'Woman' }, { ar: 'رجل', en: 'Man' },
  { ar: 'طالبة', en: 'Student' },
  { ar: 'دركي', en: 'Gendarme' },
  { ar: 'شقيق', en: 'Brother', relative: true },
  { ar: 'شقيقة', en: 'Sister', relative: true },
  { ar: 'أخ', en: 'Brother', relative: true },
  { ar: 'ابن', en: 'Son', relative: true },
  { ar: 'نجل', en: 'Son', relative: true },
  { ar: 'زوج', en: 'Husband', relative: true },
  { ar: 'زوجة', en: 'Wife', relative: true },
  { ar: 'والد', en: 'Father', relative: true },
  { ar: 'والدة', en: 'Mother', relative: true },
  { ar: 'أخت', en: 'Sister', relative: true }, { ar: 'عم', en: 'Uncle', relative: true }, { ar: 'خال', en: 'Uncle', relative: true },
  { ar: 'صهر', en: 'Brother-in-law', relative: true }, { ar: 'ابنة', en: 'Daughter', relative: true }, { ar: 'ابن عم', en: 'Cousin', relative: true },
];
/** «أحد المقاتلين», «إحدى المتطرفات»: one person of a plural. */
export const ONE_OF: readonly string[] = ['أحد', 'إحدى', 'احد', 'احدى'];

/** Given names and name particles that start a person's name (a name shape: given name + 1–3 more words). */
export const GIVEN_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'عبد', 'عبدالله', 'عبد الله', 'يوسف', 'إبراهيم', 'ابراهيم', 'عمر', 'علي', 'حسن', 'حسين', 'خالد', 'سعيد', 'رشيد', 'مصطفى',
  'عبد الرحمن', 'عبد الكريم', 'عبد اللطيف', 'عبد الحق', 'عبد الرحيم', 'عبد العزيز', 'عبد الإله', 'عبد الصمد', 'عبد الحميد', 'عبد القادر',
  'عبد المجيد', 'عبد الواحد', 'عبد الغني', 'عبد السلام', 'عبد النبي', 'عبد الجليل', 'عبد العالي', 'عبد المالك', 'عبد الحكيم',
  'يونس', 'أيوب', 'إسماعيل', 'اسماعيل', 'هشام', 'كريم', 'نبيل', 'جمال', 'كمال', 'عادل', 'طارق', 'أنس', 'أسامة', 'حمزة', 'زكرياء', 'زكريا',
  'بلال', 'سفيان', 'عثمان', 'إدريس', 'ادريس', 'المهدي', 'مهدي', 'نور الدين', 'نورالدين', 'صلاح الدين', 'عز الدين', 'جلال', 'منير', 'سمير',
  'نجيب', 'مراد', 'ياسين', 'ياسين', 'أمين', 'هاشم', 'لحسن', 'الحسن', 'الحسين', 'محسن', 'بوشعيب', 'الطيب', 'العربي', 'الحبيب', 'عزيز',
  'فاطمة', 'خديجة', 'مريم', 'عائشة', 'زينب', 'سعاد', 'نادية', 'أمينة', 'حسناء', 'سناء', 'هند', 'ليلى', 'حياة', 'نعيمة', 'لطيفة',
  'أبو', 'أبي', 'ابن', 'بن', 'مولاي', 'سيدي', 'الشيخ',
  // more of the given names of Morocco and the Arab world (those that are everyday words too need a title or «بن»:
  // AMBIGUOUS_GIVEN in cues/people.ts)
  'ناصر', 'حكيم', 'وليد', 'خليل', 'زهير', 'ربيع', 'رضوان', 'رضا', 'سليمان', 'سلمان', 'صالح', 'صلاح', 'طه', 'عماد', 'عصام', 'فيصل', 'فؤاد',
  'فريد', 'فهد', 'قاسم', 'ماجد', 'مالك', 'محمود', 'مروان', 'معاذ', 'منصور', 'موسى', 'نزار', 'نصر', 'هارون', 'وائل', 'ياسر', 'يحيى', 'يزيد',
  'أشرف', 'أكرم', 'أيمن', 'أنور', 'بدر', 'بشير', 'توفيق', 'جواد', 'حاتم', 'حامد', 'حميد', 'رامي', 'زياد', 'سامي', 'سعد',
  'شكيب', 'شريف', 'علاء', 'عمار', 'غسان', 'فاروق', 'لطفي', 'مبارك', 'هاني', 'إسحاق', 'حسام', 'عمران', 'قيس', 'ميلود', 'مختار',
  'يعقوب', 'عيسى', 'أسامة', 'أنس', 'مصعب', 'حذيفة', 'صهيب', 'عبيدة', 'أمين',
  'عبد الوافي', 'عبد الوهاب', 'عبد الرزاق', 'عبد الفتاح', 'عبد الباسط', 'عبد الجبار', 'عبد الناصر', 'عبد الخالق', 'عبد الهادي', 'عبد الكبير',
  'عبد الرؤوف', 'عبد الغفور', 'عبد المنعم', 'عبد الحفيظ', 'عبد الرحمان', 'عبد اللطيف', 'عبد الإله', 'عبد الودود', 'عبد الباقي',
  'سيف الدين', 'شمس الدين', 'بدر الدين', 'خير الدين', 'تقي الدين', 'جمال الدين', 'محيي الدين', 'حسام الدين', 'علاء الدين', 'محمد أمين',
  'سلمى', 'سارة', 'نوال', 'نجاة', 'سميرة', 'كريمة', 'رشيدة', 'حليمة', 'مليكة', 'فتيحة', 'وفاء', 'إيمان', 'أسماء', 'هدى', 'لبنى', 'بشرى',
  'سهام', 'جميلة', 'زهرة', 'رقية', 'سكينة', 'نزهة', 'ثريا', 'خولة', 'دنيا', 'شيماء', 'أميمة', 'هاجر', 'صفاء', 'منى', 'أمل',
];

/** Plural nouns of people: with a count they make a group («12 متطرفا», «أربعة عناصر»). */
export const PEOPLE_PLURALS: readonly { ar: string; en: string }[] = [
  { ar: 'متطرفا', en: 'extremists' }, { ar: 'متطرفين', en: 'extremists' }, { ar: 'متطرفون', en: 'extremists' }, { ar: 'المتطرفين', en: 'extremists' },
  { ar: 'عنصرا', en: 'members' }, { ar: 'عناصر', en: 'members' }, { ar: 'العناصر', en: 'members' },
  { ar: 'شخصا', en: 'people' }, { ar: 'أشخاص', en: 'people' }, { ar: 'الأشخاص', en: 'people' }, { ar: 'شخصين', en: 'people' },
  { ar: 'فردا', en: 'individuals' }, { ar: 'أفراد', en: 'individuals' }, { ar: 'أفرادا', en: 'individuals' },
  { ar: 'مشتبها', en: 'suspects' }, { ar: 'مشتبها فيهم', en: 'suspects' }, { ar: 'مشتبه فيهم', en: 'suspects' }, { ar: 'مشتبهين', en: 'suspects' },
  { ar: 'موقوفين', en: 'detainees' }, { ar: 'موقوفا', en: 'detainees' }, { ar: 'معتقلين', en: 'detainees' }, { ar: 'معتقلا', en: 'detainees' },
  { ar: 'معتقلون', en: 'detainees' }, { ar: 'إرهابيا', en: 'terrorists' }, { ar: 'إرهابيين', en: 'terrorists' }, { ar: 'جهاديا', en: 'jihadists' },
  { ar: 'جهاديين', en: 'jihadists' }, { ar: 'مقاتلا', en: 'fighters' }, { ar: 'مقاتلين', en: 'fighters' }, { ar: 'مقاتلون', en: 'fighters' },
  { ar: 'شابا', en: 'young men' }, { ar: 'شبان', en: 'young men' }, { ar: 'أعضاء', en: 'members' }, { ar: 'عضوا', en: 'members' },
  { ar: 'متهما', en: 'defendants' }, { ar: 'متهمين', en: 'defendants' }, { ar: 'قاصرين', en: 'minors' }, { ar: 'قاصرا', en: 'minors' },
  { ar: 'مقاتل', en: 'fighters' }, { ar: 'شخص', en: 'people' }, { ar: 'عنصر', en: 'members' }, { ar: 'متطرف', en: 'extremists' }, { ar: 'معتقل', en: 'detainees' }, { ar: 'امرأة', en: 'women' }, { ar: 'نساء', en: 'women' }, { ar: 'سيدات', en: 'women' }, { ar: 'مواطنين', en: 'citizens' }, { ar: 'مغاربة', en: 'Moroccans' },
  { ar: 'مشتبه فيه', en: 'suspects' }, { ar: 'مشتبها فيه', en: 'suspects' }, { ar: 'متهم', en: 'defendants' }, { ar: 'قتيلا', en: 'dead' }, { ar: 'قتلى', en: 'dead' },
  { ar: 'ضحية', en: 'victims' }, { ar: 'جريحا', en: 'wounded' }, { ar: 'جرحى', en: 'wounded' }, { ar: 'مجندا', en: 'recruits' }, { ar: 'مجندين', en: 'recruits' }, { ar: 'متطوعين', en: 'volunteers' }, { ar: 'متطوعا', en: 'volunteers' }, { ar: 'شقيقا', en: 'brothers' }, { ar: 'أشقاء', en: 'brothers' }, { ar: 'قياديي', en: 'leaders' },
  // the victims of attacks in the Sahel and elsewhere («مقتل 21 جنديا», «مئات المدنيين»)
  { ar: 'جنديا', en: 'soldiers (dead)' }, { ar: 'جنود', en: 'soldiers (dead)' }, { ar: 'جنديين', en: 'soldiers (dead)' }, { ar: 'الجنود', en: 'soldiers (dead)' },
  { ar: 'عسكريا', en: 'soldiers (dead)' }, { ar: 'عسكريين', en: 'soldiers (dead)' }, { ar: 'العسكريين', en: 'soldiers (dead)' },
  { ar: 'مدنيا', en: 'civilians' }, { ar: 'مدنيين', en: 'civilians' }, { ar: 'المدنيين', en: 'civilians' },
  { ar: 'انتحاريا', en: 'suicide bombers' }, { ar: 'انتحاريين', en: 'suicide bombers' }, { ar: 'انتحاريون', en: 'suicide bombers' }, { ar: 'مسلحين', en: 'gunmen' }, { ar: 'مسلحا', en: 'gunmen' },
  // broken plurals and kinship nouns of people the genre counts («أربعة إخوة», «خمسة طلبة», «ثلاثة من أتباعه»)
  { ar: 'إخوة', en: 'brothers' }, { ar: 'أخوين', en: 'brothers' }, { ar: 'شقيقين', en: 'brothers' }, { ar: 'أبناء', en: 'sons' }, { ar: 'أقارب', en: 'relatives' },
  { ar: 'طلبة', en: 'students' }, { ar: 'طلاب', en: 'students' }, { ar: 'تلاميذ', en: 'pupils' }, { ar: 'عمال', en: 'workers' }, { ar: 'رجال', en: 'men' },
  { ar: 'شباب', en: 'young people' }, { ar: 'شبانا', en: 'young men' }, { ar: 'شبابا', en: 'young people' }, { ar: 'فتيات', en: 'young women' }, { ar: 'أطفال', en: 'children' }, { ar: 'قاصرات', en: 'minors' },
  { ar: 'أتباع', en: 'followers' }, { ar: 'موالين', en: 'loyalists' }, { ar: 'مناصرين', en: 'supporters' },
  { ar: 'سجناء', en: 'prisoners' }, { ar: 'معتقلات', en: 'women detainees' }, { ar: 'مهاجرين', en: 'migrants' }, { ar: 'لاجئين', en: 'refugees' },
  { ar: 'رعايا', en: 'nationals' }, { ar: 'سياح', en: 'tourists' }, { ar: 'أجانب', en: 'foreigners' }, { ar: 'مواطنا', en: 'citizens' },
  { ar: 'أئمة', en: 'imams' }, { ar: 'موظفين', en: 'employees' }, { ar: 'ضباط', en: 'officers' }, { ar: 'قياديين', en: 'leaders' },
  { ar: 'مسافرين', en: 'travellers' }, { ar: 'رهائن', en: 'hostages' }, { ar: 'مختطفين', en: 'abductees' }, { ar: 'مطلوبين', en: 'wanted men' },
  { ar: 'شرطيا', en: 'police officers (dead)' }, { ar: 'دركيا', en: 'gendarmes (dead)' }, { ar: 'سائحا', en: 'tourists' }, { ar: 'سائحين', en: 'tourists' },
];
/**
 * Plurals of people named by what they do or are to someone («مسؤولين أمنيين», «شركائها الدوليين», «وسطاء», «سكانا»):
 * without a count they still make a group when they stand as an argument. Possessive forms are spelled out, as the
 * suffix changes the hamza («شركاء» → «شركائها») or drops the «ن» («مسؤولين» → «مسؤوليها»).
 */
const ROLE_PLURAL_STEMS: readonly { ar: string; en: string }[] = [
  { ar: 'مسؤولين', en: 'officials' }, { ar: 'مسؤولون', en: 'officials' }, { ar: 'شركاء', en: 'partners' }, { ar: 'وسطاء', en: 'intermediaries' },
  { ar: 'سكان', en: 'residents' }, { ar: 'سكانا', en: 'residents' }, { ar: 'قادة', en: 'leaders' }, { ar: 'زعماء', en: 'leaders' },
  { ar: 'عملاء', en: 'agents' }, { ar: 'نشطاء', en: 'activists' }, { ar: 'دعاة', en: 'preachers' }, { ar: 'مهربين', en: 'smugglers' },
  { ar: 'مهربون', en: 'smugglers' }, { ar: 'ممولين', en: 'financiers' }, { ar: 'محرضين', en: 'inciters' },
  { ar: 'محققين', en: 'investigators' }, { ar: 'محققون', en: 'investigators' }, { ar: 'دبلوماسيين', en: 'diplomats' }, { ar: 'حراس', en: 'guards' },
  { ar: 'مستشارين', en: 'advisers' }, { ar: 'رفاق', en: 'companions' },
  { ar: 'مرافقين', en: 'companions' }, { ar: 'منفذين', en: 'perpetrators' }, { ar: 'مهاجمين', en: 'attackers' }, { ar: 'مسلحون', en: 'gunmen' },
  { ar: 'مقربين', en: 'associates' }, { ar: 'معارف', en: 'acquaintances' }, { ar: 'قضاة', en: 'judges' }, { ar: 'محامين', en: 'lawyers' },
];
const POSSESSIVES = ['ها', 'هم', 'ه'];
function possessiveForms(ar: string): string[] {
  if (ar.endsWith('اء')) return POSSESSIVES.map((p) => `${ar.slice(0, -1)}ئ${p}`);
  if (ar.endsWith('ين')) return POSSESSIVES.map((p) => `${ar.slice(0, -1)}${p}`);
  if (ar.endsWith('ون') || ar.endsWith('ا')) return [];
  return POSSESSIVES.map((p) => `${ar}${p}`);
}
export const ROLE_PLURALS: readonly { ar: string; en: string; possessive: boolean }[] = ROLE_PLURAL_STEMS.flatMap((t) => [
  { ...t, possessive: false },
  ...possessiveForms(t.ar).map((ar) => ({ ar, en: t.en, possessive: true })),
]);
/** Singular people among PEOPLE_PLURALS' words: qualified («عنصر متطرف»), they are one person, not a group. */
export const PEOPLE_SINGULARS: readonly string[] = ['عنصر', 'شخص', 'متطرف', 'معتقل', 'مقاتل', 'متهم', 'امرأة', 'مشتبه فيه'];
/** Words that point back to the suspects of the article: «المشتبه فيهم», «الموقوفين», «أعضاء الخلية». */
export const SUSPECT_ANAPHORS: readonly string[] = [
  'المشتبه فيهم', 'المشتبه بهم', 'المشتبه فيهما', 'الموقوفين', 'الموقوفون', 'الموقوفان', 'الموقوفين الأربعة', 'المتهمين', 'المتهمون',
  'المعتقلين', 'المعتقلون', 'أعضاء الخلية', 'أعضاء هذه الخلية', 'عناصر الخلية', 'عناصر هذه الخلية', 'أفراد الخلية', 'أفراد هذه الخلية',
  'المتورطين', 'المتورطون', 'المتطرفين', 'المتطرفون', 'هؤلاء', 'المشتبه فيهم الموقوفين', 'باقي الأعضاء', 'باقي المتهمين', 'بقية المتهمين', 'باقي الموقوفين',
  ...['أعضاء', 'عناصر', 'أفراد'].flatMap((w) => [`${w} الخلية`, `${w} هذه الخلية`, `${w} الشبكة`, `${w} هذه الشبكة`]),
];
/** Collective groups of people the genre names («المقاتلين المغاربة», «رجال الأمن», «المجتمع الدولي»). */
export const COLLECTIVE_HEADS: readonly { ar: string; en: string }[] = [
  { ar: 'المقاتلين', en: 'fighters' }, { ar: 'المقاتلون', en: 'fighters' }, { ar: 'أمراء الحرب', en: 'warlords' }, { ar: 'رجال', en: 'officers' },
  { ar: 'المواطنين', en: 'citizens' }, { ar: 'المواطنون', en: 'citizens' }, { ar: 'الأبرياء', en: 'innocents' }, { ar: 'الضحايا', en: 'victims' },
  { ar: 'الرأي العام', en: 'public opinion' }, { ar: 'المجتمع الدولي', en: 'international community' }, { ar: 'معتقلين سابقين', en: 'former detainees' },
  { ar: 'معتقلون سابقون', en: 'former detainees' }, { ar: 'المعتقلين السابقين', en: 'former detainees' }, { ar: 'العائدين', en: 'returnees' },
  { ar: 'المقاتلين الأجانب', en: 'foreign fighters' },
  // definite participles the genre names people by after what was done to them
  { ar: 'المرحلين', en: 'repatriated' }, { ar: 'المرحلون', en: 'repatriated' }, { ar: 'المجندين', en: 'recruits' }, { ar: 'المجندون', en: 'recruits' },
  { ar: 'المدانين', en: 'convicts' }, { ar: 'المدانون', en: 'convicts' }, { ar: 'المحكومين', en: 'convicts' }, { ar: 'المحكوم عليهم', en: 'convicts' }, { ar: 'الذئاب المنفردة', en: 'lone wolves' }, { ar: 'متطرفين موالين', en: 'loyal extremists' },
  { ar: 'العائدون', en: 'returnees' }, { ar: 'عائدون', en: 'returnees' }, { ar: 'عائدين', en: 'returnees' },
  // definite plurals of people the genre names as a whole («النساء والأطفال العالقين», «الجهاديين الأجانب»)
  { ar: 'النساء', en: 'women' }, { ar: 'الأطفال', en: 'children' }, { ar: 'القاصرين', en: 'minors' }, { ar: 'الجهاديين', en: 'jihadists' },
  { ar: 'السجناء', en: 'prisoners' }, { ar: 'الرهائن', en: 'hostages' },
  { ar: 'شباب', en: 'young people' }, { ar: 'شبابا', en: 'young people' }, { ar: 'المجندين', en: 'recruits' }, { ar: 'مجندين', en: 'recruits' },
  { ar: 'قياديين', en: 'leaders' }, { ar: 'قيادات', en: 'leaders' }, { ar: 'شخصيات', en: 'figures' },
  { ar: 'أجانب', en: 'foreigners' }, { ar: 'الأجانب', en: 'foreigners' }, { ar: 'سياح', en: 'tourists' }, { ar: 'السياح', en: 'tourists' },
  { ar: 'عائلات', en: 'families' }, { ar: 'أسر', en: 'families' },
];

export type EventType =
  | 'dismantling' | 'arrest' | 'raid' | 'search' | 'attack' | 'plot' | 'foiling' | 'press conference' | 'investigation' | 'custody'
  | 'operation' | 'discovery' | 'founding' | 'announcement' | 'killing' | 'trial' | 'campaign' | 'seizure' | 'solving' | 'verdict' | 'call' | 'speech' | 'referral'
  | 'merger' | 'award' | 'meeting' | 'repatriation' | 'extradition';

/** Event triggers: the verbal noun and the verb forms, with the event type and an English name. */
export const EVENT_TRIGGERS: readonly { ar: string; type: EventType; en: string }[] = [
  ...['أطاحت', 'أطاح', 'يطيح', 'تطيح'].map((ar) => ({ ar, type: 'arrest' as const, en: 'Arrest' })),
  ...['تفكيك', 'فكك', 'فككت', 'تفكك', 'يفكك', 'الإطاحة'].map((ar) => ({ ar, type: 'dismantling' as const, en: 'Dismantling' })),
  ...['توقيف', 'اعتقال', 'إيقاف', 'القبض', 'أوقفت', 'أوقف', 'يوقف', 'توقف', 'اعتقلت', 'اعتقل', 'يعتقل', 'تعتقل', 'ألقت', 'ألقى', 'اعتقالات', 'توقيفات', 'قبضة'].map((ar) => ({ ar, type: 'arrest' as const, en: 'Arrest' })),
  // «عمليات التدخل التي باشرتها القوات الخاصة»: the intervention is the raid of an operation, not another name for it
  ...['مداهمة', 'مداهمات', 'داهمت', 'داهم', 'دهم', 'اقتحام', 'اقتحمت', 'تدخل أمني', 'عمليات التدخل', 'عملية التدخل', 'التدخل'].map((ar) => ({ ar, type: 'raid' as const, en: 'Raid' })),
  ...['تفتيش', 'عمليات التفتيش', 'عملية تفتيش', 'التمشيط', 'عمليات التمشيط', 'تمشيط'].map((ar) => ({ ar, type: 'search' as const, en: 'Search' })),
  ...['هجوم', 'هجوما', 'هجمات', 'الهجمات', 'الهجوم', 'اعتداء', 'اعتداءات', 'تفجير', 'تفجيرات', 'عملية إرهابية', 'عمليات إرهابية', 'العمليات الإرهابية', 'العملية الإرهابية', 'الجريمة الإرهابية', 'جرائم قتل', 'اغتيال', 'عملية انتحارية'].map((ar) => ({ ar, type: 'attack' as const, en: 'Attack' })),
  ...['مقتل', 'قتل', 'ذبح', 'طعن', 'جريمة قتل', 'جريمة القتل', 'الجريمة الشنعاء', 'قتلتا', 'قتلت', 'قتلوا', 'لقي حتفه', 'لقيت حتفها', 'لقوا حتفهم', 'اغتيل'].map((ar) => ({ ar, type: 'killing' as const, en: 'Killing' })),
  ...['مخطط إرهابي', 'مخططا إرهابيا', 'مخططات إرهابية', 'المخطط الإرهابي', 'مشروع إرهابي', 'مشاريع إرهابية', 'المشروع الإرهابي', 'مخطط تخريبي', 'مخططات تخريبية'].map((ar) => ({ ar, type: 'plot' as const, en: 'Terrorist plot' })),
  ...['ندوة صحفية', 'الندوة الصحفية', 'الندوة', 'مؤتمر صحفي', 'المؤتمر الصحفي', 'لقاء صحفي', 'ندوة', 'المؤتمر'].map((ar) => ({ ar, type: 'press conference' as const, en: 'Press conference' })),
  ...['البحث القضائي', 'البحث', 'الأبحاث', 'أبحاث', 'التحقيق', 'التحقيقات', 'تحقيق', 'تحقيقات', 'التحريات', 'البحث الجاري', 'الأبحاث الجارية', 'بحث قضائي', 'بحثا قضائيا', 'تحقيق قضائي', 'تحقيقا قضائيا', 'تحقيقا', 'البحث التمهيدي', 'بحث تمهيدي'].map((ar) => ({ ar, type: 'investigation' as const, en: 'Investigation' })),
  ...['الحراسة النظرية', 'الاعتقال الاحتياطي', 'تدبير الحراسة النظرية'].map((ar) => ({ ar, type: 'custody' as const, en: 'Police custody' })),
  ...['العملية الأمنية', 'عملية أمنية', 'العملية', 'عملية', 'العمليات الأمنية', 'العمليات', 'عملية استباقية', 'العملية الاستباقية', 'عملية نوعية', 'عملية تفكيك'].map((ar) => ({ ar, type: 'operation' as const, en: 'Security operation' })),
  ...['الكشف', 'العثور', 'عثر', 'عثرت', 'اكتشاف'].map((ar) => ({ ar, type: 'discovery' as const, en: 'Discovery' })),
  ...['تأسيس', 'إحداث', 'إنشاء', 'تأسست', 'تأسس'].map((ar) => ({ ar, type: 'founding' as const, en: 'Founding' })),
  ...['الإعلان', 'إعلان'].map((ar) => ({ ar, type: 'announcement' as const, en: 'Announcement' })),
  ...['محاكمة', 'المحاكمة', 'محاكمات'].map((ar) => ({ ar, type: 'trial' as const, en: 'Trial' })),
  // a court's decision: the verbs of the bench («قضت», «أدانت», «برأت», «أيدت الحكم»), the judgement nouns
  ...['قضت', 'قضى', 'تقضي', 'حكمت', 'أدانت', 'أدان', 'أدين', 'أدينوا', 'أدانتهم', 'أدانته', 'برأت', 'برأ', 'أيدت', 'أيد', 'تأييد', 'رفعت العقوبة', 'خفضت العقوبة',
    'حكم', 'الحكم', 'حكما', 'أحكام', 'الأحكام', 'أحكاما', 'إدانة', 'الإدانة', 'حكم البراءة'].map((ar) => ({ ar, type: 'verdict' as const, en: 'Verdict' })),
  ...['الحرب العالمية ضد الإرهاب', 'الحرب على الإرهاب', 'الحرب ضد الإرهاب', 'المعركة ضد الإرهاب'].map((ar) => ({ ar, type: 'campaign' as const, en: 'Fight against terrorism' })),
  ...['إحباط', 'أحبطت', 'أحبط', 'يحبط', 'تحبط', 'إجهاض', 'أجهض', 'أجهضت', 'يجهض', 'تجهض'].map((ar) => ({ ar, type: 'foiling' as const, en: 'Foiling' })),
  ...['اتصالا هاتفيا', 'اتصال هاتفي', 'مكالمة هاتفية', 'اتصالا هاتفيا'].map((ar) => ({ ar, type: 'call' as const, en: 'Phone call' })),
  ...['كلمة ألقاها', 'كلمة ألقتها', 'خطاب', 'الخطاب', 'خطابا'].map((ar) => ({ ar, type: 'speech' as const, en: 'Speech' })),
  ...['فك لغز', 'فك لغزها', 'فك لغزه', 'حل لغز'].map((ar) => ({ ar, type: 'solving' as const, en: 'Case solved' })),
  // the suspects handed to a prosecutor or a judge («أحيل … على قاضي التحقيق», «إحالتهم على الوكيل العام للملك»)
  ...['أحيل', 'أحيلت', 'أحيلوا', 'أحالت', 'أحال', 'إحالة', 'الإحالة', 'إحالتهم', 'إحالته', 'إحالتها', 'يحال', 'سيحال'].map((ar) => ({ ar, type: 'referral' as const, en: 'Referral' })),
  // people brought back from a conflict zone or handed over by another state («ترحيل ثمانية مغاربة من سوريا», «تسليم المطلوب»)
  ...['ترحيل', 'الترحيل', 'ترحيلهم', 'ترحيله', 'رحلت', 'رحلتهم', 'إعادة', 'إعادتهم', 'استعادة', 'استعاد', 'استعادت', 'إرجاع', 'عودة'].map((ar) => ({ ar, type: 'repatriation' as const, en: 'Repatriation' })),
  ...['تسليم', 'تسليمه', 'تسليمهم', 'سلمت', 'سلم', 'ترحيلا', 'تسلم', 'تسلمت'].map((ar) => ({ ar, type: 'extradition' as const, en: 'Extradition' })),
  // organisations merging or allying into one («اندمجت A مع B», «بعد اندماج أربعة فصائل», «تحالفت A مع B لتشكيل C»)
  ...['اندمجت', 'اندمج', 'اندمجتا', 'اندمجا', 'اندماج', 'الاندماج', 'تحالفت', 'تحالفتا', 'تحالفا'].map((ar) => ({ ar, type: 'merger' as const, en: 'Merger' })),
  // decorations and honours («وشح X Y بوسام …», «توشيح», «تكريم», «منحه وسام …»)
  ...['وشح', 'وشحت', 'توشيح', 'التوشيح', 'يوشح', 'توشح', 'كرم', 'كرمت', 'تكريم', 'التكريم', 'منحه', 'منحته', 'منحت', 'منح'].map((ar) => ({ ar, type: 'award' as const, en: 'Award' })),
  // ministers and officials meeting («عقد لقاء مع نظيره», «أجرى مباحثات», «استقبل»)
  ...['لقاء', 'اللقاء', 'لقاءا', 'اجتماع', 'الاجتماع', 'اجتماعا', 'مباحثات', 'المباحثات', 'محادثات', 'المحادثات', 'استقبل', 'استقبلت', 'التقى', 'التقت'].map((ar) => ({ ar, type: 'meeting' as const, en: 'Meeting' })),
];
/** The verbal noun an event of each type is named by («تفكيك خلية …», «تأسيس المكتب …»): known events are named so. */
export const EVENT_VERBAL_NOUNS: Partial<Readonly<Record<EventType, string>>> = {
  dismantling: 'تفكيك', arrest: 'توقيف', raid: 'مداهمة', search: 'تفتيش', foiling: 'إحباط', discovery: 'الكشف عن', founding: 'تأسيس', trial: 'محاكمة',
  killing: 'مقتل', verdict: 'الحكم على',
};
/** Verb forms among the triggers: their object can stand after the subject and adjuncts («أطاحت عناصر … بمتطرف»). */
export const VERB_TRIGGERS: ReadonlySet<string> = new Set([
  'فكك', 'فككت', 'تفكك', 'يفكك', 'أطاحت', 'أطاح', 'يطيح', 'تطيح', 'أوقفت', 'أوقف', 'يوقف', 'توقف', 'اعتقلت', 'اعتقل', 'يعتقل', 'تعتقل', 'ألقت', 'ألقى',
  'داهمت', 'داهم', 'اقتحمت', 'أحبطت', 'أحبط', 'يحبط', 'تحبط', 'أجهض', 'أجهضت', 'يجهض', 'تجهض', 'عثر', 'عثرت',
  'قضت', 'قضى', 'حكمت', 'أدانت', 'أدان', 'برأت', 'أيدت',
]);
/** Singular nouns of one suspect: «متطرف», «مشتبه فيه»; the article's suspect is one person. */
export const SUSPECT_SINGULARS: readonly string[] = ['متطرف', 'متطرفا', 'شخص', 'شخصا', 'مشتبه فيه', 'مشتبه به', 'شاب', 'شابا', 'موقوف', 'جهادي', 'جهاديا'];
export const SUSPECT_SINGULAR_ANAPHORS: readonly string[] = ['المشتبه فيه', 'المشتبه به', 'الموقوف', 'المعني بالأمر', 'المتهم', 'الموقوف المذكور'];

/** Event types that are an operation against a cell or suspects; «العملية» points back to the latest of them. */
export const OPERATION_TYPES: ReadonlySet<EventType> = new Set(['dismantling', 'arrest', 'raid', 'operation', 'search', 'foiling', 'seizure']);

/** Seizure triggers: what follows them is a list of seized items. */
export const SEIZURE_TRIGGERS: readonly string[] = ['حجز', 'حجزت', 'يحجز', 'تحجز', 'ضبط', 'ضبطت', 'يضبط', 'تضبط', 'مصادرة', 'صادرت', 'المحجوزات', 'محجوزات', 'المحجوزات المضبوطة', 'العثور'];
/** Quantity phrases in front of a seized item: «مجموعة من», «كمية من». */
export const QUANTITY_NOUNS: readonly string[] = ['مجموعة', 'كمية', 'كميات', 'عدد', 'عدة', 'مجموعات', 'بعض', 'أنواع', 'جملة'];
/** Heads of seized items. */
export const ITEM_HEADS: readonly { ar: string; en: string }[] = [
  { ar: 'أجهزة', en: 'devices' }, { ar: 'جهاز', en: 'device' }, { ar: 'معدات', en: 'equipment' }, { ar: 'هواتف', en: 'phones' }, { ar: 'هاتف', en: 'phone' }, { ar: 'هاتفين', en: 'phones' }, { ar: 'هاتفا', en: 'phone' },
  { ar: 'حواسيب', en: 'computers' }, { ar: 'حاسوب', en: 'computer' }, { ar: 'حاسوبا', en: 'computer' }, { ar: 'حاسوبين', en: 'computers' }, { ar: 'أقنعة', en: 'masks' }, { ar: 'قناع', en: 'mask' }, { ar: 'كتب', en: 'books' },
  { ar: 'مخطوطات', en: 'manuscripts' }, { ar: 'مخطوط', en: 'manuscript' }, { ar: 'مخطوطا', en: 'manuscript' }, { ar: 'أسلحة', en: 'weapons' },
  { ar: 'سلاح', en: 'weapon' }, { ar: 'سكاكين', en: 'knives' }, { ar: 'سيوف', en: 'swords' }, { ar: 'مسدس', en: 'pistol' }, { ar: 'مسدسات', en: 'pistols' },
  { ar: 'بندقية', en: 'rifle' }, { ar: 'بنادق', en: 'rifles' }, { ar: 'بندقيتين', en: 'rifles' }, { ar: 'بندقيتان', en: 'rifles' }, { ar: 'مسدسين', en: 'pistols' }, { ar: 'مسدسا', en: 'pistol' }, { ar: 'سلاحا', en: 'weapon' }, { ar: 'رشاشا', en: 'machine gun' },
  { ar: 'رشاش', en: 'machine gun' }, { ar: 'رشاشات', en: 'machine guns' }, { ar: 'قنبلة', en: 'bomb' }, { ar: 'قنابل', en: 'bombs' }, { ar: 'قنابل يدوية', en: 'grenades' }, { ar: 'ذخيرة', en: 'ammunition' }, { ar: 'ذخائر', en: 'ammunition' },
  { ar: 'خراطيش', en: 'cartridges' }, { ar: 'رصاص', en: 'bullets' }, { ar: 'متفجرات', en: 'explosives' }, { ar: 'مواد', en: 'materials' },
  { ar: 'عبوات', en: 'devices (IED)' }, { ar: 'أحزمة', en: 'belts' }, { ar: 'صواعق', en: 'detonators' }, { ar: 'قنينات', en: 'bottles' },
  { ar: 'مبالغ', en: 'sums of money' }, { ar: 'مبلغ', en: 'sum of money' }, { ar: 'مبلغا', en: 'sum of money' }, { ar: 'سكين', en: 'knife' }, { ar: 'سكينا', en: 'knife' }, { ar: 'العبوات', en: 'devices (IED)' }, { ar: 'أموال', en: 'money' }, { ar: 'وثائق', en: 'documents' }, { ar: 'رايات', en: 'flags' },
  { ar: 'راية', en: 'flag' }, { ar: 'أعلام', en: 'flags' }, { ar: 'ملابس', en: 'clothes' }, { ar: 'بذلات', en: 'uniforms' }, { ar: 'منشورات', en: 'leaflets' },
  { ar: 'مطبوعات', en: 'printed matter' }, { ar: 'أقراص', en: 'discs' }, { ar: 'شرائح', en: 'SIM cards' }, { ar: 'بطاقات', en: 'cards' },
  { ar: 'جوازات', en: 'passports' }, { ar: 'سيارة', en: 'car' }, { ar: 'سيارات', en: 'cars' }, { ar: 'دراجة', en: 'motorbike' }, { ar: 'مناظير', en: 'binoculars' },
  { ar: 'كاميرات', en: 'cameras' }, { ar: 'رسالة', en: 'letter' }, { ar: 'رسائل', en: 'letters' }, { ar: 'وصية', en: 'will' }, { ar: 'أسمدة', en: 'fertilisers' },
  { ar: 'مسامير', en: 'nails' }, { ar: 'أسلاك', en: 'wires' }, { ar: 'بطاريات', en: 'batteries' }, { ar: 'حبال', en: 'ropes' }, { ar: 'أصفاد', en: 'handcuffs' }, { ar: 'مخدرات', en: 'drugs' }, { ar: 'لوازم', en: 'supplies' },
  { ar: 'أدوات', en: 'tools' }, { ar: 'حقائب', en: 'bags' }, { ar: 'حقيبة', en: 'bag' },
];
/** Money, wherever the article speaks of it («تلقى مبالغ مالية», «تحويلات مالية», «مبلغ 3000 دولار»). */
export const MONEY_HEADS: readonly string[] = ['مبالغ', 'مبلغ', 'مبلغا', 'أموال', 'أموالا', 'تحويلات', 'حوالات', 'الأموال', 'المبالغ'];
export const MONEY_WORDS: readonly string[] = ['مالية', 'مالي', 'المالية', 'درهم', 'دراهم', 'يورو', 'دولار', 'دولارا', 'أورو', 'ألف', 'مليون'];
/** Hidden sites found or raided: «مخبأ للأسلحة», «وكر», «مستودع» — places of type site. */
export const SITE_HEADS: readonly { ar: string; en: string }[] = [
  { ar: 'مخبأ', en: 'cache' }, { ar: 'مخبأ للأسلحة', en: 'weapons cache' }, { ar: 'مخبإ', en: 'cache' }, { ar: 'وكر', en: 'hideout' }, { ar: 'مستودع', en: 'depot' },
  { ar: 'ورشة', en: 'workshop' }, { ar: 'معسكر', en: 'camp' }, { ar: 'معسكر تدريب', en: 'training camp' }, { ar: 'منزل آمن', en: 'safe house' },
  { ar: 'معسكرات', en: 'camps' }, { ar: 'معسكرات التدريب', en: 'training camps' }, { ar: 'مخابئ', en: 'caches' }, { ar: 'منزل', en: 'home' }, { ar: 'بيت', en: 'home' },
  { ar: 'شقة', en: 'flat' }, { ar: 'مقر', en: 'headquarters' }, { ar: 'مقرات', en: 'headquarters' }, { ar: 'منشآت', en: 'facilities' }, { ar: 'منشأة', en: 'facility' },
  { ar: 'مواقع', en: 'sites' }, { ar: 'موقع', en: 'site' }, { ar: 'أماكن', en: 'places' }, { ar: 'ضيعة', en: 'farm' }, { ar: 'ضيعة فلاحية', en: 'farm' }, { ar: 'مزرعة', en: 'farm' }, { ar: 'مؤسسات', en: 'institutions' }, { ar: 'مرافق', en: 'facilities' },
  // targets of plots and attacks abroad and in the Sahel
  { ar: 'كنيسة', en: 'church' }, { ar: 'كنائس', en: 'churches' }, { ar: 'ثكنة', en: 'barracks' }, { ar: 'ثكنات', en: 'barracks' }, { ar: 'معبد', en: 'temple' },
  { ar: 'مقهى', en: 'café' }, { ar: 'فندق', en: 'hotel' }, { ar: 'مطعم', en: 'restaurant' }, { ar: 'مدرسة', en: 'school' }, { ar: 'مطار', en: 'airport' },
  { ar: 'مسجد', en: 'mosque' }, { ar: 'سوق', en: 'market' }, { ar: 'قافلة', en: 'convoy' }, { ar: 'موقعا', en: 'site' }, { ar: 'منازل', en: 'homes' }, { ar: 'قرية', en: 'village' },
];
/** Adjectives that make a site head a kind of site («مقرات أمنية», «مواقع سياحية», «منشآت حيوية»). */
export const SITE_ADJECTIVES: readonly string[] = [
  'أمنية', 'الأمنية', 'أمني', 'عسكرية', 'العسكرية', 'عسكري', 'سياحية', 'السياحية', 'حيوية', 'الحيوية', 'حساسة', 'الحساسة', 'دينية', 'الدينية',
  'دبلوماسية', 'الدبلوماسية', 'عمومية', 'العمومية', 'أجنبية', 'الأجنبية', 'استراتيجية', 'الاستراتيجية', 'آمن', 'آمنة',
];
/** A seized written item that *contains* something is a document: «مخطوطا يتضمن مبايعة …». */
export const CONTENT_VERBS: readonly string[] = ['يتضمن', 'تتضمن', 'يحتوي', 'تحتوي', 'يحمل', 'تحمل', 'يتناول', 'تتناول'];
export const WRITTEN_HEADS: readonly string[] = ['مخطوط', 'مخطوطا', 'وثيقة', 'وثائق', 'رسالة', 'كتاب', 'منشور', 'مخطوطات'];

/** Documents. */
export const STATEMENT_HEADS: readonly { ar: string; type: string; en: string }[] = [
  { ar: 'بلاغ', type: 'press statement', en: 'Statement' }, { ar: 'البلاغ', type: 'press statement', en: 'Statement' },
  { ar: 'بيان', type: 'press statement', en: 'Statement' }, { ar: 'البيان', type: 'press statement', en: 'Statement' },
  { ar: 'بلاغا', type: 'press statement', en: 'Statement' }, { ar: 'بيانا', type: 'press statement', en: 'Statement' },
  { ar: 'تقرير', type: 'report', en: 'Report' }, { ar: 'التقرير', type: 'report', en: 'Report' },
  { ar: 'تصريح', type: 'declaration', en: 'Declaration' }, { ar: 'مذكرة', type: 'memorandum', en: 'Memorandum' },
  { ar: 'نشرة حمراء', type: 'warrant', en: 'Red notice' }, { ar: 'النشرة الحمراء', type: 'warrant', en: 'Red notice' },
  { ar: 'شريط فيديو', type: 'video', en: 'Video' }, { ar: 'شريطا مصورا', type: 'video', en: 'Video' }, { ar: 'شريط مصور', type: 'video', en: 'Video' },
  { ar: 'مقطع فيديو', type: 'video', en: 'Video' }, { ar: 'شريطا', type: 'video', en: 'Video' },
  { ar: 'مذكرة بحث', type: 'warrant', en: 'Arrest warrant' }, { ar: 'مذكرة اعتقال', type: 'warrant', en: 'Arrest warrant' }, { ar: 'أمر دولي بالقبض', type: 'warrant', en: 'Arrest warrant' },
];
/** Strategies and policies: «الاستراتيجية الأمنية …», «السياسة الاستباقية». */
export const POLICY_HEADS: readonly { ar: string; type: string; en: string }[] = [
  { ar: 'الاستراتيجية', type: 'strategy', en: 'Strategy' }, { ar: 'استراتيجية', type: 'strategy', en: 'Strategy' },
  { ar: 'الإستراتيجية', type: 'strategy', en: 'Strategy' }, { ar: 'استراتيجيته', type: 'strategy', en: 'Strategy' },
  { ar: 'استراتيجيتها', type: 'strategy', en: 'Strategy' }, { ar: 'السياسة', type: 'policy', en: 'Policy' }, { ar: 'سياسة', type: 'policy', en: 'Policy' },
  { ar: 'المقاربة', type: 'approach', en: 'Approach' }, { ar: 'مقاربة', type: 'approach', en: 'Approach' },
  { ar: 'الخطة', type: 'plan', en: 'Plan' }, { ar: 'البرنامج', type: 'programme', en: 'Programme' }, { ar: 'برنامج', type: 'programme', en: 'Programme' },
];
/** Reporting verbs of a statement: «أفاد بلاغ … بأن», «أورد بلاغ … أن». */
export const REPORTING_VERBS: readonly string[] = [
  'أفاد', 'أفادت', 'أورد', 'أوردت', 'أشار', 'أشارت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'ذكر', 'ذكرت', 'أضاف', 'أضافت', 'كشف', 'كشفت', 'أعلن',
  'أعلنت', 'جاء', 'حسب', 'وفق', 'وفقا', 'بحسب', 'أفاد', 'يفيد', 'تفيد', 'يشير', 'تشير',
];

/** Place cues: a name after them is a place even when it is also a common word. */
export const PLACE_CUES: readonly string[] = [
  'مدينة', 'مدن', 'إقليم', 'أقاليم', 'عمالة', 'جهة', 'حي', 'بلدة', 'قرية', 'دوار', 'منطقة', 'مناطق', 'ضواحي', 'نواحي', 'جماعة', 'دولة',
  'عاصمة', 'العاصمة', 'مركز', 'ولاية', 'بلد', 'بلدان', 'محيط', 'قرب', 'بالقرب', 'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'ضاحية', 'دواوير', 'قرى',
  // duals: «في مدينتي وجدة وبركان»
  'مدينتي', 'مدينتين', 'إقليمي', 'جهتي', 'بلدتي', 'قريتي', 'عاصمتي',
];
/** Place cues that name a place the gazetteer may not know: «قرية إمليل», «دوار …», «حي الطوابل», «ضاحية سان دوني». */
export const NAMED_PLACE_CUES: readonly { ar: string; type: string }[] = [
  { ar: 'قرية', type: 'village' }, { ar: 'دوار', type: 'village' }, { ar: 'بلدة', type: 'town' }, { ar: 'حي', type: 'neighbourhood' },
  { ar: 'ضاحية', type: 'suburb' }, { ar: 'مقاطعة', type: 'district' }, { ar: 'منطقة', type: 'area' }, { ar: 'جماعة', type: 'commune' },
  { ar: 'مدشر', type: 'village' }, { ar: 'معبر', type: 'border post' }, { ar: 'سجن', type: 'prison' }, { ar: 'غابة', type: 'forest' }, { ar: 'جبل', type: 'mountain' },
  { ar: 'جبال', type: 'mountains' }, { ar: 'مخيم', type: 'camp' }, { ar: 'مخيمات', type: 'camps' },
];
/** Place heads whose name is made of nisba adjectives: «الساحة السورية العراقية», «المنطقة الحدودية». */
export const PLACE_HEADS: readonly string[] = ['الساحة', 'ساحة', 'المنطقة', 'بؤر', 'بؤرة', 'الحدود', 'الشريط'];
/** «بضواحي», «بنواحي», «قرب»: the place before lies near or inside the place after. */
export const NEAR_WORDS: readonly string[] = ['ضواحي', 'نواحي', 'قرب', 'بالقرب', 'محيط', 'ضاحية', 'أحواز', 'جوار'];

/**
 * Everyday words of the genre: a name made only of these (and demonstratives, numbers) is generic
 * («العملية الأمنية», «بيان», «التنظيم الإرهابي») and never links to a known entity of a unique kind by itself.
 */
export const COMMON_WORDS: readonly string[] = [
  'الأمنية', 'أمنية', 'الأمني', 'الوطني', 'الوطنية', 'العامة', 'العام', 'المختصة', 'المختص', 'المغربية', 'المغربي', 'الدولي', 'الدولية',
  'خطير', 'خطيرة', 'الخطورة', 'بالغ', 'بالغة', 'كبير', 'كبيرة', 'جديد', 'جديدة', 'الأولى', 'الأول', 'أول', 'آخر', 'أخر', 'تلك', 'هذه', 'هذا',
  'ذلك', 'الجريمة', 'جريمة', 'ارتكاب', 'لغز', 'لغزها', 'فك', 'الكشف', 'الإعلان', 'بيان', 'بلاغ', 'العملية', 'عملية', 'السلطات', 'الأجهزة',
  'المصالح', 'التنظيم', 'تنظيم', 'الإرهابي', 'الإرهابية', 'إرهابي', 'إرهابية', 'الخلايا', 'خلايا', 'خلية', 'الخلية', 'المفككة', 'متطرفا',
  'متطرفين', 'موالين', 'متطرفون', 'قيادي', 'بارز', 'شرطي', 'مرور', 'شهيد', 'الواجب', 'المملكة', 'ترابها', 'ترابنا', 'أرض', 'الوطن',
  'مخطط', 'مشاريع', 'توقيف', 'تفكيك', 'اعتقال', 'الحرب', 'ضد', 'الإرهاب', 'المعركة', 'التي', 'الذي', 'يشنها', 'المجتمع', 'والإرهاب', 'التطرف',
  'الاستباقية', 'السياسة', 'الاستراتيجية', 'المنسجمة', 'استراتيجيته', 'المواطنين', 'الأبرياء', 'أرواح', 'رجال', 'الأمن', 'الرأي', 'المقاتلين',
  'المغاربة', 'أمراء', 'مخبأ', 'للأسلحة', 'الأسلحة', 'المنظمة', 'الانفصالية', 'المليشيات', 'شبكات', 'الجماعات', 'التنظيمات', 'والجماعات',
  'اعداد', 'من', 'عشرات', 'أزيد', 'اعتداءات', 'بشعة', 'جرائم', 'قتل', 'وحشية', 'مختبرات', 'الشرطة', 'العلمية', 'والتقنية', 'لمكافحة',
  'الجنائية', 'الأبحاث', 'البحث', 'القضائي', 'الحراسة', 'النظرية', 'تأسيس', 'المشتبه', 'فيهم', 'الموقوفين', 'العناصر', 'عناصر', 'أعضاء',
];
