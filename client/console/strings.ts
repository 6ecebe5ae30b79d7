/**
 * The console's words in both interface languages. The query itself stays Cypher (left-to-right);
 * only the surrounding interface follows the language.
 */
import { COUNTED, type CountedNoun } from '../counts.ts';
import { plural } from '../plural.ts';

export type ConsoleLanguage = 'ar' | 'en';

const counted = (language: ConsoleLanguage, noun: CountedNoun, n: number): string => plural(language, n, COUNTED[noun][language]);

export interface ConsoleStrings {
  region: string;
  editor: string;
  placeholder: string;
  run: string;
  runHint: string;
  cancel: string;
  running: (seconds: string) => string;
  cancelled: string;
  params: string;
  paramsLabel: string;
  paramsSyntax: (message: string) => string;
  paramsNotObject: string;
  emptyQuery: string;
  examples: string;
  examplesLoading: string;
  examplesFailed: (message: string) => string;
  noExamples: string;
  runExample: (title: string) => string;
  loadExample: (title: string) => string;
  history: string;
  noHistory: string;
  clearHistory: string;
  loadHistory: (query: string) => string;
  schema: (labels: number, types: number) => string;
  schemaFailed: string;
  refreshSchema: string;
  summary: (rows: number, ms: number) => string;
  truncated: string;
  truncatedBytes: (megabytes: string) => string;
  spreadsheet: string;
  spreadsheetHint: string;
  noRows: string;
  tableView: string;
  graphView: string;
  resultsTable: string;
  graphSummary: (nodes: number, edges: number) => string;
  addToCanvas: string;
  replaceCanvas: string;
  graphEmpty: string;
  errorTitle: string;
  position: (line: number, column: number) => string;
  notifications: string;
}

const en: ConsoleStrings = {
  region: 'Cypher console',
  editor: 'Cypher query',
  placeholder: 'MATCH (n:Agency) RETURN n LIMIT 10',
  run: 'Run',
  runHint: 'Run the query (Ctrl+Enter)',
  cancel: 'Cancel',
  running: (seconds) => `Running… ${seconds} s`,
  cancelled: 'Cancelled.',
  params: 'Parameters',
  paramsLabel: 'Query parameters as a JSON object',
  paramsSyntax: (message) => `Parameters are not valid JSON: ${message}`,
  paramsNotObject: 'Parameters must be a JSON object, e.g. {"id": "bcij"}.',
  emptyQuery: 'Type a query first.',
  examples: 'Example queries',
  examplesLoading: 'Loading examples…',
  examplesFailed: (message) => `Examples could not be loaded: ${message}`,
  noExamples: 'No examples.',
  runExample: (title) => `Run example: ${title}`,
  loadExample: (title) => `Load example: ${title}`,
  history: 'History',
  noHistory: 'No queries run yet.',
  clearHistory: 'Clear history',
  loadHistory: (query) => `Load query: ${query}`,
  schema: (labels, types) => `Schema: ${counted('en', 'labels', labels)}, ${counted('en', 'types', types)}`,
  schemaFailed: 'Schema unavailable; completion offers keywords only.',
  refreshSchema: 'Refresh schema',
  summary: (rows, ms) => `${counted('en', 'rows', rows)}, ${ms} ms`,
  truncated: 'Truncated: the row cap cut the result; add a LIMIT or aggregate.',
  truncatedBytes: (megabytes) => `Truncated: the rows that fit in ${megabytes} MB of answer; return fewer or smaller values.`,
  spreadsheet: 'Spreadsheet table',
  spreadsheetHint: 'Download these rows as CSV for Excel or LibreOffice. Text that begins with = + - or @ gets a leading apostrophe so it cannot run as a formula.',
  noRows: 'No rows.',
  tableView: 'Table',
  graphView: 'Graph',
  resultsTable: 'Query results',
  graphSummary: (nodes, edges) => `${counted('en', 'nodes', nodes)}, ${counted('en', 'relationships', edges)} in the result`,
  addToCanvas: 'Add to canvas',
  replaceCanvas: 'Replace canvas',
  graphEmpty: 'The result holds no nodes or relationships.',
  errorTitle: 'The query failed',
  position: (line, column) => `line ${line}, column ${column}`,
  notifications: 'Notes from Neo4j',
};

const ar: ConsoleStrings = {
  region: 'طرفية Cypher',
  editor: 'استعلام Cypher',
  placeholder: 'MATCH (n:Agency) RETURN n LIMIT 10',
  run: 'تشغيل',
  runHint: 'تشغيل الاستعلام (Ctrl+Enter)',
  cancel: 'إلغاء',
  running: (seconds) => `جارٍ التنفيذ… ${seconds} ث`,
  cancelled: 'أُلغي الاستعلام.',
  params: 'المعاملات',
  paramsLabel: 'معاملات الاستعلام في صورة كائن JSON',
  paramsSyntax: (message) => `المعاملات ليست JSON صالحًا: ${message}`,
  paramsNotObject: 'يجب أن تكون المعاملات كائن JSON، مثل {"id": "bcij"}.',
  emptyQuery: 'اكتب استعلامًا أولًا.',
  examples: 'استعلامات نموذجية',
  examplesLoading: 'جارٍ تحميل الأمثلة…',
  examplesFailed: (message) => `تعذّر تحميل الأمثلة: ${message}`,
  noExamples: 'لا أمثلة.',
  runExample: (title) => `تشغيل المثال: ${title}`,
  loadExample: (title) => `تحميل المثال: ${title}`,
  history: 'السجل',
  noHistory: 'لم يُشغَّل أي استعلام بعد.',
  clearHistory: 'مسح السجل',
  loadHistory: (query) => `تحميل الاستعلام: ${query}`,
  schema: (labels, types) => `المخطط: ${counted('ar', 'labels', labels)}، ${counted('ar', 'types', types)}`,
  schemaFailed: 'المخطط غير متاح؛ الإكمال يقترح الكلمات المفتاحية فقط.',
  refreshSchema: 'تحديث المخطط',
  summary: (rows, ms) => `${counted('ar', 'rows', rows)}، في ${ms} ملّي ثانية`,
  truncated: 'النتيجة مقتطعة: بلغت الحد الأقصى للصفوف؛ أضف LIMIT أو جمّع النتائج.',
  truncatedBytes: (megabytes) => `النتيجة مقتطعة: الصفوف التي تتسع لها ${megabytes} ميغابايت من الإجابة؛ أعد قيمًا أقل أو أصغر.`,
  spreadsheet: 'جدول لجداول البيانات',
  spreadsheetHint: 'تنزيل هذه الصفوف ملف CSV لبرنامج Excel أو LibreOffice. يُسبَق النص الذي يبدأ بـ = أو + أو - أو @ بفاصلة علوية كي لا يُنفَّذ كصيغة.',
  noRows: 'لا صفوف.',
  tableView: 'جدول',
  graphView: 'رسم بياني',
  resultsTable: 'نتائج الاستعلام',
  graphSummary: (nodes, edges) => `في النتيجة: ${counted('ar', 'nodes', nodes)}، و${counted('ar', 'relationships', edges)}`,
  addToCanvas: 'إضافة إلى اللوحة',
  replaceCanvas: 'استبدال اللوحة',
  graphEmpty: 'لا تحوي النتيجة عقدًا ولا علاقات.',
  errorTitle: 'فشل الاستعلام',
  position: (line, column) => `السطر ${line}، العمود ${column}`,
  notifications: 'ملاحظات Neo4j',
};

export const consoleStrings: Record<ConsoleLanguage, ConsoleStrings> = { ar, en };
