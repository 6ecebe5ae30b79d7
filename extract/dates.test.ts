import { describe, expect, it } from 'vitest';
import { findDates, resolveWeekday } from './dates.ts';
import { tokenize } from './tokens.ts';

const dates = (text: string, published?: string) => findDates(tokenize(text), text, published);

describe('dates', () => {
  it('reads day, month and year with Moroccan, Egyptian and Algerian month names', () => {
    expect(dates('أعلن يوم 19 فبراير 2025 عن العملية')[0]).toMatchObject({ iso: '2025-02-19', granularity: 'day', weekday: 'Wednesday' });
    expect(dates('في 3 شتنبر 2024')[0]?.iso).toBe('2024-09-03');
    expect(dates('في 3 سبتمبر 2024')[0]?.iso).toBe('2024-09-03');
    expect(dates('في 7 جويلية 2021')[0]?.iso).toBe('2021-07-07');
    expect(dates('منذ 1 ماي 2019')[0]?.iso).toBe('2019-05-01');
    expect(dates('بتاريخ 28 دجنبر 2023')[0]?.iso).toBe('2023-12-28');
  });

  it('reads Levantine month names, including the two-word ones', () => {
    expect(dates('في 5 آذار 2020')[0]?.iso).toBe('2020-03-05');
    expect(dates('في 12 تشرين الثاني 2015')[0]?.iso).toBe('2015-11-12');
    expect(dates('في 2 كانون الثاني 2016')[0]?.iso).toBe('2016-01-02');
  });

  it('reads Arabic-Indic digits and numeric dates', () => {
    expect(dates('يوم ١٩ فبراير ٢٠٢٥')[0]?.iso).toBe('2025-02-19');
    expect(dates('بتاريخ 19/02/2025')[0]?.iso).toBe('2025-02-19');
    expect(dates('بتاريخ 2025-02-19')[0]?.iso).toBe('2025-02-19');
    expect(dates('بتاريخ 31/02/2025').some((d) => d.granularity === 'day')).toBe(false);
  });

  it('keeps the weekday written beside a date', () => {
    expect(dates('يوم الأربعاء 15 مارس 2023')[0]).toMatchObject({ iso: '2023-03-15', weekday: 'Wednesday', text: 'يوم الأربعاء 15 مارس 2023' });
  });

  it('reads months, years and periods', () => {
    expect(dates('خلال شهر مارس 2023')[0]).toMatchObject({ iso: '2023-03', granularity: 'month', date_end: '2023-03-31' });
    expect(dates('منذ سنة 2002')[0]).toMatchObject({ iso: '2002', granularity: 'year', date_start: '2002-01-01' });
    expect(dates('الفترة الممتدة ما بين 2022 و2026')[0]).toMatchObject({ iso: '2022/2026', granularity: 'period', date_end: '2026-12-31' });
    expect(dates('برنامج يمتد من 2024 إلى 2026')[0]?.iso).toBe('2024/2026');
    expect(dates('الخطة 2021-2025')[0]?.iso).toBe('2021/2025');
  });

  it('does not read a count as a year', () => {
    expect(dates('أزيد من 40 خلية')).toEqual([]);
    expect(dates('حجز 2000 قرص')).toEqual([]);
  });

  it('resolves a bare weekday against the publication date, else keeps it as text', () => {
    expect(dates('تمكن المكتب، يوم الأربعاء، من تفكيك خلية')[0]).toMatchObject({ weekday: 'Wednesday', granularity: 'day' });
    expect(dates('تمكن المكتب، يوم الأربعاء، من تفكيك خلية')[0]?.iso).toBeUndefined();
    expect(dates('تمكن المكتب، يوم الأربعاء، من تفكيك خلية', '2024-06-14')[0]).toMatchObject({ iso: '2024-06-12', rule: 'date.weekday-resolved' });
    expect(resolveWeekday('2024-06-12', 3)).toBe('2024-06-12');
    expect(resolveWeekday('2024-06-10', 3)).toBe('2024-06-05');
  });

  it('gives a day without a year the publication year', () => {
    expect(dates('يوم 3 مارس', '2024-03-05')[0]).toMatchObject({ iso: '2024-03-03', inferred: 'year of the publication date' });
    expect(dates('يوم 3 مارس')[0]?.iso).toBeUndefined();
  });
});
