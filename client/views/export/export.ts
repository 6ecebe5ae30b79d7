import type cytoscape from 'cytoscape';
import { exportFormats, type ExportFormat } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, inform } from '../../core/explore/operations.ts';
import { visibleElements } from '../../core/graph/visible.ts';
import { h } from '../../dom.ts';
import { t, type MessageKey } from '../../i18n.ts';
import type { Canvas } from '../canvas/renderer.ts';
import { EXPORT_HIDDEN_CLASS } from '../canvas/stylesheet.ts';
import { canvasToSvg } from '../canvas/svg-export.ts';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Images of the view are drawn here, data formats come from the API: each for the visible graph or the selection. */
export function mountExport(host: HTMLElement, ctx: ClientContext, canvas: Canvas): () => void {
  const summary = h('summary', { class: 'button-like' });
  const scopeVisible = h('input', { type: 'radio', name: 'export-scope', value: 'visible', checked: true });
  const scopeSelection = h('input', { type: 'radio', name: 'export-scope', value: 'selection' });
  const visibleLabel = h('span', {});
  const selectionLabel = h('span', {});
  const buttons = h('div', { class: 'export-buttons' });
  // The CSV must reach neo4j-admin unchanged, so it is not made spreadsheet-safe: the reader is told.
  const csvNote = h('p', { class: 'export-note', dir: 'auto' });
  const details = h(
    'details',
    { class: 'export-menu' },
    summary,
    h(
      'div',
      { class: 'export-popover' },
      h('fieldset', { class: 'export-scope' }, h('label', {}, scopeVisible, visibleLabel), h('label', {}, scopeSelection, selectionLabel)),
      buttons,
      csvNote,
    ),
  );
  host.append(details);

  function nodeIds(): string[] {
    const state = ctx.graph.get();
    if (scopeSelection.checked && state.selection.nodes.length > 0) return [...state.selection.nodes];
    return visibleElements(state.content).nodes.map((node) => node.id);
  }

  /** What the images show: the selected nodes and the relationships among them, or everything drawn. */
  function drawn(): cytoscape.CollectionReturnValue {
    const { cy } = canvas;
    const ids = new Set(nodeIds());
    const nodes = cy.nodes().filter((node) => ids.has(node.id()));
    return nodes.union(nodes.edgesWith(nodes));
  }

  /** Cytoscape renders every displayed element into a PNG: the rest is taken off the display meanwhile. */
  async function png(): Promise<Blob> {
    const { cy } = canvas;
    const others = cy.elements().difference(drawn());
    cy.batch(() => others.addClass(EXPORT_HIDDEN_CLASS));
    try {
      return await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    } finally {
      cy.batch(() => others.removeClass(EXPORT_HIDDEN_CLASS));
    }
  }

  async function exportAs(format: 'png' | 'svg' | ExportFormat): Promise<void> {
    details.open = false;
    if (canvas.cy.nodes().empty()) {
      inform(ctx, 'export.nothing');
      return;
    }
    await attempt(ctx, 'task.export', async () => {
      if (format === 'png') {
        download(await png(), 'sila-graph.png');
      } else if (format === 'svg') {
        download(new Blob([canvasToSvg(canvas.cy, drawn())], { type: 'image/svg+xml' }), 'sila-graph.svg');
      } else {
        const file = await api.exportFile(format, nodeIds());
        download(file.blob, file.filename);
      }
    });
  }

  function render(): void {
    summary.textContent = t('toolbar.export');
    visibleLabel.textContent = t('export.visible');
    selectionLabel.textContent = t('export.selection');
    const formats: ('png' | 'svg' | ExportFormat)[] = ['png', 'svg', ...exportFormats];
    buttons.replaceChildren(
      ...formats.map((format) =>
        h(
          'button',
          { type: 'button', 'data-format': format, onclick: () => void exportAs(format), ...(format === 'csv' ? { title: t('export.csvNote') } : {}) },
          t(`export.${format}` as MessageKey),
        ),
      ),
    );
    csvNote.textContent = t('export.csvNote');
  }
  render();
  return ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) render();
  });
}
