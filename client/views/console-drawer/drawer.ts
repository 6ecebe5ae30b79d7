import type { Graph } from '../../../contract/graph.ts';
import { api } from '../../api/endpoints.ts';
import type { ConsoleHandle } from '../../console/index.ts';
import { addGraph, step } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { inform } from '../../core/explore/operations.ts';
import { track } from '../../core/progress/actions.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

/**
 * The Cypher console lives in its own chunk (CodeMirror is large): it loads the first time the
 * drawer opens (the panes store says when). Its callbacks go to the API and, for graph results, to the
 * graph store: a replaced canvas is laid out afresh and fitted into what the drawer leaves of the screen.
 */
export function mountConsoleDrawer(drawer: HTMLElement, ctx: ClientContext): () => void {
  const body = h('div', { class: 'console-body' });
  drawer.append(body);
  let handle: ConsoleHandle | null = null;
  let loading: Promise<void> | null = null;

  function onResultGraph(graph: Graph, mode: 'add' | 'replace'): void {
    if (graph.nodes.length === 0) {
      inform(ctx, 'console.noGraph');
      return;
    }
    addGraph(ctx.graph, graph, step(mode === 'replace' ? 'queryReplace' : 'query'), mode);
    inform(ctx, mode === 'replace' ? 'console.replaced' : 'console.added');
  }

  async function load(): Promise<void> {
    const { mountConsole } = await import('../../console/index.ts');
    handle = mountConsole(body, {
      run: (query, params, signal) => track(ctx.progress, 'task.query', () => api.cypher(query, params, signal)),
      loadSchema: () => api.schema(),
      loadExamples: () => api.examples(),
      onResultGraph,
      language: () => ctx.settings.get().ui,
    });
  }

  async function opened(): Promise<void> {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      body.replaceChildren(h('p', { class: 'muted' }, t('console.missing'), ' ', error instanceof Error ? error.message : ''));
    });
    await loading;
    handle?.focus();
  }

  const relabel = (): void => drawer.setAttribute('aria-label', t('console.title'));
  relabel();
  const unsubscribers = [
    ctx.panes.subscribe((state, previous) => {
      if (state.console && !previous.console) void opened();
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) relabel();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
