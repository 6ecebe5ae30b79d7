/**
 * The example queries and the history, as lists of buttons: Tab reaches them, Enter or a click loads
 * the query into the editor, and an example's second button also runs it.
 */
import type { ExampleQuery } from '../../contract/api.ts';
import { button, el } from './dom.ts';
import type { ConsoleLanguage, ConsoleStrings } from './strings.ts';

export interface ExamplesList {
  element: HTMLElement;
  loading(): void;
  failed(message: string): void;
  show(examples: readonly ExampleQuery[]): void;
  relabel(): void;
}

/** An example's title and description in the interface language, when the file has them in it. */
function wording(example: ExampleQuery, language: ConsoleLanguage): { title: string; description: string } {
  if (language === 'ar') return { title: example.titleAr ?? example.title, description: example.descriptionAr ?? example.description };
  return { title: example.title, description: example.description };
}

export function createExamplesList(texts: () => ConsoleStrings, language: () => ConsoleLanguage, load: (example: ExampleQuery, run: boolean) => void): ExamplesList {
  const element = el('section', 'sila-console-examples');
  const heading = el('h3', 'sila-console-heading');
  const body = el('div', 'sila-console-list-body');
  element.append(heading, body);
  let state: { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'shown'; examples: readonly ExampleQuery[] } = { kind: 'loading' };

  function render(): void {
    const t = texts();
    heading.textContent = t.examples;
    element.setAttribute('aria-label', t.examples);
    if (state.kind === 'loading') {
      body.replaceChildren(el('p', 'sila-console-empty', {}, t.examplesLoading));
    } else if (state.kind === 'failed') {
      body.replaceChildren(el('p', 'sila-console-empty', { role: 'status', dir: 'auto' }, t.examplesFailed(state.message)));
    } else if (state.examples.length === 0) {
      body.replaceChildren(el('p', 'sila-console-empty', {}, t.noExamples));
    } else {
      const list = el('ul', 'sila-console-list');
      for (const example of state.examples) {
        const item = el('li', 'sila-console-example');
        const { title, description } = wording(example, language());
        const loadButton = button('sila-console-example-load', '', () => load(example, false), { 'aria-label': t.loadExample(title), title: example.query });
        loadButton.append(el('span', 'sila-console-example-title', { dir: 'auto' }, title), el('span', 'sila-console-example-description', { dir: 'auto' }, description));
        const runButton = button('sila-console-example-run', '▶', () => load(example, true), { 'aria-label': t.runExample(title), title: t.runExample(title) });
        item.append(loadButton, runButton);
        list.append(item);
      }
      body.replaceChildren(list);
    }
  }

  render();
  return {
    element,
    loading() {
      state = { kind: 'loading' };
      render();
    },
    failed(message) {
      state = { kind: 'failed', message };
      render();
    },
    show(examples) {
      state = { kind: 'shown', examples };
      render();
    },
    relabel: render,
  };
}

export interface HistoryList {
  element: HTMLElement;
  show(entries: readonly string[]): void;
  relabel(): void;
}

/** Long queries are shown by their start; the full text is in the tooltip and loads on click. */
const previewLength = 120;

export function createHistoryList(texts: () => ConsoleStrings, load: (query: string) => void, clear: () => void): HistoryList {
  const element = el('section', 'sila-console-history');
  const header = el('div', 'sila-console-list-header');
  const heading = el('h3', 'sila-console-heading');
  const clearButton = button('sila-console-link', '', clear);
  header.append(heading, clearButton);
  const body = el('div', 'sila-console-list-body');
  element.append(header, body);
  let entries: readonly string[] = [];

  function render(): void {
    const t = texts();
    heading.textContent = t.history;
    element.setAttribute('aria-label', t.history);
    clearButton.textContent = t.clearHistory;
    clearButton.disabled = entries.length === 0;
    if (entries.length === 0) {
      body.replaceChildren(el('p', 'sila-console-empty', {}, t.noHistory));
      return;
    }
    const list = el('ol', 'sila-console-list');
    for (const query of entries) {
      const oneLine = query.replace(/\s+/g, ' ');
      const preview = oneLine.length > previewLength ? `${oneLine.slice(0, previewLength)}…` : oneLine;
      const item = el('li', '');
      item.append(button('sila-console-history-entry', preview, () => load(query), { 'aria-label': t.loadHistory(preview), title: query, dir: 'ltr' }));
      list.append(item);
    }
    body.replaceChildren(list);
  }

  render();
  return {
    element,
    show(next) {
      entries = next;
      render();
    },
    relabel: render,
  };
}
