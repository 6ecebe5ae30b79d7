/**
 * The server's problems in the reader's language, from their machine-readable `code` and `params`
 * (contract/problems.ts). A code this client does not know keeps the server's own English words.
 */
import type { Problem } from '../contract/api.ts';
import { isProblemCode, type InputIssue, type ProblemCode, type RefusalReason } from '../contract/problems.ts';
import type { UiLanguage } from './core/settings/types.ts';
import { COUNTED } from './counts.ts';
import { plural } from './plural.ts';

type Params = Readonly<Record<string, string | number>>;
type Words = (params: Params) => string;

export interface ProblemWords {
  title: string;
  detail: string;
}

const fill = (text: string, params: Params): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

interface Texts {
  titles: Record<ProblemCode, string>;
  /** The detail, when the code says all there is; codes absent here keep the server's detail (Neo4j's message). */
  details: Partial<Record<ProblemCode, Words>>;
  refusals: Record<RefusalReason, Words>;
  issues: Record<InputIssue, Words | null>;
  fields: Readonly<Record<string, string>>;
  refusalLead: string;
}

const ar: Texts = {
  titles: {
    'invalid-input': 'مدخل غير صالح',
    'input-too-deep': 'مدخل غير صالح',
    'invalid-json': 'طلب غير صالح',
    'unreadable-body': 'طلب غير صالح',
    'body-too-large': 'الطلب كبير جدًا',
    'invalid-url': 'رابط غير صالح',
    'request-too-large': 'الطلب كبير جدًا',
    'request-timeout': 'انتهت مهلة الطلب',
    'bad-request': 'طلب غير صالح',
    'route-not-found': 'غير موجود',
    unauthorized: 'رمز الوصول مطلوب',
    'entity-not-found': 'كيان غير موجود',
    'edge-not-found': 'علاقة غير موجودة',
    'no-article': 'لا يوجد مقال',
    'export-unknown-ids': 'عقد غير موجودة',
    'path-same-ends': 'طرفا المسار متطابقان',
    'console-read-only': 'الاستعلام غير مسموح',
    'console-busy': 'استعلامات كثيرة في وقت واحد',
    'cypher-syntax': 'خطأ في صياغة Cypher',
    'cypher-refused-by-neo4j': 'رفض Neo4j الاستعلام',
    'query-timeout': 'انتهت مهلة الاستعلام',
    'query-too-large': 'الاستعلام أكبر من المسموح',
    'database-unavailable': 'قاعدة البيانات غير متاحة',
    'structure-failed': 'توقف حساب البنية',
    'internal-error': 'خطأ في الخادم',
    'cypher-execution-failed': 'فشل تنفيذ الاستعلام',
    'cypher-result-unreadable': 'نتيجة لا يمكن قراءتها',
    'cypher-too-deep': 'استعلام متداخل أكثر من اللازم',
    'cypher-no-answer': 'لم يُجب Neo4j',
    'console-time-limit': 'انتهت مهلة الاستعلام',
    'console-cancelled': 'أُلغي الاستعلام',
    'body-not-decodable': 'تعذر فك ضغط الطلب',
    'host-missing': 'طلب بلا مضيف',
    'host-not-allowed': 'مضيف غير مقبول',
    'content-type-required': 'نوع المحتوى مطلوب',
    'origin-not-allowed': 'مصدر غير مسموح',
    'upload-too-large': 'الملف كبير جدًا',
    'upload-malformed': 'رفع غير صالح',
    'editor-token-required': 'رمز المحرر مطلوب',
    'editor-role-required': 'صلاحية المحرر مطلوبة',
    'article-not-found': 'مقال غير موجود',
    'file-type': 'نوع ملف غير مقبول',
    'file-not-utf8': 'الملف ليس نصًا بترميز UTF-8',
    'invalid-article-batch': 'تعذر حفظ المقال',
    'review-stale': 'تغيّر الاستخراج منذ المعاينة',
    'invalid-kind': 'نوع غير معروف',
    'entity-edit-conflict': 'عدّل محلل آخر هذا الكيان',
    'merge-same-entity': 'لا يُدمج كيان في نفسه',
    'mention-not-found': 'ذكر غير موجود',
    'entity-id-taken': 'المعرّف مستعمل',
    'change-not-found': 'تغيير غير موجود',
    'change-not-undoable': 'لا يمكن التراجع عن هذا التغيير',
    'undo-out-of-order': 'تراجع عن التغييرات الأحدث أولًا',
    'undo-stale': 'تغيّر ما كتبه هذا التغيير منذ ذلك الحين',
    'workspace-not-found': 'مساحة عمل غير موجودة',
    'workspace-not-yours': 'مساحة العمل ليست لك',
    'workspace-saved-meanwhile': 'حُفظت مساحة العمل في الأثناء',
  },
  details: {
    'article-not-found': (p) => fill('لا يوجد مقال بالمعرّف {id}.', p),
    'entity-edit-conflict': () => 'عُدّل الكيان بعد أن فتحته: أعد تحميله وعدّله من جديد.',
    'undo-out-of-order': () => 'ما زالت تغييرات أحدث سارية: تراجع عنها أولًا، الأحدث فالأقدم.',
    'editor-role-required': () => 'الكتابة تتطلب صلاحية المحرر؛ هذا الرمز للقراءة فقط.',
    'review-stale': () => 'تذكر المراجعة عناصر لم يعد الاستخراج يقترحها (ربما تغيّر الرسم منذ المعاينة). أعد المعاينة.',
    'workspace-not-yours': () => 'لا يغيّر مساحة العمل أو يحذفها إلا صاحبها؛ انسخها لتصبح لك.',
    'input-too-deep': (p) => fill('القيم متداخلة بأكثر من {max} مستوى.', p),
    'invalid-json': () => 'نص الطلب ليس JSON صالحًا.',
    'unreadable-body': () => 'تعذرت قراءة نص الطلب.',
    'body-too-large': () => 'نص الطلب أكبر من الحد الذي يقبله الخادم.',
    'invalid-url': () => 'الرابط غير مرمّز ترميزًا صحيحًا.',
    'request-too-large': () => 'الرابط أو الترويسات أطول مما يقبله الخادم.',
    'request-timeout': () => 'لم يصل الطلب كاملًا في الوقت المحدد.',
    'bad-request': () => 'تعذرت قراءة الطلب.',
    'route-not-found': (p) => fill('لا يوجد في الواجهة البرمجية {method} {path}.', p),
    unauthorized: () => 'يتطلب هذا الخادم رمز وصول (SILA_API_TOKEN).',
    'entity-not-found': (p) => fill('لا يوجد كيان بالمعرّف {id}.', p),
    'edge-not-found': (p) => fill('لا توجد علاقة بالمعرّف {id}.', p),
    'no-article': () => 'لم يُحمَّل أي مقال في قاعدة البيانات.',
    'export-unknown-ids': (p) => fill('لا توجد عقد بهذه المعرّفات: {ids}.', p),
    'path-same-ends': () => 'البداية والنهاية كيان واحد، والمسار يحتاج إلى طرفين مختلفين.',
    'console-busy': (p) => fill('بلغ عدد الاستعلامات الجارية الحدّ ({max})؛ أعد المحاولة بعد لحظة.', p),
    'query-timeout': () => 'تجاوز الاستعلام الوقت المسموح به فأُوقف.',
    'query-too-large': () => 'احتاج الاستعلام ذاكرة أكثر من المسموح بها.',
    'database-unavailable': () => 'تعذر الوصول إلى Neo4j الآن؛ أعد المحاولة بعد قليل.',
    'structure-failed': () => 'توقف حساب مقاييس البنية قبل أن يكتمل؛ أعد الطلب ليبدأ من جديد.',
    'internal-error': () => 'حدث خطأ في الخادم وسُجّل.',
  },
  refusals: {
    'several-statements': () => 'تنفّذ عبارة واحدة في كل مرة؛ احذف «;» وما بعدها.',
    profile: () => 'PROFILE ينفّذ الاستعلام مع القياس؛ احذفه، فالوحدة تقيس الزمن بنفسها.',
    administration: (p) => fill('{verb} أمر إداري.', p),
    'schema-change': (p) => fill('{verb} {object} يغيّر المخطط أو الخادم.', p),
    'other-database': (p) => fill('تقرأ قاعدة البيانات «{database}» وحدها، ولا يُسمح بالانتقال إلى «{target}».', p),
    'load-csv': () => 'LOAD CSV يقرأ ملفات وروابط من الخادم، وهذا غير مسموح.',
    'in-transactions': () => 'CALL { … } IN TRANSACTIONS يحفظ على دفعات، وهو للكتابة.',
    'procedure-not-allowed': (p) => fill('الإجراء {procedure} ليس من إجراءات القراءة المسموح بها.', p),
    'show-not-allowed': (p) => fill('أمر SHOW هذا ({command}) غير متاح؛ المتاح SHOW INDEXES وCONSTRAINTS وPROCEDURES وFUNCTIONS.', p),
    terminate: () => 'لا يمكنها إيقاف معاملات أخرى.',
    writes: (p) => (p.writers ? fill('تقول خطة Neo4j إن هذا الاستعلام يكتب في قاعدة البيانات ({writers}).', p) : 'تقول خطة Neo4j إن هذا الاستعلام يكتب في قاعدة البيانات.'),
  },
  issues: {
    required: () => 'مطلوب.',
    'too-long': (p) => `يجب ألا يتجاوز ${plural('ar', Number(p.max), COUNTED.characters.ar)}.`,
    'too-short': (p) => `يجب ألا يقل عن ${plural('ar', Number(p.min), COUNTED.characters.ar)}.`,
    'too-big': (p) => fill('يجب ألا يزيد على {max}.', p),
    'too-small': (p) => fill('يجب ألا يقل عن {min}.', p),
    'too-many': (p) => `يجب ألا يتجاوز ${plural('ar', Number(p.max), COUNTED.items.ar)}.`,
    'too-few': (p) => `يجب ألا يقل عن ${plural('ar', Number(p.min), COUNTED.items.ar)}.`,
    'not-a-number': () => 'يجب أن يكون عددًا.',
    'not-an-integer': () => 'يجب أن يكون عددًا صحيحًا.',
    'bad-format': () => 'صيغته غير صحيحة.',
    'not-one-of': (p) => fill('يجب أن يكون أحد: {values}.', p),
    'wrong-type': () => 'نوعه غير صحيح.',
    'must-differ': () => 'يجب أن يختلف عن الطرف الآخر.',
    unknown: null,
  },
  fields: {
    q: 'نص البحث',
    limit: 'الحد',
    from: 'بداية المسار',
    to: 'نهاية المسار',
    maxHops: 'أقصى عدد للخطوات',
    mode: 'نوع البحث',
    directed: 'الاتجاه',
    direction: 'الاتجاه',
    types: 'أنواع العلاقات',
    labels: 'الأنواع',
    id: 'المعرّف',
    nodeIds: 'المعرّفات',
    format: 'الصيغة',
    query: 'الاستعلام',
    params: 'المعاملات',
  },
  refusalLead: 'وحدة Cypher للقراءة فقط: ',
};

