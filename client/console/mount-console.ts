/**
 * Assembles the console: editor, run/cancel with progress, parameters, examples, history and results,
 * and runs queries through the host's `run`, one at a time, cancellable through an AbortSignal.
 */
import type { Problem, SchemaInfo } from '../../contract/api.ts';
import { problemWords } from '../problem-text.ts';
import { problemOf } from './console-error.ts';
import { button, el } from './dom.ts';
import { createConsoleEditor } from './editor.ts';
import { HistoryCursor, QueryHistory, type KeyValueStorage } from './history-store.ts';
import type { ConsoleHandle, ConsoleOptions } from './options.ts';
import { parseParams } from './params.ts';
import { createResultsView } from './results-view.ts';
import { createExamplesList, createHistoryList } from './side-lists.ts';
import { consoleStrings, type ConsoleLanguage } from './strings.ts';

interface ActiveRun {
  controller: AbortController;
  started: number;
  timer: ReturnType<typeof setInterval>;
  /** The editor text the query came from, to know whether an error position still applies. */
  text: string;
  /** The server trims the query, so its offsets start after the leading whitespace. */
  leading: number;
}

let consoleCount = 0;

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; history then lives as long as the page.
    return null;
  }
}

function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

export function mountConsole(container: HTMLElement, options: ConsoleOptions): ConsoleHandle {
  consoleCount += 1;
  const idPrefix = `sila-console-${consoleCount}`;
  const language = (): ConsoleLanguage => options.language?.() ?? 'en';
  const texts = () => consoleStrings[language()];
  let shownLanguage: ConsoleLanguage | null = null;

  const history = new QueryHistory(browserStorage());
  const cursor = new HistoryCursor(() => history.entries());
  let schema: SchemaInfo | null = null;
  let active: ActiveRun | null = null;
  let destroyed = false;

  const root = el('div', 'sila-console', { role: 'region', dir: 'ltr' });

  const editorHost = el('div', 'sila-console-editor');
  const editor = createConsoleEditor(editorHost, {
    label: texts().editor,
    placeholder: texts().placeholder,
    run: () => void runQuery(),
    cancel: () => cancelRun(),
    olderQuery: (current) => cursor.older(current),
    newerQuery: () => cursor.newer(),
    schema: () => schema,
  });

  const actions = el('div', 'sila-console-actions');
  const runButton = button('sila-console-button sila-console-run', '', () => void runQuery());
  const cancelButton = button('sila-console-button sila-console-cancel', '', () => cancelRun(), { hidden: true });
  const progress = el('span', 'sila-console-progress', { role: 'status', 'aria-live': 'polite' });
  const spinner = el('span', 'sila-console-spinner', { 'aria-hidden': 'true', hidden: true });
  const progressText = el('span', '');
  progress.append(spinner, progressText);
  const schemaStatus = el('span', 'sila-console-schema', { dir: 'auto' });
  const refreshButton = button('sila-console-link', '', () => void refreshSchema());
  actions.append(runButton, cancelButton, progress, schemaStatus, refreshButton);

  const paramsBox = el('details', 'sila-console-params');
  const paramsSummary = el('summary', '');
  const paramsInput = el('textarea', 'sila-console-params-input', { rows: 3, spellcheck: 'false', dir: 'ltr', 'aria-describedby': `${idPrefix}-params-error` });
  paramsInput.placeholder = '{"id": "bcij"}';
  const paramsError = el('p', 'sila-console-params-error', { id: `${idPrefix}-params-error`, dir: 'auto', hidden: true });
  paramsBox.append(paramsSummary, paramsInput, paramsError);

  const message = el('div', 'sila-console-message', { role: 'alert', hidden: true });

  const examples = createExamplesList(texts, language, (example, run) => {
    setQuery(example.query);
    editor.focus();
    if (run) void runQuery();
  });
  const historyList = createHistoryList(
    texts,
    (query) => {
      setQuery(query);
      editor.focus();
    },
    () => {
      history.clear();
      cursor.reset();
      historyList.show(history.entries());
    },
  );
  const side = el('div', 'sila-console-side');
  side.append(examples.element, historyList.element);

  const results = createResultsView(texts, language, (graph, mode) => options.onResultGraph(graph, mode));

  // Document order is the Tab order: editor, buttons, parameters, examples, history, results.
  root.append(editorHost, actions, paramsBox, message, side, results.element);
  container.append(root);

  function relabel(): void {
    const current = language();
    if (current === shownLanguage) return;
    shownLanguage = current;
    const t = texts();
    root.setAttribute('aria-label', t.region);
    root.lang = current;
    runButton.textContent = t.run;
    runButton.title = t.runHint;
    runButton.setAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
    cancelButton.textContent = t.cancel;
    cancelButton.setAttribute('aria-keyshortcuts', 'Escape');
    refreshButton.textContent = t.refreshSchema;
    paramsSummary.textContent = t.params;
    paramsInput.setAttribute('aria-label', t.paramsLabel);
    showSchemaStatus();
    examples.relabel();
    historyList.show(history.entries());
    results.relabel();
  }

  function showSchemaStatus(): void {
    schemaStatus.textContent = schema === null ? '' : texts().schema(schema.labels.length, schema.relationshipTypes.length);
  }

  async function refreshSchema(): Promise<void> {
    try {
      const loaded = await options.loadSchema();
      if (destroyed) return;
      schema = loaded;
      showSchemaStatus();
    } catch {
      if (destroyed) return;
      schemaStatus.textContent = texts().schemaFailed;
    }
  }

  async function loadExamples(): Promise<void> {
    examples.loading();
    try {
      const loaded = await options.loadExamples();
      if (!destroyed) examples.show(loaded);
    } catch (error) {
      if (!destroyed) examples.failed(problemOf(error)?.detail ?? (error instanceof Error ? error.message : String(error)));
    }
  }

  function setQuery(query: string): void {
    editor.setText(query);
    editor.clearError();
    cursor.reset();
  }

  function showMessage(lines: { text: string; className: string; pre?: boolean }[]): void {
    message.replaceChildren(...lines.map((line) => el(line.pre === true ? 'pre' : 'p', line.className, { dir: 'auto' }, line.text)));
    message.hidden = lines.length === 0;
  }

  function showParamsError(text: string | null): void {
    paramsError.textContent = text ?? '';
    paramsError.hidden = text === null;
    if (text === null) paramsInput.removeAttribute('aria-invalid');
    else paramsInput.setAttribute('aria-invalid', 'true');
  }

  function validateParams(): ReturnType<typeof parseParams> {
    const parsed = parseParams(paramsInput.value);
    const t = texts();
    showParamsError(parsed.ok ? null : parsed.reason === 'syntax' ? t.paramsSyntax(parsed.message) : t.paramsNotObject);
    return parsed;
  }

  function setRunning(run: ActiveRun | null): void {
    const hadFocus = document.activeElement;
    active = run;
    runButton.disabled = run !== null;
    cancelButton.hidden = run === null;
    spinner.hidden = run === null;
    root.classList.toggle('sila-console-busy', run !== null);
    root.setAttribute('aria-busy', String(run !== null));
    // A disabled or hidden button drops focus; hand it to the control that now does the job.
    if (run !== null && hadFocus === runButton) cancelButton.focus();
    if (run === null && hadFocus === cancelButton) runButton.focus();
  }

  function showElapsed(run: ActiveRun): void {
    progressText.textContent = texts().running(((performance.now() - run.started) / 1000).toFixed(1));
  }

  /** A run stops being current once cancelled, replaced or unmounted; its late answer is ignored then. */
  function isCurrent(run: ActiveRun): boolean {
    return active === run && !destroyed;
  }

  function finishRun(run: ActiveRun): void {
    clearInterval(run.timer);
    if (active === run) setRunning(null);
  }

  function cancelRun(): boolean {
    const run = active;
    if (run === null) return false;
    run.controller.abort();
    finishRun(run);
    progressText.textContent = texts().cancelled;
    return true;
  }

  function showProblem(problem: Problem, run: ActiveRun): void {
    const t = texts();
    // Worded from the problem's code in the interface language; Neo4j's own message stays as it wrote it.
    const words = problemWords(problem, language());
    const title = words?.title ?? (problem.title === '' ? t.errorTitle : problem.title);
    const lines = [
      { text: title, className: 'sila-console-error-title' },
      { text: words?.detail ?? problem.detail, className: 'sila-console-error-detail', pre: true },
    ];
    if (problem.position !== undefined) {
      const stillSameText = editor.text() === run.text;
      const place = stillSameText ? editor.markError(problem.position.offset + run.leading) : null;
      const line = place?.line ?? problem.position.line;
      const column = place?.column ?? problem.position.column;
      lines.push({ text: t.position(line, column), className: 'sila-console-error-position' });
    }
    if (problem.neo4jCode !== undefined) lines.push({ text: problem.neo4jCode, className: 'sila-console-error-code' });
    showMessage(lines);
  }

  async function runQuery(): Promise<void> {
    relabel();
    if (active !== null) return;
    const text = editor.text();
    const query = text.trim();
    const t = texts();
    if (query === '') {
      showMessage([{ text: t.emptyQuery, className: 'sila-console-error-detail' }]);
      return;
    }
    const params = validateParams();
    if (!params.ok) {
      paramsBox.open = true;
      return;
    }
    history.add(query);
    cursor.reset();
    historyList.show(history.entries());
    editor.clearError();
    showMessage([]);
    // Rows of the previous query under a new one's progress would be mistaken for its answer.
    results.clear();

    const run: ActiveRun = {
      controller: new AbortController(),
      started: performance.now(),
      timer: setInterval(() => showElapsed(run), 100),
      text,
      leading: text.length - text.trimStart().length,
    };
    setRunning(run);
    showElapsed(run);
    try {
      const result = await options.run(query, params.params, run.controller.signal);
      if (!isCurrent(run)) return;
      progressText.textContent = '';
      results.show(result);
    } catch (error) {
      if (!isCurrent(run) || run.controller.signal.aborted) return;
      progressText.textContent = '';
      const problem = problemOf(error);
      if (problem !== null) showProblem(problem, run);
      else showMessage([{ text: t.errorTitle, className: 'sila-console-error-title' }, { text: error instanceof Error ? error.message : String(error), className: 'sila-console-error-detail', pre: true }]);
    } finally {
      finishRun(run);
    }
  }

  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && cancelRun()) event.preventDefault();
  });
  paramsInput.addEventListener('keydown', (event) => {
    if (isModEnter(event)) {
      event.preventDefault();
      void runQuery();
    }
  });
  paramsInput.addEventListener('input', () => showParamsError(null));
  paramsInput.addEventListener('change', () => validateParams());
  // The host may switch the interface language at any time; catch up when the console is used.
  root.addEventListener('focusin', relabel);
  root.addEventListener('pointerenter', relabel);

  relabel();
  historyList.show(history.entries());
  void refreshSchema();
  void loadExamples();

  return {
    focus: () => {
      relabel();
      editor.focus();
    },
    setQuery,
    run: () => void runQuery(),
    destroy() {
      if (destroyed) return;
      cancelRun();
      destroyed = true;
      editor.destroy();
      root.remove();
    },
  };
}
