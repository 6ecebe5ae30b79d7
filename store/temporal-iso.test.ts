import { describe, expect, it } from 'vitest';
import { isoDate, isoDateTime, isoDuration, isoLocalDateTime, isoLocalTime, isoTime, isoYear } from './temporal-iso.ts';

// Expected texts are what Neo4j 5.26's toString() printed for the same values (to-json.int.test.ts checks
// many more against the real database).
describe('temporal values as ISO text, without Date', () => {
  it('writes years the way Neo4j does, far beyond the range of a JavaScript Date', () => {
    expect(isoYear(2025)).toBe('2025');
    expect(isoYear(0)).toBe('0000');
    expect(isoYear(-1)).toBe('-0001');
    expect(isoYear(12345)).toBe('+12345');
    expect(isoDate({ year: 275761, month: 1, day: 1 })).toBe('+275761-01-01');
    expect(isoDate({ year: -999_999_999, month: 1, day: 1 })).toBe('-999999999-01-01');
    expect(isoDate({ year: 999_999_999n, month: 12n, day: 31n })).toBe('+999999999-12-31');
  });

  it('writes times with seconds always and fractions without trailing zeros', () => {
    expect(isoLocalTime({ hour: 1, minute: 0, second: 0, nanosecond: 0 })).toBe('01:00:00');
    expect(isoLocalTime({ hour: 1, minute: 2, second: 3, nanosecond: 4_000_000 })).toBe('01:02:03.004');
    expect(isoLocalTime({ hour: 1, minute: 0, second: 0, nanosecond: 4000 })).toBe('01:00:00.000004');
    expect(isoLocalTime({ hour: 1, minute: 0, second: 0, nanosecond: 4 })).toBe('01:00:00.000000004');
    expect(isoLocalTime({ hour: 2, minute: 28, second: 0, nanosecond: 999_990_000 })).toBe('02:28:00.99999');
    expect(isoTime({ hour: 1, minute: 0, second: 0, nanosecond: 0, timeZoneOffsetSeconds: 19800 })).toBe('01:00:00+05:30');
    expect(isoTime({ hour: 1, minute: 0, second: 0, nanosecond: 0, timeZoneOffsetSeconds: 0 })).toBe('01:00:00Z');
    expect(isoTime({ hour: 1, minute: 0, second: 0, nanosecond: 0, timeZoneOffsetSeconds: -64800 })).toBe('01:00:00-18:00');
    expect(isoTime({ hour: 1, minute: 0, second: 0, nanosecond: 0, timeZoneOffsetSeconds: 3723 })).toBe('01:00:00+01:02:03');
  });

  it('writes date-times with their offset and zone', () => {
    const midnight = { hour: 0, minute: 0, second: 0, nanosecond: 0 };
    expect(isoLocalDateTime({ year: 1, month: 1, day: 1, ...midnight })).toBe('0001-01-01T00:00:00');
    expect(isoDateTime({ year: 2020, month: 1, day: 1, ...midnight, timeZoneOffsetSeconds: 3600, timeZoneId: 'Europe/Paris' })).toBe(
      '2020-01-01T00:00:00+01:00[Europe/Paris]',
    );
    expect(isoDateTime({ year: 1800, month: 1, day: 1, ...midnight, timeZoneOffsetSeconds: 561, timeZoneId: 'Europe/Paris' })).toBe(
      '1800-01-01T00:00:00+00:09:21[Europe/Paris]',
    );
    expect(isoDateTime({ year: 999_999_999, month: 12, day: 31, hour: 23, minute: 59, second: 59, nanosecond: 999_999_999, timeZoneOffsetSeconds: 0 })).toBe(
      '+999999999-12-31T23:59:59.999999999Z',
    );
  });

  it('writes durations part by part, each with its sign', () => {
    expect(isoDuration({ months: 0, days: 14, seconds: 58320, nanoseconds: 0 })).toBe('P14DT16H12M');
    expect(isoDuration({ months: 0, days: 0, seconds: -1, nanoseconds: 1 })).toBe('PT-0.999999999S');
    expect(isoDuration({ months: -13, days: 0, seconds: 0, nanoseconds: 0 })).toBe('P-1Y-1M');
    expect(isoDuration({ months: 0, days: 0, seconds: 0, nanoseconds: 0 })).toBe('PT0S');
    expect(isoDuration({ months: 0, days: 0, seconds: 0, nanoseconds: 500_000_000 })).toBe('PT0.5S');
    expect(isoDuration({ months: 0, days: 0, seconds: -1, nanoseconds: 500_000_000 })).toBe('PT-0.5S');
    expect(isoDuration({ months: 14, days: -3, seconds: 3, nanoseconds: 250_000_000 })).toBe('P1Y2M-3DT3.25S');
    expect(isoDuration({ months: 0, days: 0, seconds: -89940, nanoseconds: 0 })).toBe('PT-24H-59M');
    expect(isoDuration({ months: 0, days: 400, seconds: 0, nanoseconds: 0 })).toBe('P400D');
    expect(isoDuration({ months: 0, days: 0, seconds: 9_223_372_036_854_775_807n, nanoseconds: 0 })).toBe('PT2562047788015215H30M7S');
  });
});
