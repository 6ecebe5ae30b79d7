/**
 * Zooming the canvas by a sensible step: a wheel notch, a + / − button or key is a fifth more or less,
 * and fitting frames the graph in the canvas (which panes never cover: they take room beside it).
 */
import type cytoscape from 'cytoscape';

/** One notch of a mouse wheel, one press of + or −. */
export const ZOOM_STEP = 1.25;
/** Fitting two or three nodes would blow them up to poster size. */
export const MAX_FIT_ZOOM = 1.6;
const FIT_PADDING = 40;
/** What one wheel notch measures in pixels (100 or 120, divided by the screen's scale on some systems). */
const NOTCH_PX = 100;
/** Deltas this large come from a wheel's notches; smaller ones from a trackpad or a pinch, which zoom smoothly. */
const NOTCH_AT_LEAST = 40;

/** Where a running zoom animation is heading, so quick presses add up instead of restarting from midway. */
let heading: { cy: cytoscape.Core; zoom: number; pan: cytoscape.Position } | null = null;

/** Zooms by `factor` around a point of the canvas (its centre unless given), animated unless told not to. */
export function zoomBy(cy: cytoscape.Core, factor: number, at?: { x: number; y: number }, animate = true): void {
  const point = at ?? { x: cy.width() / 2, y: cy.height() / 2 };
  const from = heading && heading.cy === cy && cy.animated() ? heading : { zoom: cy.zoom(), pan: cy.pan() };
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from.zoom * factor));
  // The pan that keeps `point` still at the new zoom, so zoom and pan animate together.
  const ratio = level / from.zoom;
  const pan = { x: point.x - (point.x - from.pan.x) * ratio, y: point.y - (point.y - from.pan.y) * ratio };
  cy.stop(true, false);
  if (!animate) {
    heading = null;
    cy.viewport({ zoom: level, pan });
    return;
  }
  heading = { cy, zoom: level, pan };
  cy.animate({ zoom: level, pan }, { duration: 160 });
}

/** Frames `elements` (every element when not given) in the canvas, never zooming in past MAX_FIT_ZOOM. */
export function fitView(cy: cytoscape.Core, elements?: cytoscape.CollectionArgument, animate = true, padding = FIT_PADDING): void {
  const eles = elements ?? cy.elements();
  if (eles.empty() || cy.width() === 0 || cy.height() === 0) return;
  const box = eles.boundingBox({ includeLabels: true });
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / Math.max(1, box.w), (cy.height() - 2 * padding) / Math.max(1, box.h))),
  );
  const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
  cy.stop(true, false);
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}

/**
 * Wheel zoom in place of Cytoscape's: it scales a notch down to under 1 % (the first notches it even
 * clamps while it guesses the device). A notch here is one ZOOM_STEP, trackpads zoom smoothly in
 * proportion, and the point under the pointer stays put. Listening on `surface` (an ancestor of the
 * canvas) in the capture phase, the event is handled before it reaches Cytoscape's own listener.
 */
export function bindWheelZoom(cy: cytoscape.Core, surface: HTMLElement, container: HTMLElement): () => void {
  const onWheel = (event: WheelEvent): void => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaMode === 2 ? event.deltaY * 800 : event.deltaY;
    if (pixels === 0) return;
    // A notch is one step however many pixels the system calls it; a trackpad's run of small deltas adds up.
    const steps = Math.abs(pixels) >= NOTCH_AT_LEAST ? Math.sign(pixels) * Math.max(1, Math.round(Math.abs(pixels) / NOTCH_PX)) : pixels / NOTCH_PX;
    const factor = Math.min(1.6, Math.max(1 / 1.6, ZOOM_STEP ** -steps));
    const rect = container.getBoundingClientRect();
    zoomBy(cy, factor, { x: event.clientX - rect.left, y: event.clientY - rect.top }, false);
  };
  surface.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => surface.removeEventListener('wheel', onWheel, { capture: true });
}
