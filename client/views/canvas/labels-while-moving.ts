import type cytoscape from 'cytoscape';

/** The class the stylesheet uses to drop a node's label. */
export const MOVING_CLASS = 'moving';

export interface LabelsWhileMoving {
  /** Resolves once labels are back on screen. */
  idle(): Promise<void>;
  destroy(): void;
}

/**
 * Drops node labels while the reader pans or zooms and brings them back once the view has been still for
 * `quietMs`: text is the most expensive thing Cytoscape draws, and nobody reads while the view moves.
 * Only the reader's own gestures count (wheel, a drag on the canvas): the view moves by itself when a
 * layout fits or a search centres a node, and labels must stay during those so the result is readable.
 */
export function hideLabelsWhileMoving(cy: cytoscape.Core, container: HTMLElement, quietMs = 150, wheelSurface: HTMLElement = container): LabelsWhileMoving {
  let pointerDown = false;
  let wheeling = false;
  let hidden = false;
  let timer: number | undefined;
  let waiters: (() => void)[] = [];

  const show = (): void => {
    timer = undefined;
    wheeling = false;
    if (pointerDown) return;
    if (hidden) {
      hidden = false;
      cy.batch(() => cy.nodes().removeClass(MOVING_CLASS));
    }
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const showLater = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(show, quietMs);
  };
  const onViewport = (): void => {
    if (!pointerDown && !wheeling) return;
    if (!hidden) {
      hidden = true;
      cy.batch(() => cy.nodes().addClass(MOVING_CLASS));
    }
    showLater();
  };
  const onWheel = (): void => {
    wheeling = true;
    showLater();
  };
  const onPointerDown = (): void => {
    pointerDown = true;
  };
  const onPointerUp = (): void => {
    if (!pointerDown) return;
    pointerDown = false;
    if (hidden) showLater();
  };

  cy.on('viewport', onViewport);
  // Capture phase: Cytoscape handles these on inner elements and may stop them from bubbling.
  wheelSurface.addEventListener('wheel', onWheel, { capture: true, passive: true });
  container.addEventListener('pointerdown', onPointerDown, { capture: true });
  window.addEventListener('pointerup', onPointerUp, { capture: true });
  window.addEventListener('pointercancel', onPointerUp, { capture: true });

  return {
    idle: () => (hidden || timer !== undefined ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve()),
    destroy() {
      window.clearTimeout(timer);
      cy.off('viewport', onViewport);
      wheelSurface.removeEventListener('wheel', onWheel, { capture: true });
      container.removeEventListener('pointerdown', onPointerDown, { capture: true });
      window.removeEventListener('pointerup', onPointerUp, { capture: true });
      window.removeEventListener('pointercancel', onPointerUp, { capture: true });
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}
