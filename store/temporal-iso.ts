/**
 * Temporal values as the ISO text Neo4j itself writes (`toString()` in Cypher), built from their fields
 * with integer arithmetic. JavaScript's Date covers only ±275 760 years around 1970 and Neo4j stores
 * years up to ±999 999 999, so nothing here goes through Date.
 */

/** An integer field as the driver gives it: a number, a bigint or a lossless Integer. */
export type IntegerField = number | bigint | { toString(): string };

function big(value: IntegerField): bigint {
  return typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value.toString());
}

function pad(value: bigint, width: number): string {
  return value.toString().padStart(width, '0');
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Years 0–9999 in four digits; others with their sign, as ISO 8601's expanded form (+12345, -0001). */
export function isoYear(year: IntegerField): string {
  const y = big(year);
  if (y < 0n) return `-${pad(-y, 4)}`;
  return y > 9999n ? `+${y.toString()}` : pad(y, 4);
}

/** The fraction of a second without its trailing zeros, as Neo4j prints it: `.5`, `.000000004`. */
function fraction(nanoseconds: bigint): string {
  return nanoseconds === 0n ? '' : `.${pad(abs(nanoseconds), 9).replace(/0+$/, '')}`;
}

export interface DateFields {
  year: IntegerField;
  month: IntegerField;
  day: IntegerField;
}

export interface TimeFields {
  hour: IntegerField;
  minute: IntegerField;
  second: IntegerField;
  nanosecond: IntegerField;
}

export function isoDate(d: DateFields): string {
  return `${isoYear(d.year)}-${pad(big(d.month), 2)}-${pad(big(d.day), 2)}`;
}

export function isoLocalTime(t: TimeFields): string {
  return `${pad(big(t.hour), 2)}:${pad(big(t.minute), 2)}:${pad(big(t.second), 2)}${fraction(big(t.nanosecond))}`;
}

/** `Z`, or ±HH:MM, with :SS when the offset has seconds (historical local mean times do). */
export function isoOffset(offsetSeconds: IntegerField): string {
  const total = big(offsetSeconds);
  if (total === 0n) return 'Z';
  const magnitude = abs(total);
  const hhmm = `${total < 0n ? '-' : '+'}${pad(magnitude / 3600n, 2)}:${pad((magnitude % 3600n) / 60n, 2)}`;
  const seconds = magnitude % 60n;
  return seconds === 0n ? hhmm : `${hhmm}:${pad(seconds, 2)}`;
}

export function isoTime(t: TimeFields & { timeZoneOffsetSeconds: IntegerField }): string {
  return isoLocalTime(t) + isoOffset(t.timeZoneOffsetSeconds);
}

export function isoLocalDateTime(dt: DateFields & TimeFields): string {
  return `${isoDate(dt)}T${isoLocalTime(dt)}`;
}

export function isoDateTime(
  dt: DateFields & TimeFields & { timeZoneOffsetSeconds?: IntegerField | null; timeZoneId?: string | null },
): string {
  const offset = dt.timeZoneOffsetSeconds === undefined || dt.timeZoneOffsetSeconds === null ? '' : isoOffset(dt.timeZoneOffsetSeconds);
  const zone = dt.timeZoneId ? `[${dt.timeZoneId}]` : '';
  return isoLocalDateTime(dt) + offset + zone;
}

export interface DurationFields {
  months: IntegerField;
  days: IntegerField;
  seconds: IntegerField;
  nanoseconds: IntegerField;
}

function part(value: bigint, unit: string): string {
  return value === 0n ? '' : `${value.toString()}${unit}`;
}

/**
 * Neo4j's form of a duration: years and months from the months, days, then hours, minutes and seconds
 * from the seconds, each part with its own sign and zero parts left out (`P1Y2M-3DT3.25S`, `PT0S`).
 */
export function isoDuration(d: DurationFields): string {
  const months = big(d.months);
  const days = big(d.days);
  let seconds = big(d.seconds);
  let nanos = big(d.nanoseconds);
  if (months === 0n && days === 0n && seconds === 0n && nanos === 0n) return 'PT0S';
  let text = `P${part(months / 12n, 'Y')}${part(months % 12n, 'M')}${part(days, 'D')}`;
  if (seconds !== 0n || nanos !== 0n) {
    // Nanoseconds are stored as a positive adjustment; a negative duration shows them negative.
    if (seconds < 0n && nanos !== 0n) {
      seconds += 1n;
      nanos -= 1_000_000_000n;
    }
    text += `T${part(seconds / 3600n, 'H')}`;
    seconds %= 3600n;
    text += part(seconds / 60n, 'M');
    seconds %= 60n;
    const digits = fraction(nanos);
    if (seconds !== 0n) text += `${seconds.toString()}${digits}S`;
    else if (nanos !== 0n) text += `${nanos < 0n ? '-' : ''}0${digits}S`;
  }
  return text;
}
