/** Documents (`Document`): the statement, the written strategy and the policies the article names. */
import type { EntityInput } from './schema.ts';

const documents: EntityInput[] = [
  {
    kind: 'Document',
    id: 'dgsn-statement-2025',
    document_type: 'press statement',
    date: '2025-02-19',
    name_ar: 'بيان المديرية العامة للأمن الوطني',
    name_en: 'DGSN statement of 19 February 2025',
    aliases_ar: [],
    descriptions_ar: ['بيان'],
    aliases_latin: ['DGSN statement', 'DGSN press release', 'communiqué de la DGSN'],
    description_en: 'DGSN statement announcing the dismantling of the Lions of the Caliphate cell; the article quotes it.',
  },
  {
    kind: 'Document',
    id: 'security-strategy-2022-2026',
    document_type: 'strategy',
    name_ar: 'الاستراتيجية الأمنية لمكافحة الجريمة 2022-2026',
    name_en: 'Security strategy to combat crime 2022–2026',
    aliases_ar: ['الاستراتيجية الأمنية لمكافحة الجريمة'],
    aliases_latin: ['security strategy 2022-2026', 'stratégie sécuritaire 2022-2026', 'crime-fighting strategy'],
    description_en: 'Security strategy whose provisions the services implement: crime-fighting structures, forensics, intelligence.',
    properties: {
      objectives_en: [
        'strengthen the structures for combating crime',
        'develop the scientific and technical police laboratories',
        'systematic use of criminal intelligence and technical support in all criminal investigations',
      ],
      objectives_ar: [
        'تقوية بنيات مكافحة الجريمة',
        'تطوير مختبرات الشرطة العلمية والتقنية',
        'تعزيز الاستخدام الممنهج لآليات الاستعلام الجنائي والدعم التقني في مختلف الأبحاث الجنائية',
      ],
    },
  },
  {
    kind: 'Document',
    id: 'proactive-policy',
    document_type: 'policy',
    name_ar: 'السياسة الاستباقية',
    name_en: 'Proactive security policy',
    aliases_ar: [],
    descriptions_ar: ['السياسة الاستباقية'],
    aliases_latin: ['proactive policy', 'pre-emptive policy', 'politique proactive'],
    description_en: 'The security services\u2019 pre-emptive approach to violent extremism, credited with their results.',
  },
  {
    kind: 'Document',
    id: 'morocco-integrated-strategy',
    document_type: 'strategy',
    name_ar: 'الاستراتيجية المنسجمة للمغرب',
    name_en: "Morocco's integrated counter-terrorism strategy",
    aliases_ar: [],
    descriptions_ar: ['استراتيجيته المنسجمة'],
    aliases_latin: ['integrated strategy', 'coherent strategy', 'stratégie intégrée'],
    description_en: "Morocco's coherent strategy combining security, religious, social and economic dimensions.",
    properties: { dimensions_en: ['security', 'religious', 'social', 'economic'] },
  },
];

export default documents;
