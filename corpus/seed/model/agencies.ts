/** Security agencies and state bodies. `aliases_ar` are written as the article writes them. */
import type { EntityInput } from './schema.ts';

const agencies: EntityInput[] = [
  {
    kind: 'Agency',
    id: 'bcij',
    name_ar: 'المكتب المركزي للأبحاث القضائية',
    name_en: 'Central Bureau of Judicial Investigations',
    acronym: 'BCIJ',
    aliases_ar: ['المكتب المركزي للأبحاث القضائية'],
    aliases_latin: [
      'BCIJ',
      'Central Bureau of Judicial Investigation',
      "Bureau central d'investigations judiciaires",
      'Bureau Central des Investigations Judiciaires',
    ],
    description_en: "Morocco's counter-terrorism investigation bureau, attached to the DGST; led the February 2025 operation.",
  },
  {
    kind: 'Agency',
    id: 'dgst',
    name_ar: 'المديرية العامة لمراقبة التراب الوطني',
    name_en: 'General Directorate for Territorial Surveillance',
    acronym: 'DGST',
    aliases_ar: ['المديرية العامة لمراقبة التراب الوطني'],
    aliases_latin: [
      'DGST',
      'General Directorate of Territorial Surveillance',
      'Directorate-General for Territorial Surveillance',
      'Direction générale de la surveillance du territoire',
    ],
    description_en: "Morocco's domestic intelligence service, to which the BCIJ is attached; directed by Abdellatif Hammouchi.",
  },
  {
    kind: 'Agency',
    id: 'dgsn',
    name_ar: 'المديرية العامة للأمن الوطني',
    name_en: 'General Directorate of National Security',
    acronym: 'DGSN',
    // The article calls it «الادارة العامة للأمن الوطني» (administration instead of directorate).
    aliases_ar: ['الادارة العامة للأمن الوطني'],
    aliases_latin: [
      'DGSN',
      'Directorate-General for National Security',
      'General Directorate for National Security',
      'Direction générale de la sûreté nationale',
      'Sûreté nationale',
    ],
    description_en: "Morocco's national police directorate; its statement of 19 February 2025 announced the Lions of the Caliphate case.",
  },
  {
    kind: 'Agency',
    id: 'bnpj',
    name_ar: 'الفرقة الوطنية للشرطة القضائية',
    name_en: 'National Judicial Police Brigade',
    acronym: 'BNPJ',
    aliases_ar: ['الفرقة الوطنية للشرطة القضائية'],
    aliases_latin: ['BNPJ', 'National Brigade of Judicial Police', 'Brigade nationale de la police judiciaire'],
    description_en: 'Police brigade under which terrorist cells were dismantled in the early years, before the BCIJ was founded.',
  },
  {
    kind: 'Agency',
    id: 'moroccan-security-services',
    name_ar: 'المصالح الأمنية المغربية',
    name_en: 'Moroccan security services',
    aliases_ar: [
      'المصالح الامنية المغربية',
      'المصالح الأمنية',
      'المصالح الامنية',
      'الأجهزة الأمنية المغربية',
      'الأجهزة الأمنية',
      'الأجهزة الاستخباراتية والأمنية المغربية',
    ],
    aliases_latin: [
      'security services',
      'Moroccan intelligence and security services',
      'services de sécurité marocains',
      'services sécuritaires marocains',
    ],
    description_en:
      "Morocco's security and intelligence apparatus as a whole, credited with dismantling dozens of cells since 2002.",
  },
  {
    kind: 'Agency',
    id: 'moroccan-authorities',
    name_ar: 'السلطات المغربية',
    name_en: 'Moroccan authorities',
    aliases_ar: [],
    descriptions_ar: ['السلطات'],
    aliases_latin: ['authorities', 'les autorités', 'autorités marocaines'],
    description_en: 'The authorities that announced the murder of the traffic policeman solved in March 2023.',
  },
  {
    kind: 'Agency',
    id: 'forensic-police-labs',
    name_ar: 'مختبرات الشرطة العلمية والتقنية',
    name_en: 'Scientific and technical police laboratories',
    aliases_ar: ['مختبرات الشرطة العلمية والتقنية'],
    aliases_latin: [
      'forensic police laboratories',
      'forensic labs',
      'Laboratoires de police scientifique et technique',
      'police scientifique et technique',
    ],
    description_en: 'Forensic laboratories whose development is one of the aims of the 2022-2026 security strategy.',
  },
];

export default agencies;