const en: Texts = {
  titles: {
    'invalid-input': 'Invalid input',
    'input-too-deep': 'Invalid input',
    'invalid-json': 'Bad request',
    'unreadable-body': 'Bad request',
    'body-too-large': 'Request too large',
    'invalid-url': 'Bad link',
    'request-too-large': 'Request too large',
    'request-timeout': 'Request timed out',
    'bad-request': 'Bad request',
    'route-not-found': 'Not found',
    unauthorized: 'Access token needed',
    'entity-not-found': 'Unknown entity',
    'edge-not-found': 'Unknown relationship',
    'no-article': 'No article',
    'export-unknown-ids': 'Unknown nodes',
    'path-same-ends': 'The path has one end',
    'console-read-only': 'Query not allowed',
    'console-busy': 'Too many queries at once',
    'cypher-syntax': 'Cypher syntax error',
    'cypher-refused-by-neo4j': 'Query refused by Neo4j',
    'query-timeout': 'Query timed out',
    'query-too-large': 'Query too large',
    'database-unavailable': 'Database unavailable',
    'structure-failed': 'Structure computation stopped',
    'internal-error': 'Server error',
    'cypher-execution-failed': 'The query failed',
    'cypher-result-unreadable': 'Unreadable result',
    'cypher-too-deep': 'Query nested too deep',
    'cypher-no-answer': 'Neo4j did not answer',
    'console-time-limit': 'Query timed out',
    'console-cancelled': 'Query cancelled',
    'body-not-decodable': 'Body could not be decompressed',
    'host-missing': 'No host',
    'host-not-allowed': 'Host not allowed',
    'content-type-required': 'Content type needed',
    'origin-not-allowed': 'Origin not allowed',
    'upload-too-large': 'File too large',
    'upload-malformed': 'Bad upload',
    'editor-token-required': 'Editor token needed',
    'editor-role-required': 'Editor role needed',
    'article-not-found': 'Unknown article',
    'file-type': 'File type not accepted',
    'file-not-utf8': 'Not UTF-8 text',
    'invalid-article-batch': 'The article cannot be stored',
    'review-stale': 'The extraction changed since the dry run',
    'invalid-kind': 'Unknown kind',
    'entity-edit-conflict': 'Another analyst edited this entity',
    'merge-same-entity': 'An entity cannot be merged into itself',
    'mention-not-found': 'Unknown mention',
    'entity-id-taken': 'Id already taken',
    'change-not-found': 'Unknown change',
    'change-not-undoable': 'This change cannot be undone',
    'undo-out-of-order': 'Undo the newer changes first',
    'undo-stale': 'What this change wrote has changed since',
    'workspace-not-found': 'Unknown workspace',
    'workspace-not-yours': 'Not your workspace',
    'workspace-saved-meanwhile': 'The workspace was saved meanwhile',
  },
  details: {
    'article-not-found': (p) => fill('No article has the id {id}.', p),
    'entity-edit-conflict': () => 'The entity was edited after you opened it: reload it and edit again.',
    'undo-out-of-order': () => 'Newer changes are still in effect: undo them first, newest first.',
    'editor-role-required': () => 'Writing needs the editor role; this token only reads.',
    'review-stale': () => 'The review names items the extraction no longer proposes (the graph may have changed since the dry run). Run the dry run again.',
    'workspace-not-yours': () => 'Only the owner of a workspace may change or delete it; duplicate it to make your own.',
    'input-too-deep': (p) => fill('Values are nested more than {max} levels deep.', p),
    'invalid-json': () => 'The request body is not valid JSON.',
    'unreadable-body': () => 'The request body could not be read.',
    'body-too-large': () => 'The request body is larger than the server accepts.',
    'invalid-url': () => 'The link is not validly encoded.',
    'request-too-large': () => 'The link or the headers are longer than the server accepts.',
    'request-timeout': () => 'The request did not arrive completely in time.',
    'bad-request': () => 'The request could not be read.',
    'route-not-found': (p) => fill('The API has no {method} {path}.', p),
    unauthorized: () => 'This server requires an access token (SILA_API_TOKEN).',
    'entity-not-found': (p) => fill('No entity has the id {id}.', p),
    'edge-not-found': (p) => fill('No relationship has the id {id}.', p),
    'no-article': () => 'No article has been loaded into the database.',
    'export-unknown-ids': (p) => fill('No node has these ids: {ids}.', p),
    'path-same-ends': () => 'From and to are the same entity; a path needs two different ends.',
    'console-busy': (p) => fill('The most queries that may run at once ({max}) are running; try again in a moment.', p),
    'query-timeout': () => 'The query ran longer than allowed and was stopped.',
    'query-too-large': () => 'The query needed more memory than allowed.',
    'database-unavailable': () => 'Neo4j cannot be reached right now; try again shortly.',
    'structure-failed': () => 'The structure measures stopped before they were computed; ask again to start anew.',
    'internal-error': () => 'Something went wrong on the server; it has been logged.',
  },
  refusals: {
    'several-statements': () => 'it runs one statement at a time; remove the ";" and what follows it.',
    profile: () => 'PROFILE executes the query with instrumentation; leave it out, the console reports timings itself.',
    administration: (p) => fill('{verb} is an administration command.', p),
    'schema-change': (p) => fill('{verb} {object} changes the schema or the server.', p),
    'other-database': (p) => fill('it reads only the database "{database}", not "{target}".', p),
    'load-csv': () => 'LOAD CSV reads files and URLs from the server, which the console does not allow.',
    'in-transactions': () => 'CALL { ... } IN TRANSACTIONS commits in batches, which is for writing.',
    'procedure-not-allowed': (p) => fill('the procedure {procedure} is not on its list of read-only procedures.', p),
    'show-not-allowed': (p) => fill('this SHOW command ({command}) is not available; SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are.', p),
    terminate: () => 'it cannot stop other transactions.',
    writes: (p) => (p.writers ? fill('Neo4j’s plan says this query writes ({writers}).', p) : 'Neo4j’s plan says this query writes.'),
  },
  issues: {
    required: () => 'is required.',
    'too-long': (p) => `is at most ${plural('en', Number(p.max), COUNTED.characters.en)}.`,
    'too-short': (p) => `is at least ${plural('en', Number(p.min), COUNTED.characters.en)}.`,
    'too-big': (p) => fill('is at most {max}.', p),
    'too-small': (p) => fill('is at least {min}.', p),
    'too-many': (p) => `holds at most ${plural('en', Number(p.max), COUNTED.items.en)}.`,
    'too-few': (p) => `holds at least ${plural('en', Number(p.min), COUNTED.items.en)}.`,
    'not-a-number': () => 'must be a number.',
    'not-an-integer': () => 'must be a whole number.',
    'bad-format': () => 'is not in the expected form.',
    'not-one-of': (p) => fill('must be one of: {values}.', p),
    'wrong-type': () => 'has the wrong type.',
    'must-differ': (p) => fill('must differ from {other}.', p),
    unknown: null,
  },
  fields: {
    q: 'The search',
    limit: 'The limit',
    from: 'The start of the path',
    to: 'The end of the path',
    maxHops: 'The most hops',
    mode: 'The kind of search',
    directed: 'The direction',
    direction: 'The direction',
    types: 'The relationship types',
    labels: 'The kinds',
    id: 'The id',
    nodeIds: 'The ids',
    format: 'The format',
    query: 'The query',
    params: 'The parameters',
  },
  refusalLead: 'The console is read-only: ',
};

