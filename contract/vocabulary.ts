/**
 * What relationship types and property keys are called in the two interface languages: one vocabulary
 * for the client's legend, menus, edge labels and panels, and for the server's exports. Types and keys
 * stay UPPER_SNAKE and snake_case in the data and in Cypher; only their display changes.
 */
export type VocabularyLanguage = 'ar' | 'en';

export interface DisplayName {
  readonly ar: string;
  readonly en: string;
}

/** Every type of the seed model (store/cypher/README.md) and those extraction adds. */
export const RELATIONSHIP_NAMES: Readonly<Record<string, DisplayName>> = {
  // provenance
  HAS_SENTENCE: { ar: 'يتضمن الجملة', en: 'has sentence' },
  MENTIONS: { ar: 'يذكر', en: 'mentions' },
  CITES: { ar: 'يستند إلى', en: 'cites' },
  ABOUT: { ar: 'عن', en: 'about' },
  // belonging and command
  PART_OF: { ar: 'جزء من', en: 'part of' },
  MEMBER_OF: { ar: 'عضو في', en: 'member of' },
  HEADS: { ar: 'يرأس', en: 'heads' },
  LEADS: { ar: 'يقود', en: 'leads' },
  SUPERVISED: { ar: 'أشرف على', en: 'supervised' },
  AFFILIATED_WITH: { ar: 'منتسب إلى', en: 'affiliated with' },
  PLEDGED_ALLEGIANCE_TO: { ar: 'بايع', en: 'pledged allegiance to' },
  LINKED_TO: { ar: 'مرتبط بـ', en: 'linked to' },
  COORDINATED_WITH: { ar: 'نسّق مع', en: 'coordinated with' },
  PRECEDED: { ar: 'سبق', en: 'preceded' },
  ESTABLISHED: { ar: 'أنشأ', en: 'established' },
  // operations
  DISMANTLED: { ar: 'فكّك', en: 'dismantled' },
  CONDUCTED: { ar: 'نفّذ', en: 'conducted' },
  PARTICIPATED_IN: { ar: 'شارك في', en: 'participated in' },
  ARRESTED: { ar: 'أوقف', en: 'arrested' },
  FOILED: { ar: 'أحبط', en: 'foiled' },
  DISCOVERED: { ar: 'اكتشف', en: 'discovered' },
  FOUND: { ar: 'عثر على', en: 'found' },
  SEIZED: { ar: 'حجز', en: 'seized' },
  ANNOUNCED: { ar: 'أعلن', en: 'announced' },
  ISSUED: { ar: 'أصدر', en: 'issued' },
  REPORTS: { ar: 'يفيد بـ', en: 'reports' },
  // plots and violence
  TARGETED: { ar: 'استهدف', en: 'targeted' },
  INCITED: { ar: 'حرّض على', en: 'incited' },
  PLANNED: { ar: 'خطّط لـ', en: 'planned' },
  KILLED: { ar: 'قتل', en: 'killed' },
  SUSPECTED_OF: { ar: 'مشتبه في', en: 'suspected of' },
  CONDEMNED: { ar: 'أدان', en: 'condemned' },
  SOLVED: { ar: 'كشف ملابسات', en: 'solved' },
  RESULTED_IN: { ar: 'أسفر عن', en: 'resulted in' },
  FOLLOWED: { ar: 'تلا', en: 'followed' },
  // places and time
  TOOK_PLACE_IN: { ar: 'وقع في', en: 'took place in' },
  LOCATED_IN: { ar: 'يقع في', en: 'located in' },
  OPERATES_IN: { ar: 'ينشط في', en: 'operates in' },
  ACTIVE_IN: { ar: 'ناشط في', en: 'active in' },
  ON_DATE: { ar: 'بتاريخ', en: 'on date' },
  COVERS_PERIOD: { ar: 'يغطي الفترة', en: 'covers period' },
  // fighters and foreign ties
  SENT: { ar: 'أرسل', en: 'sent' },
  TRAINED_WITH: { ar: 'تدرّب مع', en: 'trained with' },
  NATIONALS_OF: { ar: 'من مواطني', en: 'nationals of' },
  SEEKS_FOOTHOLD_IN: { ar: 'يسعى إلى موطئ قدم في', en: 'seeks a foothold in' },
  SEEKS_TO_ESTABLISH_BRANCH_OF: { ar: 'يسعى إلى إقامة فرع لـ', en: 'seeks to establish a branch of' },
  // policy and protection
  COUNTERS: { ar: 'يتصدى لـ', en: 'counters' },
  MONITORS: { ar: 'يرصد', en: 'monitors' },
  PROTECTED: { ar: 'حمى', en: 'protected' },
  ADOPTED: { ar: 'تبنّى', en: 'adopted' },
  IMPLEMENTS: { ar: 'ينفّذ', en: 'implements' },
  DEVELOPS: { ar: 'يطوّر', en: 'develops' },
  WAGES: { ar: 'يخوض', en: 'wages' },
  PROVIDED_EXPERTISE_TO: { ar: 'قدّم خبرته لـ', en: 'provided expertise to' },
};

