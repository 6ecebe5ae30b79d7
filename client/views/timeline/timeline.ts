/**
 * The timeline: what happened (events, dates, documents) on one lane and what was reported (articles) on
 * another, so "when it happened" and "when it was reported" never share a row. Points for days, bars for
 * months, years and periods. d3-scale and d3-axis draw the axis, d3-zoom zooms and pans it (wheel, or a
 * drag on the axis strip), d3-brush selects a range that filters the canvas. In the Arabic interface time
 * runs from right to left (docs/decisions/0018-timeline-direction.md).
 */
import { axisBottom } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { TimelineItem } from '../../../contract/views.ts';
import { viewsApi } from '../../api/views.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { focusNode } from '../../core/graph/actions.ts';
import { isoDay, nextWindow, type DayRange } from '../../core/time/slice.ts';
import { setPlaying, setRange, setTimeline } from '../../core/time/actions.ts';
import type { TimeStore } from '../../core/time/store.ts';
import { h, textSpan } from '../../dom.ts';
import { t, tCount, type MessageKey } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';
import { assignRows, type Row } from './lanes.ts';
import './timeline.css';

const DAY_MS = 86_400_000;
const ROW = 22;
const LANE_ROWS = 6;
/** Articles are few beside what they report: their lane is lower. */
const REPORT_ROWS = 2;
const AXIS_HEIGHT = 30;
const LANE_TITLE = 18;
/** Labels beside items only while they can be read; past this many, their names are in tooltips. */
const LABELLED_ITEMS = 60;
/** The widest label beside an item, in pixels; a longer one ends in an ellipsis (its title has it whole). */
const MAX_LABEL = 220;
const LABEL_GAP = 4;
/** A played window holds for this long before the next. */
export const PLAY_STEP_MS = 1400;

function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const dayStart = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const dayAfter = (iso: string): Date => new Date(dayStart(iso).getTime() + DAY_MS);

export interface TimelineView {
  element: HTMLElement;
  /** Loads the timeline the first time and redraws it to the panel's size. */
  show(): Promise<void>;
  /** How many canvas nodes the slice keeps, set by the canvas side. */
  setKept(count: number | null): void;
}

