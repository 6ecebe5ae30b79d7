/**
 * The map: places with coordinates on the offline basemap (basemap.ts), drawn with d3-geo in SVG so Arabic
 * labels are shaped by the browser. Cities, neighbourhoods and sites are points; regions such as the Sahel
 * are labelled approximate zones; countries are labels. d3-zoom zooms and pans. Clicking a place selects
 * it on the canvas (adding it when absent); selecting on the canvas marks the place, or the places an
 * entity is tied to, and lists what is tied to the chosen place.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Place } from '../../../contract/views.ts';
import { viewsApi } from '../../api/views.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { focusNode } from '../../core/graph/actions.ts';
import { h, textSpan } from '../../dom.ts';
import { kindName, t, tCount } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';
import { loadBasemap, type Basemap } from './basemap.ts';
import { placeLabels } from './label-placement.ts';
import './map.css';

/** Drawn as areas: the coordinates are a rough centre of something large. */
const ZONE_TYPES = new Set(['region']);
const LABEL_ONLY_TYPES = new Set(['country']);
/** Radius of an approximate zone, in degrees of latitude. */
const ZONE_DEGREES = 4;

export interface MapView {
  element: HTMLElement;
  show(): Promise<void>;
}

export function createMapView(ctx: ClientContext): MapView {
  const status = h('p', { class: 'map-status', 'aria-live': 'polite' });
  const hint = h('p', { class: 'map-hint muted' });
  const sources = h('p', { class: 'map-sources muted' });
  const svgHost = h('div', { class: 'map-canvas', dir: 'ltr' });
  const tiesTitle = h('h3', {});
  const tiesBody = h('div', { class: 'map-ties' });
  const element = h(
    'div',
    { class: 'map-view' },
    h('div', { class: 'map-main' }, svgHost, h('div', { class: 'map-foot' }, status, hint, sources)),
    h('aside', { class: 'map-side' }, tiesTitle, tiesBody),
  );

  const svg = select(svgHost).append('svg').attr('class', 'map-svg');
  const basemapGroup = svg.append('g').attr('class', 'basemap');
  const countriesGroup = basemapGroup.append('g').attr('class', 'countries');
  const regionsGroup = basemapGroup.append('g').attr('class', 'regions');
  const regionLabels = svg.append('g').attr('class', 'region-labels');
  const zonesGroup = svg.append('g').attr('class', 'zones');
  const pointsGroup = svg.append('g').attr('class', 'points');
  const labelsGroup = svg.append('g').attr('class', 'place-labels');

  let places: Place[] = [];
  let truncated = false;
  let basemap: Basemap | null = null;
  let projection: GeoProjection = geoMercator();
  let transform: ZoomTransform = zoomIdentity;
  const labelBoxes = new Map<string, { name: string; width: number; height: number }>();
  let width = 0;
  let height = 0;
  let loaded: Promise<void> | null = null;
  let chosen: string | null = null;

  const english = (): boolean => ctx.settings.get().labels === 'en';
  const nameOf = (p: { label: string; labelEn: string | null }): string => (english() ? (p.labelEn ?? p.label) : p.label);
  const at = (p: { lon: number; lat: number }): [number, number] => transform.apply(projection([p.lon, p.lat]) ?? [0, 0]);

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.6, 60])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      basemapGroup.attr('transform', transform.toString());
      drawMarks();
    });

  function fit(): void {
    width = Math.max(200, svgHost.clientWidth);
    height = Math.max(180, svgHost.clientHeight);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    const points = places.map((p) => [p.lon, p.lat] as [number, number]);
    const morocco = basemap?.regions ?? [];
    const target = { type: 'FeatureCollection' as const, features: [...morocco, ...(points.length > 0 ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPoint' as const, coordinates: points } }] : [])] };
    projection = geoMercator();
    if (target.features.length > 0) projection.fitExtent([[24, 24], [width - 24, height - 24]], target);
    zoomer.extent([[0, 0], [width, height]]);
    svg.call(zoomer);
    zoomer.transform(svg, zoomIdentity);
  }

  function drawBasemap(): void {
    if (!basemap) return;
    const path = geoPath(projection);
    countriesGroup
      .selectAll<SVGPathElement, Basemap['countries'][number]>('path')
      .data(basemap.countries)
      .join('path')
      .attr('d', (f) => path(f) ?? '')
      .attr('data-country', (f) => f.properties.name);
    regionsGroup
      .selectAll<SVGPathElement, Basemap['regions'][number]>('path')
      .data(basemap.regions)
      .join('path')
      .attr('d', (f) => path(f) ?? '')
      .attr('data-region', (f) => f.properties.nameEn);
    regionLabels
      .selectAll<SVGTextElement, Basemap['regions'][number]>('text')
      .data(basemap.regions)
      .join('text')
      .attr('data-region', (f) => f.properties.nameEn)
      .attr('dominant-baseline', 'central')
      .attr('direction', english() ? 'ltr' : 'rtl')
      .text((f) => (english() ? f.properties.nameEn : f.properties.nameAr));
  }

  function related(): Set<string> {
    const selected = new Set(ctx.graph.get().selection.nodes);
    return new Set(places.filter((p) => p.ties.some((tie) => selected.has(tie.id))).map((p) => p.id));
  }

  function drawMarks(): void {
    if (width === 0) return;
    const path = geoPath(projection);
    const regionTexts = regionLabels.selectAll<SVGTextElement, Basemap['regions'][number]>('text').each(function (f) {
      const [cx, cy] = transform.apply(path.centroid(f));
      select(this).attr('x', cx).attr('y', cy);
    });
    const selected = new Set(ctx.graph.get().selection.nodes);
    const near = related();
    const onCanvas = ctx.graph.get().content.nodes;
    const kind = (p: Place): 'zone' | 'label' | 'point' => (ZONE_TYPES.has(p.placeType ?? '') ? 'zone' : LABEL_ONLY_TYPES.has(p.placeType ?? '') ? 'label' : 'point');
    const zoneRadius = (p: Place): number => {
      const [, y0] = at(p);
      const [, y1] = at({ lon: p.lon, lat: p.lat + ZONE_DEGREES });
      return Math.max(14, Math.abs(y1 - y0));
    };
    const classes = (p: Place): string =>
      ['place', `place-${kind(p)}`, selected.has(p.id) ? 'selected' : '', near.has(p.id) ? 'related' : '', onCanvas.has(p.id) ? '' : 'off-canvas'].filter(Boolean).join(' ');

    zonesGroup
      .selectAll<SVGCircleElement, Place>('circle')
      .data(places.filter((p) => kind(p) === 'zone'), (p) => p.id)
      .join('circle')
      .attr('class', classes)
      .attr('data-id', (p) => p.id)
      .attr('cx', (p) => at(p)[0])
      .attr('cy', (p) => at(p)[1])
      .attr('r', zoneRadius)
      .on('click', (_e: MouseEvent, p) => choose(p.id));

    const points = pointsGroup
      .selectAll<SVGCircleElement, Place>('circle')
      .data(places.filter((p) => kind(p) === 'point'), (p) => p.id)
      .join((enter) => enter.append('circle').attr('tabindex', 0).attr('role', 'button'))
      .attr('class', classes)
      .attr('data-id', (p) => p.id)
      .attr('cx', (p) => at(p)[0])
      .attr('cy', (p) => at(p)[1])
      .attr('r', (p) => Math.min(9, 3.5 + Math.sqrt(p.tieCount)))
      .attr('fill', kindStyle('Place').color);
    points.on('click', (_e: MouseEvent, p) => choose(p.id));
    points.on('keydown', (event: KeyboardEvent, p) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(p.id);
      }
    });

    const texts = labelsGroup
      .selectAll<SVGTextElement, Place>('text')
      .data(places, (p) => p.id)
      .join('text')
      .attr('data-id', (p) => p.id)
      .attr('class', (p) => `place-label place-label-${kind(p)}${selected.has(p.id) ? ' selected' : ''}`)
      .attr('direction', (p) => (/[\u0600-\u06FF]/.test(nameOf(p)) ? 'rtl' : 'ltr'))
      .attr('text-anchor', 'start')
      .attr('dominant-baseline', 'hanging')
      .text(nameOf)
      .on('click', (_e: MouseEvent, p) => choose(p.id));
    // Measured once per text, after it is set: the browser has shaped it, so the boxes are the real ones;
    // labels do not scale with the map, so zooming and panning reuse them (getBBox forces a layout).
    const requests = texts.nodes().map((node) => {
      const p = select<SVGTextElement, Place>(node).datum();
      const name = nameOf(p);
      let box = labelBoxes.get(p.id);
      if (box?.name !== name) {
        node.removeAttribute('display');
        const measured = node.getBBox();
        box = { name, width: measured.width, height: measured.height };
        labelBoxes.set(p.id, box);
      }
      const [px, py] = at(p);
      const priority = (selected.has(p.id) ? 1e6 : 0) + (kind(p) === 'zone' ? 500 : 0) + (p.placeType === 'city' ? 100 : 0) + p.tieCount;
      return { id: p.id, x: px, y: py, width: box.width, height: box.height, priority };
    });
    // Region names sit on their centroids after every place has its label, where they cover none.
    const regionRequests = regionTexts.nodes().map((node) => {
      const f = select<SVGTextElement, Basemap['regions'][number]>(node).datum();
      const name = node.textContent ?? '';
      const key = `region|${f.properties.nameEn}`;
      let box = labelBoxes.get(key);
      if (box?.name !== name) {
        // A label left out last time is not displayed, and an element not displayed measures nothing.
        node.removeAttribute('display');
        const measured = node.getBBox();
        box = { name, width: measured.width, height: measured.height };
        labelBoxes.set(key, box);
      }
      return { id: key, x: Number(node.getAttribute('x')), y: Number(node.getAttribute('y')), width: box.width, height: box.height, priority: -1, centred: true };
    });
    // A label with no free side is left out rather than drawn over others: zooming in frees room for it.
    const placed = placeLabels([...requests, ...regionRequests], { bounds: { width, height }, hideCrowded: true });
    regionTexts.each(function (f) {
      if (placed.has(`region|${f.properties.nameEn}`)) this.removeAttribute('display');
      else this.setAttribute('display', 'none');
    });
    texts.each(function (p) {
      const spot = placed.get(p.id);
      const box = labelBoxes.get(p.id);
      if (!spot || !box) {
        this.setAttribute('display', 'none');
        return;
      }
      this.removeAttribute('display');
      // `direction: rtl` anchors at the right edge of the box for text-anchor start.
      const rtlText = /[\u0600-\u06FF]/.test(box.name);
      select(this)
        .attr('x', rtlText ? spot.x + box.width : spot.x)
        .attr('y', spot.y);
    });
  }

  function choose(id: string): void {
    chosen = id;
    if (ctx.graph.get().content.nodes.has(id)) focusNode(ctx.graph, id);
    else void placeNode(ctx, id);
    renderSide();
    drawMarks();
  }

  function renderSide(): void {
    const selection = ctx.graph.get().selection.nodes;
    const selectedPlace = places.find((p) => selection.includes(p.id)) ?? places.find((p) => p.id === chosen) ?? null;
    status.textContent = [tCount('map.places', places.length), truncated ? t('timeline.truncated') : ''].filter(Boolean).join(' · ');
    hint.textContent = t('map.hint');
    sources.textContent = t('map.sources');
    tiesTitle.textContent = selectedPlace ? nameOf(selectedPlace) : t('map.ties');
    if (!selectedPlace) {
      tiesBody.replaceChildren(h('p', { class: 'muted' }, t('map.pick')));
      return;
    }
    const list = h('ul', { class: 'map-tie-list', 'data-place': selectedPlace.id });
    for (const tie of selectedPlace.ties) {
      list.append(
        h(
          'li',
          {},
          h('span', { class: 'tie-type', dir: 'ltr' }, `${tie.direction === 'in' ? '←' : '→'} ${tie.type}`),
          ' ',
          h(
            'button',
            { type: 'button', class: 'link', 'data-id': tie.id, onclick: () => (ctx.graph.get().content.nodes.has(tie.id) ? focusNode(ctx.graph, tie.id) : void placeNode(ctx, tie.id)) },
            textSpan(nameOf(tie)),
          ),
          h('span', { class: 'muted tie-kind' }, ` (${kindName(tie.kind)})`),
        ),
      );
    }
    const more = selectedPlace.tieCount - selectedPlace.ties.length;
    tiesBody.replaceChildren(selectedPlace.ties.length === 0 ? h('p', { class: 'muted' }, t('map.noTies')) : list);
    if (more > 0) tiesBody.append(h('p', { class: 'muted' }, t('map.moreTies', { count: more })));
  }

  ctx.graph.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.content.nodes !== previous.content.nodes) {
      if (element.isConnected && width > 0) drawMarks();
      renderSide();
    }
  });
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui || state.labels !== previous.labels) {
      if (element.isConnected && width > 0) {
        drawBasemap();
        drawMarks();
      }
      renderSide();
    }
  });
  renderSide();

  return {
    element,
    async show() {
      loaded ??= (async () => {
        const [answer, map] = await Promise.all([attempt(ctx, 'task.places', () => viewsApi.places()), attempt(ctx, 'task.places', loadBasemap)]);
        if (!answer || !map) {
          loaded = null;
          return;
        }
        places = answer.places;
        truncated = answer.truncated;
        basemap = map;
      })();
      await loaded;
      fit();
      drawBasemap();
      drawMarks();
      renderSide();
    },
  };
}
