/**
 * Dates and periods (`Date`) are nodes, so events, documents and periods can be reached and compared through them.
 * `date` is the ISO form (an interval for a period); `date_start`/`date_end` bound it for range queries.
 */
import type { EntityInput } from './schema.ts';

const dates: EntityInput[] = [
  {
    kind: 'Date',
    id: 'date-2002',
    date: '2002',
    granularity: 'year',
    date_start: '2002-01-01',
    date_end: '2002-12-31',
    name_ar: 'سنة 2002',
    name_en: '2002',
    aliases_ar: ['سنة 2002'],
    aliases_latin: ['year 2002', 'en 2002'],
    description_en: 'Year the first terrorist cell, an al-Qaeda one, was dismantled.',
  },
  {
    kind: 'Date',
    id: 'date-2025-02-19',
    date: '2025-02-19',
    granularity: 'day',
    date_start: '2025-02-19',
    date_end: '2025-02-19',
    weekday: 'Wednesday',
    name_ar: '19 فبراير 2025',
    name_en: '19 February 2025',
    aliases_ar: ['19 فبراير 2025'],
    aliases_latin: ['February 19, 2025', '19 février 2025', '2025-02-19'],
    description_en: 'Date of the DGSN statement announcing the dismantling of the Lions of the Caliphate cell.',
  },
  {
    kind: 'Date',
    id: 'date-2023-03-15',
    date: '2023-03-15',
    granularity: 'day',
    date_start: '2023-03-15',
    date_end: '2023-03-15',
    weekday: 'Wednesday',
    name_ar: 'الأربعاء 15 مارس 2023',
    name_en: 'Wednesday 15 March 2023',
    aliases_ar: ['يوم الأربعاء 15 مارس 2023', '15 مارس 2023'],
    aliases_latin: ['15 March 2023', 'March 15, 2023', '15 mars 2023', '2023-03-15'],
    description_en: 'Date on which the arrest of the Daesh-loyal suspects in the policeman murder was announced.',
  },
  {
    kind: 'Date',
    id: 'period-2022-2026',
    date: '2022/2026',
    granularity: 'period',
    date_start: '2022-01-01',
    date_end: '2026-12-31',
    name_ar: 'الفترة الممتدة ما بين 2022 و2026',
    name_en: '2022–2026',
    aliases_ar: [],
    descriptions_ar: ['الفترة الممتدة ما بين 2022 و2026'],
    aliases_latin: ['2022-2026', '2022 to 2026'],
    description_en: 'Period covered by the security strategy to combat crime.',
  },
];

export default dates;