export function createTimelineView(ctx: ClientContext, time: TimeStore): TimelineView {
  const status = h('p', { class: 'timeline-status', 'aria-live': 'polite' });
  const playButton = h('button', { type: 'button', 'data-action': 'timeline-play' });
  const clearButton = h('button', { type: 'button', 'data-action': 'timeline-clear' });
  const fromInput = h('input', { type: 'date', 'data-field': 'timeline-from' });
  const toInput = h('input', { type: 'date', 'data-field': 'timeline-to' });
  const hint = h('p', { class: 'timeline-hint muted' });
  const svgHost = h('div', { class: 'timeline-axis', dir: 'ltr' });
  const undatedTitle = h('h3', {});
  const undatedList = h('ul', { class: 'timeline-undated' });
  const element = h(
    'div',
    { class: 'timeline-view' },
    h('div', { class: 'timeline-controls' }, status, h('span', { class: 'timeline-range' }, fromInput, '–', toInput), playButton, clearButton),
    h('div', { class: 'timeline-body' }, h('div', { class: 'timeline-main' }, svgHost, hint), h('aside', { class: 'timeline-side' }, undatedTitle, undatedList)),
  );

  const svg = select(svgHost).append('svg').attr('class', 'timeline-svg');
  const lanesGroup = svg.append('g').attr('class', 'lanes');
  const brushGroup = svg.append('g').attr('class', 'brush');
  const itemsGroup = svg.append('g').attr('class', 'items');
  const axisZone = svg.append('rect').attr('class', 'timeline-axis-zone');
  const axisGroup = svg.append('g').attr('class', 'x-axis');

  let base: ScaleTime<number, number> = scaleUtc();
  let transform: ZoomTransform = zoomIdentity;
  let width = 0;
  let height = 0;
  let kept: number | null = null;
  let movingBrush = false;
  let loaded: Promise<void> | null = null;
  let timer: number | null = null;
  /** What the last draw drew, so opening the panel does not draw the same items twice. */
  let drawn: { items: readonly TimelineItem[]; width: number } | null = null;

  const x = (): ScaleTime<number, number> => transform.rescaleX(base);
  const rtl = (): boolean => ctx.settings.get().ui === 'ar';
  const label = (item: { label: string; labelEn: string | null }): string => (ctx.settings.get().labels === 'en' ? (item.labelEn ?? item.label) : item.label);

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 400])
    // Wheel zooms anywhere; a drag pans only on the axis strip, since a drag over the lanes brushes.
    .filter((event: Event) => event.type === 'wheel' || (event.target instanceof Element && event.target.closest('.timeline-axis-zone, .x-axis') !== null))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      draw();
    });

  const brush: BrushBehavior<unknown> = brushX().on('end', (event: D3BrushEvent<unknown>) => {
    if (movingBrush || !event.sourceEvent) return;
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      setRange(time, null);
      return;
    }
    const scale = x();
    const [a, b] = [scale.invert(selection[0]), scale.invert(selection[1])].sort((p, q) => p.getTime() - q.getTime());
    if (!a || !b) return;
    setRange(time, { start: isoDay(a.getTime()), end: isoDay(b.getTime() - 1) });
  });

  function items(): readonly TimelineItem[] {
    return time.get().items ?? [];
  }

  function domain(): [Date, Date] {
    const all = items();
    if (all.length === 0) return [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2026, 0, 1))];
    const first = Math.min(...all.map((item) => dayStart(item.start).getTime()));
    const last = Math.max(...all.map((item) => dayAfter(item.end ?? item.start).getTime()));
    const pad = Math.max((last - first) * 0.04, 60 * DAY_MS);
    return [new Date(first - pad), new Date(last + pad)];
  }

  function layoutSize(): void {
    width = Math.max(200, svgHost.clientWidth);
    height = LANE_TITLE * 2 + ROW * (LANE_ROWS + REPORT_ROWS) + AXIS_HEIGHT + 12;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    base = scaleUtc().domain(domain()).range(rtl() ? [width - 12, 12] : [12, width - 12]);
    zoomer.extent([[0, 0], [width, height]]).translateExtent([[-width * 2, 0], [width * 3, height]]);
    svg.call(zoomer);
    brush.extent([[0, LANE_TITLE], [width, height - AXIS_HEIGHT - 6]]);
    brushGroup.call(brush);
  }

  const laneTop = (lane: 'event' | 'report'): number => (lane === 'event' ? LANE_TITLE : LANE_TITLE * 2 + ROW * LANE_ROWS);
  const laneRows = (lane: 'event' | 'report'): number => (lane === 'event' ? LANE_ROWS : REPORT_ROWS);
  /** SVG anchors follow the text's own direction: `start` of Arabic text is its right end. */
  const anchorFor = (text: string, extendLeft: boolean): 'start' | 'end' => (/[\u0600-\u06FF]/.test(text) === extendLeft ? 'start' : 'end');
  /** A label as drawn, measured in the panel's own font (once per text), cut to MAX_LABEL with an ellipsis. */
  const ruler = svg.append('text').attr('class', 'timeline-ruler').attr('aria-hidden', 'true');
  const widths = new Map<string, { text: string; width: number }>();
  function fitted(text: string): { text: string; width: number } {
    const known = widths.get(text);
    if (known) return known;
    const measure = (s: string): number => {
      ruler.text(s);
      const measured = ruler.node()?.getComputedTextLength() ?? 0;
      // A hidden panel measures nothing: estimate, and measure again once it is shown.
      return measured > 0 ? measured : s.length * 7;
    };
    let shown = text;
    let w = measure(shown);
    for (let keep = text.length - 1; w > MAX_LABEL && keep > 1; keep = Math.min(keep - 1, Math.floor((keep * MAX_LABEL) / w))) {
      shown = `${text.slice(0, keep).trimEnd()}…`;
      w = measure(shown);
    }
    const out = { text: shown, width: Math.ceil(w) };
    if ((ruler.node()?.getComputedTextLength() ?? 0) > 0) widths.set(text, out);
    ruler.text('');
    return out;
  }

  function draw(): void {
    const scale = x();
    const labelled = items().length <= LABELLED_ITEMS;
    const selected = new Set(ctx.graph.get().selection.nodes);
    const onCanvas = ctx.graph.get().content.nodes;
    const axisY = height - AXIS_HEIGHT;
    axisGroup.attr('transform', `translate(0,${axisY})`).call(axisBottom(scale).ticks(Math.max(2, Math.floor(width / 90))));
    axisZone.attr('x', 0).attr('y', axisY).attr('width', width).attr('height', AXIS_HEIGHT);
    svg.attr('data-scale', JSON.stringify({ domain: scale.domain().map((d) => d.toISOString()), range: scale.range() }));

    lanesGroup.selectAll('*').remove();
    for (const lane of ['event', 'report'] as const) {
      const top = laneTop(lane);
      lanesGroup.append('rect').attr('class', `lane lane-${lane}`).attr('x', 0).attr('y', top).attr('width', width).attr('height', ROW * laneRows(lane));
      lanesGroup
        .append('text')
        .attr('class', 'lane-title')
        .attr('x', rtl() ? width - 6 : 6)
        .attr('y', top - 4)
        .attr('text-anchor', 'start')
        .attr('direction', rtl() ? 'rtl' : 'ltr')
        .text(t(lane === 'event' ? 'timeline.happened' : 'timeline.reported'));
    }

    const placed = items().map((item) => {
      const a = scale(dayStart(item.start));
      const b = scale(dayAfter(item.end ?? item.start));
      const x0 = Math.min(a, b);
      const x1 = Math.max(x0 + 8, Math.max(a, b));
      const text = labelled ? fitted(label(item)) : { text: '', width: 0 };
      // The label goes on the side the reading direction puts it, or on the other when the panel's edge would cut it.
      const before = rtl() ? x0 - LABEL_GAP - text.width >= 0 || x1 + LABEL_GAP + text.width > width : x1 + LABEL_GAP + text.width > width && x0 - LABEL_GAP - text.width >= 0;
      const room = text.width === 0 ? 0 : LABEL_GAP + text.width;
      return { item, x0, x1, text: text.text, before, mark: { x0, x1 }, labelled: before ? { x0: x0 - room, x1 } : { x0, x1: x1 + room } };
    });
    const rows = new Map<string, Row>();
    for (const lane of ['event', 'report'] as const) {
      const here = placed.filter((p) => p.item.time === lane).map((p) => ({ id: p.item.id, mark: p.mark, labelled: p.labelled }));
      for (const [id, row] of assignRows(here, 6, laneRows(lane))) rows.set(`${lane}|${id}`, row);
    }
    const shown = (d: (typeof placed)[number]): string => (rows.get(`${d.item.time}|${d.item.id}`)?.label === true ? d.text : '');

    const groups = itemsGroup
      .selectAll<SVGGElement, (typeof placed)[number]>('g.item')
      .data(placed, (d) => `${d.item.time}|${d.item.id}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'item').attr('tabindex', 0).attr('role', 'button');
        g.append('title');
        g.append('path').attr('class', 'mark');
        g.append('text').attr('class', 'item-label');
        g.on('click', (_event: MouseEvent, d) => activate(d.item));
        g.on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            activate(d.item);
          }
        });
        return g;
      });
    groups
      .attr('data-id', (d) => d.item.id)
      .attr('data-time', (d) => d.item.time)
      .attr('data-precision', (d) => d.item.precision)
      .attr('data-start', (d) => d.item.start)
      .classed('selected', (d) => selected.has(d.item.id))
      .classed('off-canvas', (d) => d.item.time === 'event' && !onCanvas.has(d.item.id))
      .attr('transform', (d) => `translate(0,${laneTop(d.item.time) + (rows.get(`${d.item.time}|${d.item.id}`)?.row ?? 0) * ROW + ROW / 2})`);
    // Texts are written only when they change: a thousand titles and labels rewritten on every zoom step
    // cost more than the marks themselves.
    groups.select<SVGTitleElement>('title').each(function (d) {
      setText(this, `${label(d.item)} — ${d.item.start}${d.item.end ? ` / ${d.item.end}` : ''} (${t((`timeline.precision.${d.item.precision}` as const) satisfies MessageKey)})`);
    });
    groups
      .select<SVGPathElement>('path.mark')
      .attr('fill', (d) => (d.item.time === 'report' ? '#495057' : kindStyle(d.item.kind).color))
      .attr('d', (d) => {
        if (d.item.precision === 'day') {
          const cx = (d.x0 + d.x1) / 2;
          // Reports are squares, happenings circles: the two kinds of time never look alike.
          return d.item.time === 'report' ? `M${cx - 5},-5h10v10h-10z` : `M${cx - 5},0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0`;
        }
        const w = Math.max(4, d.x1 - d.x0);
        return d.item.time === 'report' ? `M${d.x0},-6h${w}v12h-${w}z` : `M${d.x0},-5h${w}v10h-${w}z`;
      });
    groups
      .select<SVGTextElement>('text.item-label')
      .attr('x', (d) => (d.before ? d.x0 - LABEL_GAP : d.x1 + LABEL_GAP))
      .attr('y', 4)
      .attr('text-anchor', (d) => anchorFor(d.text, d.before))
      .attr('direction', (d) => (/[\u0600-\u06FF]/.test(d.text) ? 'rtl' : 'ltr'))
      .each(function (d) {
        setText(this, shown(d));
      });

    moveBrushTo(time.get().range);
    drawn = { items: items(), width };
  }

  function moveBrushTo(range: DayRange | null): void {
    movingBrush = true;
    if (range) {
      const scale = x();
      const a = scale(dayStart(range.start));
      const b = scale(dayAfter(range.end));
      brush.move(brushGroup, [Math.min(a, b), Math.max(a, b)]);
    } else brush.move(brushGroup, null);
    movingBrush = false;
  }

  function activate(item: TimelineItem): void {
    if (item.time === 'report') {
      status.textContent = `${item.label} — ${t('timeline.article', { date: item.start.slice(0, item.precision === 'year' ? 4 : item.precision === 'month' ? 7 : 10) })}`;
      return;
    }
    if (ctx.graph.get().content.nodes.has(item.id)) focusNode(ctx.graph, item.id);
    else void placeNode(ctx, item.id);
  }

  function renderControls(): void {
    const state = time.get();
    const count = items().filter((item) => item.time === 'event').length;
    const parts = [tCount('timeline.items', count)];
    if (state.range) parts.push(t('timeline.slice', { from: state.range.start, to: state.range.end }));
    else parts.push(t('timeline.noSlice'));
    if (state.range && kept !== null) parts.push(tCount('timeline.kept', kept));
    if (state.truncated) parts.push(t('timeline.truncated'));
    status.textContent = items().length === 0 && state.items !== null ? t('timeline.empty') : parts.join(' · ');
    playButton.textContent = state.playing ? t('timeline.pause') : t('timeline.play');
    playButton.setAttribute('aria-pressed', String(state.playing));
    clearButton.textContent = t('timeline.clear');
    clearButton.disabled = state.range === null;
    fromInput.value = state.range?.start ?? '';
    toInput.value = state.range?.end ?? '';
    fromInput.setAttribute('aria-label', t('timeline.slice', { from: '', to: '' }));
    hint.textContent = t('timeline.brushHint');
    undatedTitle.textContent = t('timeline.undated');
    undatedList.replaceChildren(
      ...(state.undated.length === 0 ? [h('li', { class: 'muted' }, t('timeline.noUndated'))] : []),
      ...state.undated.map((item) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: `link undated-item${ctx.graph.get().selection.nodes.includes(item.id) ? ' selected' : ''}`,
              'data-id': item.id,
              onclick: () => (ctx.graph.get().content.nodes.has(item.id) ? focusNode(ctx.graph, item.id) : void placeNode(ctx, item.id)),
            },
            textSpan(label(item)),
          ),
        ),
      ),
    );
  }

  function fromInputs(): void {
    const start = fromInput.value;
    const end = toInput.value;
    if (start && end) setRange(time, start <= end ? { start, end } : { start: end, end: start });
  }
  fromInput.addEventListener('change', fromInputs);
  toInput.addEventListener('change', fromInputs);
  clearButton.addEventListener('click', () => setRange(time, null));
  playButton.addEventListener('click', () => setPlaying(time, !time.get().playing));

  function step(): void {
    const state = time.get();
    const all = items();
    const last = all.reduce((m, item) => ((item.end ?? item.start) > m ? (item.end ?? item.start) : m), '');
    if (!state.range) {
      const first = all[0];
      if (!first) return setPlaying(time, false);
      const year = first.start.slice(0, 4);
      setRange(time, { start: `${year}-01-01`, end: `${year}-12-31` });
      return;
    }
    const next = nextWindow(state.range, last);
    if (next) setRange(time, next);
    else setPlaying(time, false);
  }

  time.subscribe((state, previous) => {
    if (state.playing !== previous.playing) {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
      if (state.playing) {
        step();
        timer = window.setInterval(step, PLAY_STEP_MS);
      }
    }
    if (state.items !== previous.items) {
      layoutSize();
      draw();
    } else if (state.range !== previous.range) moveBrushTo(state.range);
    renderControls();
  });
  ctx.graph.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.content.nodes !== previous.content.nodes) {
      if (element.isConnected && width > 0) draw();
      renderControls();
    }
  });
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui || state.labels !== previous.labels) {
      if (element.isConnected && width > 0) {
        layoutSize();
        draw();
      }
      renderControls();
    }
  });
  renderControls();

  return {
    element,
    async show() {
      loaded ??= (async () => {
        const timeline = await attempt(ctx, 'task.timeline', () => viewsApi.timeline());
        if (timeline) setTimeline(time, timeline);
        else loaded = null;
      })();
      await loaded;
      // Loading drew the items already (the store's subscriber); draw again only if the panel's width changed.
      const before = drawn;
      layoutSize();
      if (before?.items !== items() || before.width !== width) draw();
    },
    setKept(count) {
      kept = count;
      renderControls();
    },
  };
}