const TEXTS: Record<UiLanguage, Texts> = { ar, en };

const isRefusalReason = (texts: Texts, value: string | number | undefined): value is RefusalReason => typeof value === 'string' && Object.hasOwn(texts.refusals, value);
const isInputIssue = (texts: Texts, value: string | undefined): value is InputIssue => value !== undefined && Object.hasOwn(texts.issues, value);

function inputDetail(texts: Texts, problem: Problem, language: UiLanguage): string {
  const lines = (problem.errors ?? []).map((error) => {
    const field = Object.hasOwn(texts.fields, error.path) ? texts.fields[error.path] : error.path;
    const words = isInputIssue(texts, error.code) ? texts.issues[error.code] : null;
    const what = words ? words(error.params ?? {}) : error.message;
    return language === 'ar' ? `${field ?? error.path}: ${what}` : `${field ?? error.path} ${what}`;
  });
  return lines.length > 0 ? lines.join(language === 'ar' ? '؛ ' : '; ') : problem.detail;
}

/** The problem in `language`, or null when its code is one this client cannot word. */
export function problemWords(problem: Problem, language: UiLanguage): ProblemWords | null {
  const code = problem.code;
  if (code === undefined || !isProblemCode(code)) return null;
  const texts = TEXTS[language];
  const params: Params = problem.params ?? {};
  const title = texts.titles[code];
  if (code === 'invalid-input') return { title, detail: inputDetail(texts, problem, language) };
  if (code === 'console-read-only') {
    const reason = params.reason;
    return { title, detail: isRefusalReason(texts, reason) ? texts.refusalLead + texts.refusals[reason](params) : problem.detail };
  }
  const detail = texts.details[code];
  return { title, detail: detail ? detail(params) : problem.detail };
}
