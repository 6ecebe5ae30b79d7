import type { EdgeDetail, NodeDetail } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import { hideNodes, setPinned } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, expandNodes } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { count, t } from '../../i18n.ts';
import { edgePanel } from './edge-panel.ts';
import { nodePanel } from './node-panel.ts';

type Shown = { kind: 'node'; detail: NodeDetail } | { kind: 'edge'; detail: EdgeDetail } | { kind: 'many'; ids: string[] } | { kind: 'empty' };

/** The details panel follows the selection; it fetches what the canvas does not hold (degrees, evidence). */
export function mountPanel(host: HTMLElement, ctx: ClientContext): () => void {
  let shown: Shown = { kind: 'empty' };
  let request: AbortController | null = null;
  let wanted = '';

  function draw(): void {
    const body =
      shown.kind === 'node'
        ? nodePanel(ctx, shown.detail, { moreMentions })
        : shown.kind === 'edge'
          ? edgePanel(ctx, shown.detail, { moreEvidence })
          : shown.kind === 'many'
            ? manyPanel(ctx, shown.ids)
            : h('p', { class: 'muted panel-empty' }, t('panel.empty'));
    host.replaceChildren(body);
  }

  /** Appends the next page of the shown node's mentions, if the panel still shows that node. */
  async function moreMentions(): Promise<void> {
    if (shown.kind !== 'node' || shown.detail.mentionsNext === null) return;
    const detail = shown.detail;
    const controller = (request = new AbortController());
    const page = await attempt(ctx, 'task.details', () => api.mentions(detail.node.id, detail.mentionsNext ?? '', controller.signal));
    if (!page || controller.signal.aborted || shown.kind !== 'node' || shown.detail !== detail) return;
    shown = { kind: 'node', detail: { ...detail, mentions: [...detail.mentions, ...page.mentions], mentionTotal: page.total, mentionsNext: page.next } };
    draw();
  }

  /** Appends the next page of the shown relationship's evidence, if the panel still shows it. */
  async function moreEvidence(): Promise<void> {
    if (shown.kind !== 'edge' || shown.detail.evidenceNext === null) return;
    const detail = shown.detail;
    const controller = (request = new AbortController());
    const page = await attempt(ctx, 'task.details', () => api.evidence(detail.edge.id, detail.evidenceNext ?? '', controller.signal));
    if (!page || controller.signal.aborted || shown.kind !== 'edge' || shown.detail !== detail) return;
    shown = { kind: 'edge', detail: { ...detail, evidence: [...detail.evidence, ...page.evidence], evidenceTotal: page.total, evidenceNext: page.next } };
    draw();
  }

  async function follow(): Promise<void> {
    const { selection } = ctx.graph.get();
    const key = `${selection.nodes.join(',')}|${selection.edges.join(',')}`;
    if (key === wanted) return;
    wanted = key;
    request?.abort();
    const [node] = selection.nodes;
    const [edge] = selection.edges;
    if (selection.nodes.length === 1 && selection.edges.length === 0 && node) {
      const controller = (request = new AbortController());
      const detail = await attempt(ctx, 'task.details', () => api.node(node, controller.signal));
      if (!detail || controller.signal.aborted) return;
      shown = { kind: 'node', detail };
    } else if (selection.nodes.length === 0 && selection.edges.length === 1 && edge) {
      const controller = (request = new AbortController());
      const detail = await attempt(ctx, 'task.details', () => api.edge(edge, controller.signal));
      if (!detail || controller.signal.aborted) return;
      shown = { kind: 'edge', detail };
    } else if (selection.nodes.length > 1) shown = { kind: 'many', ids: [...selection.nodes] };
    else shown = { kind: 'empty' };
    draw();
  }

  draw();
  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.selection !== previous.selection) void follow();
      // Pins and the neighbours on the canvas appear in the panel, so it redraws with the canvas.
      else if (state.content !== previous.content) draw();
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui || state.labels !== previous.labels) draw();
    }),
    // After a write (an edit, a note, an undo) the panel shows what is stored now.
    ctx.history.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      wanted = '';
      void follow();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

function manyPanel(ctx: ClientContext, ids: string[]): HTMLElement {
  return h(
    'div',
    { class: 'many-panel' },
    h('p', { class: 'selected-count' }, count('selected', ids.length)),
    h(
      'div',
      { class: 'panel-actions' },
      h('button', { type: 'button', 'data-action': 'expand-selected', onclick: () => void expandNodes(ctx, ids) }, t('panel.expandSelected')),
      h('button', { type: 'button', 'data-action': 'hide', onclick: () => hideNodes(ctx.graph, ids) }, t('panel.hide')),
      h('button', { type: 'button', 'data-action': 'pin', onclick: () => setPinned(ctx.graph, ids, true) }, t('panel.pin')),
      h('button', { type: 'button', 'data-action': 'unpin', onclick: () => setPinned(ctx.graph, ids, false) }, t('panel.unpin')),
    ),
  );
}
