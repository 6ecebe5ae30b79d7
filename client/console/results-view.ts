/**
 * The result of a run: "N rows, M ms", a truncation notice, the table or a summary of the graph
 * found in the rows, and the two ways to send that graph to the canvas.
 */
import type { CypherResult } from '../../contract/api.ts';
import type { Graph } from '../../contract/graph.ts';
import { button, el } from './dom.ts';
import { formatValue, type NamePreference } from './format-value.ts';
import { spreadsheetCsv } from './spreadsheet.ts';
import type { ConsoleStrings } from './strings.ts';

export type ResultMode = 'table' | 'graph';

export interface ResultsView {
  element: HTMLElement;
  show(result: CypherResult): void;
  clear(): void;
  relabel(): void;
}

const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/** Beyond this many characters a cell's full value is not repeated in its tooltip. */
const tooltipLimit = 2000;

export function createResultsView(texts: () => ConsoleStrings, prefer: () => NamePreference, onGraph: (graph: Graph, mode: 'add' | 'replace') => void): ResultsView {
  let current: CypherResult | null = null;
  let mode: ResultMode = 'table';

  const element = el('section', 'sila-console-results', { hidden: true });
  const bar = el('div', 'sila-console-result-bar');
  const summary = el('span', 'sila-console-summary', { role: 'status' });
  const truncated = el('span', 'sila-console-truncated', { hidden: true });
  const views = el('div', 'sila-console-toggle', { role: 'group' });
  const tableButton = button('sila-console-button', '', () => setMode('table'), { 'aria-pressed': 'true' });
  const graphButton = button('sila-console-button', '', () => setMode('graph'), { 'aria-pressed': 'false' });
  views.append(tableButton, graphButton);
  const addButton = button('sila-console-button', '', () => sendGraph('add'));
  const replaceButton = button('sila-console-button', '', () => sendGraph('replace'));
  const spreadsheetButton = button('sila-console-button sila-console-spreadsheet', '', () => saveSpreadsheet());
  bar.append(summary, truncated, views, addButton, replaceButton, spreadsheetButton);

  const tableWrap = el('div', 'sila-console-table-wrap', { tabindex: 0, role: 'region' });
  const graphPanel = el('div', 'sila-console-graph-summary', { hidden: true });
  const notes = el('ul', 'sila-console-notifications', { hidden: true });
  element.append(bar, notes, tableWrap, graphPanel);

  function sendGraph(how: 'add' | 'replace'): void {
    if (current !== null && !isEmpty(current.graph)) onGraph(current.graph, how);
  }

  function saveSpreadsheet(): void {
    if (current === null) return;
    const blob = new Blob([spreadsheetCsv(current.columns, current.rows, prefer())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = el('a', '', { href: url, download: 'sila-console-result.csv', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  function setMode(next: ResultMode): void {
    mode = next;
    tableButton.setAttribute('aria-pressed', String(mode === 'table'));
    graphButton.setAttribute('aria-pressed', String(mode === 'graph'));
    tableWrap.hidden = mode !== 'table';
    graphPanel.hidden = mode !== 'graph';
  }

  function relabel(): void {
    const t = texts();
    tableButton.textContent = t.tableView;
    graphButton.textContent = t.graphView;
    addButton.textContent = t.addToCanvas;
    replaceButton.textContent = t.replaceCanvas;
    spreadsheetButton.textContent = t.spreadsheet;
    spreadsheetButton.title = t.spreadsheetHint;
    tableWrap.setAttribute('aria-label', t.resultsTable);
    if (current !== null) renderSummary(current, t);
  }

  function renderSummary(result: CypherResult, t: ConsoleStrings): void {
    const ms = Math.round(result.summary.availableAfterMs + result.summary.consumedAfterMs);
    summary.textContent = t.summary(result.rows.length, ms);
    truncated.hidden = !result.truncated;
    truncated.textContent = result.truncation?.by === 'bytes' ? t.truncatedBytes((result.truncation.limit / (1024 * 1024)).toFixed(1)) : t.truncated;
    spreadsheetButton.disabled = result.columns.length === 0;
    const empty = isEmpty(result.graph);
    addButton.disabled = empty;
    replaceButton.disabled = empty;
    graphPanel.replaceChildren(graphSummary(result.graph, t));
    notes.hidden = result.summary.notifications.length === 0;
    notes.replaceChildren(
      ...result.summary.notifications.map((n) => el('li', '', { dir: 'auto' }, `${n.severity}: ${n.title}${n.description === '' ? '' : ` — ${n.description}`}`)),
    );
    notes.setAttribute('aria-label', t.notifications);
  }

  function show(result: CypherResult): void {
    current = result;
    element.hidden = false;
    // Each result opens as its table: a Graph choice made for the last query is no guide to the next one.
    setMode('table');
    relabel();
    tableWrap.replaceChildren(result.columns.length === 0 || result.rows.length === 0 ? el('p', 'sila-console-empty', {}, texts().noRows) : table(result, prefer()));
    tableWrap.scrollTop = 0;
  }

  function clear(): void {
    current = null;
    element.hidden = true;
    tableWrap.replaceChildren();
    graphPanel.replaceChildren();
  }

  setMode('table');
  relabel();
  return { element, show, clear, relabel };
}

function isEmpty(graph: Graph): boolean {
  return graph.nodes.length === 0 && graph.edges.length === 0;
}

/** The name of each node in the result, for relationship cells that name their ends by id. */
function namesOf(result: CypherResult, prefer: NamePreference): Map<string, string> {
  const keys = prefer === 'ar' ? ['name_ar', 'name_en', 'name', 'title'] : ['name_en', 'name_ar', 'name', 'title'];
  const names = new Map<string, string>();
  for (const node of result.graph.nodes) {
    const name = keys.map((k) => node.properties[k]).find((value): value is string => typeof value === 'string');
    if (name !== undefined) names.set(node.id, name);
  }
  return names;
}

function table(result: CypherResult, prefer: NamePreference): HTMLTableElement {
  const names = namesOf(result, prefer);
  const tableElement = el('table', 'sila-console-table');
  const head = el('thead', '');
  const headRow = el('tr', '');
  for (const column of result.columns) headRow.append(el('th', '', { scope: 'col', dir: 'auto' }, column));
  head.append(headRow);
  const body = el('tbody', '');
  for (const row of result.rows) {
    const tr = el('tr', '');
    for (const value of row) {
      const text = formatValue(value, prefer, names);
      const cell = el('td', '', { dir: 'auto', lang: arabicScript.test(text) ? 'ar' : undefined }, text);
      const full = typeof value === 'object' && value !== null ? JSON.stringify(value) : text;
      if (full.length <= tooltipLimit && full !== text) cell.title = full;
      tr.append(cell);
    }
    body.append(tr);
  }
  tableElement.append(head, body);
  return tableElement;
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function graphSummary(graph: Graph, t: ConsoleStrings): HTMLElement {
  const wrap = el('div', '');
  if (isEmpty(graph)) {
    wrap.append(el('p', 'sila-console-empty', {}, t.graphEmpty));
    return wrap;
  }
  wrap.append(el('p', 'sila-console-graph-counts', {}, t.graphSummary(graph.nodes.length, graph.edges.length)));
  const kinds = graph.nodes.map((n) => n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? '');
  const list = el('ul', 'sila-console-graph-breakdown');
  for (const [name, count] of [...countBy(kinds).map(([k, c]): [string, number] => [`:${k}`, c]), ...countBy(graph.edges.map((e) => e.type)).map(([k, c]): [string, number] => [`[:${k}]`, c])]) {
    list.append(el('li', '', {}, `${name} × ${count}`));
  }
  wrap.append(list);
  return wrap;
}
