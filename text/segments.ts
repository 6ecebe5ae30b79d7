/**
 * A text cut where any of a set of spans begins or ends, so that spans that overlap or nest can all be
 * shown: each piece knows every span that covers it. «ولاية داعش بالساحل» with the province, Daesh and
 * the Sahel marked becomes «ولاية »(1) «داعش»(1, 2) « »(1) «بالساحل»(1, 3).
 */
export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indices into the spans given, outermost (longest) first; empty for plain text. */
  covering: number[];
}

export function segments(length: number, spans: readonly Span[]): Segment[] {
  const valid = spans.map((span, index) => ({ ...span, index })).filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = new Set<number>([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (start === end) continue;
    const covering = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.index - b.index)
      .map((span) => span.index);
    out.push({ start, end, covering });
  }
  return out;
}