/** Property keys of entities, sentences, articles and relationships (store/cypher/README.md). */
export const PROPERTY_NAMES: Readonly<Record<string, DisplayName>> = {
  id: { ar: 'المعرّف', en: 'id' },
  kind: { ar: 'النوع', en: 'kind' },
  name_ar: { ar: 'الاسم بالعربية', en: 'Arabic name' },
  name_en: { ar: 'الاسم بالإنجليزية', en: 'English name' },
  aliases_ar: { ar: 'أسماء أخرى بالعربية', en: 'Arabic aliases' },
  aliases_latin: { ar: 'أسماء بالحروف اللاتينية', en: 'Latin-script aliases' },
  description_en: { ar: 'الوصف (بالإنجليزية)', en: 'description' },
  acronym: { ar: 'الاختصار', en: 'acronym' },
  named: { ar: 'مسمّى بالاسم', en: 'named' },
  role: { ar: 'الدور', en: 'role' },
  count: { ar: 'العدد', en: 'count' },
  count_qualifier: { ar: 'وصف العدد', en: 'count qualifier' },
  count_note: { ar: 'ملاحظة عن العدد', en: 'count note' },
  count_text: { ar: 'العدد كما ورد', en: 'count as written' },
  age_min: { ar: 'أدنى سن', en: 'youngest age' },
  age_max: { ar: 'أقصى سن', en: 'oldest age' },
  org_type: { ar: 'نوع التنظيم', en: 'organisation type' },
  dismantled_date: { ar: 'تاريخ التفكيك', en: 'dismantled on' },
  lat: { ar: 'خط العرض', en: 'latitude' },
  lon: { ar: 'خط الطول', en: 'longitude' },
  place_type: { ar: 'نوع المكان', en: 'place type' },
  coordinates_precision: { ar: 'دقة الإحداثيات', en: 'coordinates precision' },
  event_type: { ar: 'نوع الحدث', en: 'event type' },
  date: { ar: 'التاريخ', en: 'date' },
  date_text: { ar: 'التوقيت كما ورد', en: 'timing as written' },
  date_role: { ar: 'دلالة التاريخ', en: 'date role' },
  date_start: { ar: 'بداية الفترة', en: 'period start' },
  date_end: { ar: 'نهاية الفترة', en: 'period end' },
  granularity: { ar: 'دقة التاريخ', en: 'granularity' },
  weekday: { ar: 'يوم الأسبوع', en: 'weekday' },
  simultaneous: { ar: 'متزامن', en: 'simultaneous' },
  city_count: { ar: 'عدد المدن', en: 'number of cities' },
  status: { ar: 'الحالة', en: 'status' },
  on_duty: { ar: 'أثناء الخدمة', en: 'on duty' },
  body_mutilated: { ar: 'التمثيل بالجثة', en: 'body mutilated' },
  document_type: { ar: 'نوع الوثيقة', en: 'document type' },
  objectives_en: { ar: 'الأهداف (بالإنجليزية)', en: 'objectives' },
  objectives_ar: { ar: 'الأهداف', en: 'objectives (Arabic)' },
  dimensions_en: { ar: 'الأبعاد (بالإنجليزية)', en: 'dimensions' },
  mention_count: { ar: 'عدد الإشارات', en: 'mentions' },
  implied: { ar: 'ضمني', en: 'implied' },
  // sentences and articles
  index: { ar: 'رقم الجملة', en: 'sentence number' },
  paragraph: { ar: 'الفقرة', en: 'paragraph' },
  position: { ar: 'الموضع', en: 'position' },
  line: { ar: 'السطر', en: 'line' },
  start: { ar: 'البداية', en: 'start' },
  end: { ar: 'النهاية', en: 'end' },
  text: { ar: 'النص', en: 'text' },
  text_norm: { ar: 'النص الموحّد', en: 'normalised text' },
  title_ar: { ar: 'العنوان', en: 'Arabic title' },
  title_en: { ar: 'العنوان بالإنجليزية', en: 'title' },
  title_note: { ar: 'ملاحظة عن العنوان', en: 'title note' },
  source: { ar: 'المصدر', en: 'source' },
  source_file: { ar: 'ملف المصدر', en: 'source file' },
  sha256: { ar: 'بصمة SHA-256', en: 'SHA-256' },
  language: { ar: 'اللغة', en: 'language' },
  char_count: { ar: 'عدد الحروف', en: 'characters' },
  paragraph_count: { ar: 'عدد الفقرات', en: 'paragraphs' },
  sentence_count: { ar: 'عدد الجمل', en: 'sentences' },
  dropped_lines: { ar: 'الأسطر المستبعدة', en: 'dropped lines' },
  dropped_reasons: { ar: 'أسباب الاستبعاد', en: 'why they were dropped' },
  // mentions
  surface: { ar: 'النص الظاهر', en: 'surface' },
  alias: { ar: 'الاسم المطابق', en: 'matched alias' },
  clitic: { ar: 'السابقة', en: 'clitic' },
  noise: { ar: 'انحرافات مقبولة', en: 'tolerated slips' },
  article_start: { ar: 'البداية في المقال', en: 'start in the article' },
  article_end: { ar: 'النهاية في المقال', en: 'end in the article' },
  // facts
  relation: { ar: 'الصلة', en: 'relation' },
  evidence: { ar: 'الأدلة', en: 'evidence' },
  support_count: { ar: 'عدد الجمل المستند إليها', en: 'supporting sentences' },
  method: { ar: 'طريقة الإيجاد', en: 'found by' },
  rule: { ar: 'القاعدة', en: 'rule' },
  confidence: { ar: 'الثقة', en: 'confidence' },
  origin: { ar: 'المصدر', en: 'origin' },
  created_at: { ar: 'أنشئ في', en: 'created at' },
  created_by: { ar: 'أنشأه', en: 'created by' },
  edited_at: { ar: 'عُدّل في', en: 'edited at' },
  edited_by: { ar: 'عدّله', en: 'edited by' },
  reviewed_at: { ar: 'رُوجع في', en: 'reviewed at' },
  reviewed_by: { ar: 'راجعه', en: 'reviewed by' },
  version: { ar: 'نسخة التعديل', en: 'edit version' },
  spellings_ar: { ar: 'كتابات أخرى في المقالات', en: 'spellings in articles' },
  descriptions_ar: { ar: 'أوصاف في المقالات', en: 'descriptions in articles' },
  possibly_same_as: { ar: 'قد يكون نفسه', en: 'possibly the same as' },
  ingest: { ar: 'في الإدخال', en: 'in this ingestion' },
  anaphora: { ar: 'إحالة', en: 'refers back' },
  article_id: { ar: 'المقال', en: 'article' },
  sentence_id: { ar: 'الجملة', en: 'sentence' },
  fact_id: { ar: 'الواقعة', en: 'fact' },
  fact_type: { ar: 'نوع الواقعة', en: 'fact type' },
  source_id: { ar: 'المصدر', en: 'from' },
  target_id: { ar: 'الهدف', en: 'to' },
  headline: { ar: 'عنوان', en: 'headline' },
  title: { ar: 'العنوان', en: 'title' },
  published: { ar: 'تاريخ النشر', en: 'published' },
  published_note: { ar: 'ملاحظة عن تاريخ النشر', en: 'about the date' },
  sha256_prefix: { ar: 'بصمة النص', en: 'text fingerprint' },
  ingested_at: { ar: 'أُدخل في', en: 'ingested at' },
  url: { ar: 'الرابط', en: 'address' },
  outlet: { ar: 'المنبر', en: 'outlet' },
  reviewed: { ar: 'رُوجع', en: 'reviewed' },
  rejected_proposals: { ar: 'مقترحات مرفوضة', en: 'rejected proposals' },
  added_by_analyst: { ar: 'أضافه محلل', en: 'added by an analyst' },
  evidence_note: { ar: 'ملاحظة عن الدليل', en: 'evidence note' },
  context: { ar: 'السياق', en: 'context' },
  domain: { ar: 'المجال', en: 'domain' },
  since: { ar: 'منذ', en: 'since' },
  period: { ar: 'الفترة', en: 'period' },
  link: { ar: 'الرابط', en: 'link' },
  purpose: { ar: 'الغرض', en: 'purpose' },
  scope: { ar: 'النطاق', en: 'scope' },
  training: { ar: 'التدريب', en: 'training' },
  intent: { ar: 'النية', en: 'intent' },
  manner: { ar: 'الطريقة', en: 'manner' },
  via: { ar: 'عبر', en: 'via' },
  coordination: { ar: 'التنسيق', en: 'coordination' },
  closeness: { ar: 'درجة القرب', en: 'closeness' },
  verb: { ar: 'الفعل', en: 'verb' },
  activity: { ar: 'النشاط', en: 'activity' },
  target: { ar: 'الهدف', en: 'target' },
  when: { ar: 'متى', en: 'when' },
  interval: { ar: 'الفاصل الزمني', en: 'interval' },
  where: { ar: 'أين', en: 'where' },
  aim: { ar: 'الغاية', en: 'aim' },
  visibility: { ar: 'الظهور', en: 'visibility' },
  posture: { ar: 'الموقف', en: 'posture' },
  threat: { ar: 'التهديد', en: 'threat' },
  site: { ar: 'الموقع', en: 'site' },
  after: { ar: 'بعد', en: 'after' },
  suspected: { ar: 'مشتبه به', en: 'suspected' },
  objective: { ar: 'الهدف', en: 'objective' },
  field: { ar: 'الميدان', en: 'field' },
  how: { ar: 'الكيفية', en: 'how' },
  dimensions: { ar: 'الأبعاد', en: 'dimensions' },
  commitment: { ar: 'الالتزام', en: 'commitment' },
  expertise: { ar: 'الخبرة', en: 'expertise' },
  outcome: { ar: 'النتيجة', en: 'outcome' },
};

/** `SEEKS_FOOTHOLD_IN` → `seeks foothold in`: what an unknown type or key is called until it has a name. */
export function readableCode(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replaceAll('_', ' ').trim().toLowerCase();
}

/** Own entries only: a type or key called `constructor` is data, not Object.prototype's. */
function lookUp(names: Readonly<Record<string, DisplayName>>, code: string): DisplayName | undefined {
  return Object.hasOwn(names, code) ? names[code] : undefined;
}

export function relationshipName(type: string, language: VocabularyLanguage): string {
  return lookUp(RELATIONSHIP_NAMES, type)?.[language] ?? readableCode(type);
}

export function propertyName(key: string, language: VocabularyLanguage): string {
  return lookUp(PROPERTY_NAMES, key)?.[language] ?? readableCode(key);
}
