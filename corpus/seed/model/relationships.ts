/**
 * The facts the article states, as relationships between entities. `evidence` lists the sentences that state
 * each fact (ids `s-<paragraph>-<sentence>` of the prose, see seed/text.ts). When a sentence states a fact
 * without naming both ends (anaphora, passive voice, a fact spread over two sentences) `evidence_note` says why.
 */
import type { RelationshipInput } from './schema.ts';

const rel = (
  source: string,
  type: string,
  target: string,
  evidence: string[],
  properties?: RelationshipInput['properties'],
  evidence_note?: string,
): RelationshipInput => ({
  source,
  type,
  target,
  evidence,
  ...(properties === undefined ? {} : { properties }),
  ...(evidence_note === undefined ? {} : { evidence_note }),
});

const OPERATION_CITIES = [
  'laayoune',
  'casablanca',
  'fes',
  'taounate',
  'tangier',
  'azemmour',
  'guercif',
  'oulad-teima',
  'tamesna',
];

const relationships: RelationshipInput[] = [
  // ── Who is part of, heads and supervises whom ──
  rel('bcij', 'PART_OF', 'dgst', ['s-1-1', 's-11-2'], { relation: 'attached to (التابع لـ)' }),
  rel('bcij', 'PART_OF', 'moroccan-security-services', ['s-1-1'], { relation: 'foremost among them (وخاصة)' }),
  rel(
    'dgst',
    'PART_OF',
    'moroccan-security-services',
    ['s-1-1'],
    undefined,
    'Implied: s-1-1 names the BCIJ as one of the security services and as attached to the DGST.',
  ),
  rel('abdellatif-hammouchi', 'HEADS', 'moroccan-security-services', ['s-2-1'], {
    role: 'director general (المدير العام), at the head of its cadres (على رأسهم)',
  }),
  rel('abdellatif-hammouchi', 'HEADS', 'dgst', ['s-11-2'], { role: 'director (مديرها)' }),
  rel('abdellatif-hammouchi', 'SUPERVISED', 'bcij', ['s-11-2'], {
    context: 'the BCIJ built its recognised expertise under his supervision (باشراف من مديرها)',
  }),
  rel('mohammed-vi', 'HEADS', 'morocco', ['s-11-2'], {
    role: 'King (جلالة الملك)',
    context: "the Kingdom's commitment in the global war on terrorism is under his leadership (بقيادة)",
  }),
  rel('bnpj', 'PRECEDED', 'bcij', ['s-7-1'], {
    domain: 'dismantling terrorist cells',
    context: 'cells were dismantled under the BNPJ in the early years, then after the BCIJ was founded',
  }),
  rel('bcij-founding', 'ESTABLISHED', 'bcij', ['s-7-1']),

  // ── Dismantled cells since 2002 ──
  rel('moroccan-security-services', 'DISMANTLED', 'dismantled-cells', ['s-1-1', 's-3-1'], {
    count_text: 'numbers of cells (اعداد), dozens (عشرات)',
    since: '2002',
  }),
  rel('bnpj', 'DISMANTLED', 'dismantled-cells', ['s-7-1'], { period: 'the early beginnings (البدايات الأولى)' }),
  rel('bcij', 'DISMANTLED', 'dismantled-cells', ['s-7-1'], { period: 'after the founding of the BCIJ' }),
  rel('moroccan-security-services', 'DISMANTLED', 'first-cell-2002', ['s-1-1', 's-10-1'], { date: '2002' }),
  rel('moroccan-security-services', 'CONDUCTED', 'first-cell-dismantling-2002', ['s-1-1']),
  rel('first-cell-dismantling-2002', 'TARGETED', 'first-cell-2002', ['s-1-1', 's-10-1']),
  rel('first-cell-dismantling-2002', 'ON_DATE', 'date-2002', ['s-1-1', 's-10-1']),
  rel('first-cell-2002', 'AFFILIATED_WITH', 'al-qaeda', ['s-1-1', 's-10-1'], { relation: 'belonging to (تابعة لـ)' }),
  rel('first-cell-2002', 'PART_OF', 'dismantled-cells', ['s-1-1'], { position: 'the first (أول خلية)' }),
  rel('sahel-linked-cells', 'PART_OF', 'dismantled-cells', ['s-3-1'], { relation: 'among them (من بينها)' }),
  rel('sahel-linked-cells', 'LINKED_TO', 'sahel-terrorist-organizations', ['s-3-1'], {
    link: 'direct links (ارتباطات مباشرة)',
  }),
  rel('sahel-terrorist-organizations', 'OPERATES_IN', 'sahel', ['s-3-1']),
  rel('sahel-linked-cells', 'SENT', 'moroccan-fighters', ['s-3-1'], {
    purpose: 'paramilitary training (تدريبات شبه عسكرية) before returning home to commit terrorist acts',
    scope: 'some of the cells (سواء تلك المتخصصة)',
  }),
  rel(
    'moroccan-fighters',
    'TRAINED_WITH',
    'sahel-terrorist-organizations',
    ['s-3-1'],
    { training: 'paramilitary (شبه عسكرية)' },
    'The sentence says the fighters were sent for paramilitary training by cells linked to these organisations.',
  ),
  rel('moroccan-fighters', 'NATIONALS_OF', 'morocco', ['s-3-1'], {
    intent: 'return to the homeland (أرض الوطن) and engage in terrorist acts',
  }),
  rel('sahel-warlords', 'SUPERVISED', 'sahel-linked-cells', ['s-3-1'], {
    manner: 'direct supervision (إشراف مباشر)',
    scope: 'some of the cells (أو تلك التي)',
  }),
  rel(
    'sahel-warlords',
    'MEMBER_OF',
    'sahel-terrorist-organizations',
    ['s-3-1'],
    { relation: 'belonging to (التابعين لـ)' },
  ),

  // ── February 2025: the Lions of the Caliphate ──
  rel('dgsn', 'ISSUED', 'dgsn-statement-2025', ['s-4-1']),
  rel('dgsn-statement-2025', 'ON_DATE', 'date-2025-02-19', ['s-4-1']),
  rel('dgsn-statement-2025', 'REPORTS', 'lions-operation-2025', ['s-4-1']),
  rel('dgsn', 'ANNOUNCED', 'lions-operation-2025', ['s-4-1'], { date: '2025-02-19', via: 'dgsn-statement-2025' }),
  rel(
    'bcij',
    'CONDUCTED',
    'lions-operation-2025',
    ['s-4-1', 's-5-1'],
    { coordination: 'in close coordination with the DGST' },
  ),
  rel('dgst', 'PARTICIPATED_IN', 'lions-operation-2025', ['s-4-1'], { role: 'close coordination (بتنسيق وثيق)' }),
  rel('bcij', 'COORDINATED_WITH', 'dgst', ['s-4-1'], {
    closeness: 'close (وثيق)',
    context: 'foiling the February 2025 plot',
  }),
  rel('bcij', 'DISMANTLED', 'lions-of-the-caliphate', ['s-4-1', 's-6-1'], { date: '2025-02-19' }),
  rel('bcij', 'FOILED', 'plot-2025', ['s-4-1'], { date: '2025-02-19' }),
  rel('lions-operation-2025', 'TARGETED', 'lions-of-the-caliphate', ['s-4-1', 's-6-1']),
  rel('lions-operation-2025', 'ON_DATE', 'date-2025-02-19', ['s-4-1'], { date_role: 'announced' }),
  ...OPERATION_CITIES.map((city) =>
    rel('lions-operation-2025', 'TOOK_PLACE_IN', city, ['s-5-1'], { simultaneous: true }),
  ),
  rel('tamesna', 'LOCATED_IN', 'rabat', ['s-5-1'], { relation: 'outskirts (بضواحي)' }),
  rel('lions-operation-2025', 'RESULTED_IN', 'arrests-2025', ['s-5-1']),
  rel('arrests-2025', 'TARGETED', 'extremists-2025', ['s-5-1'], { count: 12, age_min: 18, age_max: 40 }),
  rel(
    'bcij',
    'ARRESTED',
    'extremists-2025',
    ['s-4-1', 's-5-1'],
    { count: 12, age_min: 18, age_max: 40, date: '2025-02-19' },
    's-4-1 names the BCIJ as the agency of the operation; s-5-1 says the operation led to the arrest of the 12.',
  ),
  rel(
    'extremists-2025',
    'MEMBER_OF',
    'lions-of-the-caliphate',
    ['s-5-1', 's-6-1'],
    undefined,
    's-5-1 tells the 12 arrests of the operation; s-6-1 calls the same operation the dismantling of this cell.',
  ),
  rel(
    'extremists-2025',
    'PLEDGED_ALLEGIANCE_TO',
    'daesh',
    ['s-5-1'],
    { verb: 'بايعوا' },
    's-5-1 says «التنظيم الإرهابي» (the terrorist organisation), which refers back to Daesh named in s-4-1.',
  ),
  rel('extremists-2025', 'PLANNED', 'plot-2025', ['s-5-1'], {
    activity: 'engaged in planning serious terrorist projects (التخطيط لتنفيذ مشاريع إرهابية خطيرة)',
  }),
  rel('sahel-daesh-leader', 'INCITED', 'plot-2025', ['s-4-1'], { manner: 'direct incitement (بتحريض مباشر)' }),
  rel('sahel-daesh-leader', 'MEMBER_OF', 'issp', ['s-4-1'], { role: 'prominent leader (قيادي بارز)' }),
  rel('issp', 'PART_OF', 'daesh', ['s-4-1', 's-6-1'], { relation: 'province (ولاية) of Daesh' }),
  rel('issp', 'OPERATES_IN', 'sahel', ['s-4-1', 's-6-1']),
  rel('plot-2025', 'TARGETED', 'morocco', ['s-4-1'], { target: 'the security of Morocco (أمن المغرب)' }),
  rel(
    'lions-of-the-caliphate',
    'AFFILIATED_WITH',
    'issp',
    ['s-4-1', 's-6-1'],
    { relation: 'incited by its leader; its dismantling exposed the plan for a branch of the Sahel province' },
    's-4-1: the cell acted on the direct incitement of a Daesh Sahel leader; s-6-1: its dismantling confirmed the aim of a branch of «ولاية داعش بالساحل».',
  ),
  rel(
    'lions-of-the-caliphate',
    'PART_OF',
    'dismantled-cells',
    ['s-3-1', 's-4-1'],
    { position: 'the latest (آخر تلك الخلايا)' },
    's-4-1 calls the cell «the last of those dismantled cells», referring back to the cells of s-3-1.',
  ),
  rel('moroccan-security-services', 'DISCOVERED', 'weapons-cache', ['s-5-1'], {
    when: 'a few days after the operation (بعد أيام)',
  }),
  rel('moroccan-security-services', 'CONDUCTED', 'weapons-cache-discovery', ['s-5-1']),
  rel('weapons-cache-discovery', 'FOUND', 'weapons-cache', ['s-5-1']),
  rel('weapons-cache-discovery', 'TOOK_PLACE_IN', 'errachidia-province', ['s-5-1']),
  rel('weapons-cache-discovery', 'FOLLOWED', 'lions-operation-2025', ['s-5-1'], {
    interval: 'a few days (بعد أيام)',
  }),
  rel('weapons-cache', 'LOCATED_IN', 'errachidia-province', ['s-5-1']),

  // ── Terrorist organisations and the threat from the Sahel ──
  rel('terrorist-groups', 'SEEKS_TO_ESTABLISH_BRANCH_OF', 'issp', ['s-6-1'], {
    where: 'in the Kingdom (بالمملكة)',
  }),
  rel('terrorist-groups', 'SEEKS_FOOTHOLD_IN', 'morocco', ['s-6-1', 's-10-1'], {
    aim: 'a foothold (موطئ قدم) and terrorist operations on its soil',
  }),
  rel('terrorist-groups', 'LINKED_TO', 'separatist-militias', ['s-6-1'], { visibility: 'no longer hidden (لم تعد خفية)' }),
  rel('terrorist-groups', 'LINKED_TO', 'organized-crime-networks', ['s-6-1'], {
    visibility: 'no longer hidden (لم تعد خفية)',
  }),
  rel('separatist-militias', 'LINKED_TO', 'organized-crime-networks', ['s-6-1'], {
    visibility: 'no longer hidden (لم تعد خفية)',
  }),
  rel('moroccan-security-services', 'COUNTERS', 'terrorist-groups', ['s-6-1', 's-10-1'], {
    posture: 'maximum vigilance (اليقظة القصوى); on the lookout (بالمرصاد)',
  }),
  rel('moroccan-security-services', 'MONITORS', 'sahel-sahara', ['s-6-1'], {
    threat: 'risks and repercussions coming from the Sahel and the Sahara',
  }),

  // ── Attacks on police officers; the 2023 murder of a traffic policeman ──
  rel('attacks-on-security-officers', 'TARGETED', 'national-security-officers', ['s-7-1']),
  rel(
    'traffic-policeman',
    'MEMBER_OF',
    'national-security-officers',
    ['s-7-1', 's-8-1'],
    undefined,
    's-8-1 presents his murder as the latest of the attacks on national security men told in s-7-1.',
  ),
  rel(
    'policeman-killing',
    'PART_OF',
    'attacks-on-security-officers',
    ['s-7-1', 's-8-1'],
    { position: 'the latest (أخر تلك العمليات)' },
    's-8-1 calls the killing «the last of those terrorist operations», i.e. of the attacks of s-7-1.',
  ),
  rel('policeman-killing', 'TARGETED', 'traffic-policeman', ['s-8-1'], { on_duty: true, body_mutilated: true }),
  rel('policeman-killing', 'TOOK_PLACE_IN', 'hay-rahma', ['s-8-1'], { site: 'near a roundabout (بالقرب من مدار طرقي)' }),
  rel('hay-rahma', 'LOCATED_IN', 'casablanca', ['s-8-1'], { relation: 'outskirts (ضواحي)' }),
  rel('moroccan-public-opinion', 'CONDEMNED', 'policeman-killing', ['s-9-1']),
  rel('moroccan-authorities', 'ANNOUNCED', 'case-solved-2023', ['s-9-1']),
  rel('case-solved-2023', 'SOLVED', 'policeman-killing', ['s-9-1'], { after: 'more than two weeks (أكثر من أسبوعين)' }),
  rel(
    'moroccan-authorities',
    'ANNOUNCED',
    'arrests-2023',
    ['s-9-1'],
    { date: '2023-03-15' },
    'The article uses the passive «سيتم الاعلان»; the authorities are the subject of the clause before it.',
  ),
  rel('announcement-2023', 'ON_DATE', 'date-2023-03-15', ['s-9-1']),
  rel('announcement-2023', 'REPORTS', 'arrests-2023', ['s-9-1']),
  rel('arrests-2023', 'ON_DATE', 'date-2023-03-15', ['s-9-1'], { date_role: 'announced' }),
  rel('arrests-2023', 'TARGETED', 'extremists-2023', ['s-9-1']),
  rel('extremists-2023', 'AFFILIATED_WITH', 'daesh', ['s-9-1'], { relation: 'loyal to (موالين)' }),
  rel('extremists-2023', 'SUSPECTED_OF', 'policeman-killing', ['s-9-1'], {
    context: 'within a terrorist project (في إطار مشروع إرهابي)',
  }),
  rel(
    'extremists-2023',
    'KILLED',
    'traffic-policeman',
    ['s-8-1', 's-9-1'],
    { suspected: true },
    's-8-1 tells the murder; s-9-1 says these extremists are suspected of that crime.',
  ),

  // ── Strategy, policies and Morocco's standing ──
  rel(
    'moroccan-security-services',
    'IMPLEMENTS',
    'security-strategy-2022-2026',
    ['s-10-1', 's-10-2'],
    undefined,
    's-10-2 («وذلك تنفيذا لبنود…») presents the vigilance of the services of s-10-1 as the implementation of the strategy.',
  ),
  rel('security-strategy-2022-2026', 'COVERS_PERIOD', 'period-2022-2026', ['s-10-2']),
  rel('security-strategy-2022-2026', 'DEVELOPS', 'forensic-police-labs', ['s-10-2'], { objective: 'develop (تطوير)' }),
  rel('moroccan-security-services', 'ADOPTED', 'proactive-policy', ['s-2-1'], {
    field: 'countering violent extremism (مكافحة التطرف العنيف)',
  }),
  rel('moroccan-security-services', 'PROTECTED', 'innocents', ['s-1-1'], { how: 'sparing innocent lives (تجنيب ازهاق أرواح)' }),
  rel('moroccan-security-services', 'PROTECTED', 'citizens', ['s-2-1'], { how: 'neutralising terrorist threats' }),
  rel('moroccan-security-services', 'PROTECTED', 'morocco', ['s-2-1'], {
    how: 'neutralising threats to the security of the Kingdom (أمن المملكة)',
  }),
  rel('morocco', 'ADOPTED', 'morocco-integrated-strategy', ['s-11-1'], {
    dimensions: ['security', 'religious', 'social', 'economic'],
  }),
  rel('morocco', 'PARTICIPATED_IN', 'global-fight-against-terrorism', ['s-11-1', 's-11-2'], {
    role: 'key actor (فاعل أساسي)',
    commitment: 'firm and explicit (الثابت والصريح)',
  }),
  rel('international-community', 'WAGES', 'global-fight-against-terrorism', ['s-11-1']),
  rel('bcij', 'PROVIDED_EXPERTISE_TO', 'morocco', ['s-11-2'], {
    expertise: 'recognised counter-terrorism expertise (خبرتها المشهود لها)',
    outcome: 'a leading role and renewed recognition for Morocco',
  }),
];

export default relationships;
