/**
 * "Add an article": an editor pastes text or drops a .txt/.html file, says what they know of it (title,
 * source, outlet, date), and the dry run opens at once in the review, full height, over the explorer. The
 * review commits in one request; the main graph then shows what was written. Readers never see the button
 * (`editor-only`), and the view checks the access store before it offers anything.
 */
import type { Problem } from '../../../contract/api.ts';
import type { ClientContext } from '../../core/context.ts';
import {
  acceptAbove,
  acceptSentence,
  chooseFile,
  clearFocus,
  closeWorkbench,
  commitReview,
  decideFact,
  editDraft,
  focusMention,
  focusSpan,
  openWorkbench,
  removeNewFact,
  runDryRun,
  setAcceptRest,
} from '../../core/review/actions.ts';
import { preview } from '../../core/review/model.ts';
import type { ArticleDraft, DraftField, ReviewState, ReviewStore } from '../../core/review/store.ts';
import { wholeWords } from '../../../text/word-bounds.ts';
import { trapTab } from '../../focus-trap.ts';
import { h } from '../../dom.ts';
import { count, t, type MessageKey } from '../../i18n.ts';
import { problemWords } from '../../problem-text.ts';
import { inspector } from './inspector.ts';
import { createPreviewCanvas, type PreviewCanvas } from './preview.ts';
import { reviewRows } from './review-article.ts';
import './review.css';

const META: readonly { field: Exclude<keyof ArticleDraft, 'text'>; type: string; key: MessageKey; dir: string }[] = [
  { field: 'title', type: 'text', key: 'review.fieldTitle', dir: 'auto' },
  { field: 'url', type: 'url', key: 'review.fieldUrl', dir: 'ltr' },
  { field: 'outlet', type: 'text', key: 'review.fieldOutlet', dir: 'auto' },
  { field: 'published', type: 'date', key: 'review.fieldPublished', dir: 'ltr' },
];

const THRESHOLDS = [0.9, 0.8, 0.7, 0.6] as const;

function words(problem: Problem, ui: 'ar' | 'en'): { title: string; detail: string } {
  return problemWords(problem, ui) ?? { title: problem.title, detail: problem.detail };
}

/** Where in a sentence's text a DOM point lies: the characters before it inside the sentence element. */
function offsetIn(element: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function mountWorkbench(toolbarHost: HTMLElement, ctx: ClientContext, store: ReviewStore): () => void {
  const addButton = h('button', { type: 'button', class: 'editor-only add-article', 'data-action': 'add-article', 'aria-controls': 'workbench', onclick: () => ctx.access.get().editor && openWorkbench(store) });
  toolbarHost.append(h('div', { class: 'tool-group editor-only' }, addButton));

  const title = h('h2', { class: 'pane-title', id: 'workbench-title' });
  const closeButton = h('button', { type: 'button', class: 'icon', 'data-action': 'close-workbench', onclick: () => closeWorkbench(store) }, '×');
  const status = h('div', { class: 'workbench-status', role: 'status' });

  const fieldProblem = (field: DraftField): HTMLElement => h('p', { class: 'field-problem', 'data-problem-for': field, id: `problem-${field}`, hidden: true });
  const metaInputs = META.map(({ field, type, dir }) => {
    const input = h('input', { type, id: `article-${field}`, name: field, dir, 'aria-describedby': `problem-${field}` });
    input.addEventListener('input', () => editDraft(store, field, input.value));
    return { field, input, label: h('label', { for: `article-${field}` }), problem: fieldProblem(field) };
  });
  const meta = h('div', { class: 'workbench-meta' }, ...metaInputs.map(({ field, input, label, problem }) => h('div', { class: 'field', 'data-field': field }, label, input, problem)));

  // ---- the form: paste or drop ----
  const textLabel = h('label', { for: 'article-text' });
  const textArea = h('textarea', { id: 'article-text', class: 'article-text', dir: 'rtl', lang: 'ar', rows: 14, 'aria-describedby': 'problem-text' });
  textArea.addEventListener('input', () => editDraft(store, 'text', textArea.value));
  const fileInput = h('input', { type: 'file', id: 'article-file', accept: '.txt,.html,.htm,text/plain,text/html', 'aria-describedby': 'problem-file' });
  fileInput.addEventListener('change', () => chooseFile(store, fileInput.files?.[0] ?? null));
  const fileLabel = h('label', { for: 'article-file', class: 'file-label' });
  const fileName = h('span', { class: 'file-name' });
  const dropFile = h('button', { type: 'button', class: 'icon', 'data-action': 'drop-file', onclick: () => {
    fileInput.value = '';
    chooseFile(store, null);
  } }, '×');
  const dryRunButton = h('button', { type: 'button', class: 'primary', 'data-action': 'dry-run', onclick: () => void runDryRun(store) });
  const dropZone = h('div', { class: 'drop-zone' }, textLabel, textArea, fieldProblem('text'), h('div', { class: 'file-row' }, fileLabel, fileInput, fileName, dropFile), fieldProblem('file'));
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) chooseFile(store, file);
  });
  const inputStage = h('div', { class: 'workbench-input' }, dropZone, h('div', { class: 'workbench-actions' }, dryRunButton));

  // ---- the review ----
  const thresholdSelect = h('select', { id: 'accept-threshold', 'aria-label': 'threshold' }, ...THRESHOLDS.map((v) => h('option', { value: v }, `≥ ${v}`)));
  thresholdSelect.value = '0.8';
  const acceptAboveButton = h('button', { type: 'button', 'data-action': 'accept-above', onclick: () => acceptAbove(store, Number(thresholdSelect.value)) });
  const acceptRestBox = h('input', { type: 'checkbox', id: 'accept-rest' });
  acceptRestBox.addEventListener('change', () => setAcceptRest(store, acceptRestBox.checked));
  const acceptRestLabel = h('label', { for: 'accept-rest' });
  const commitButton = h('button', { type: 'button', class: 'primary', 'data-action': 'commit', onclick: () => void commitReview(ctx, store) });
  const summary = h('p', { class: 'review-summary muted' });
  const reviewBar = h('div', { class: 'review-bar' }, h('span', { class: 'tool-group' }, acceptAboveButton, thresholdSelect), h('span', { class: 'tool-group' }, acceptRestBox, acceptRestLabel), summary, commitButton);
  const rows = h('div', { class: 'review-article', 'data-help': '' });
  const help = h('p', { class: 'review-help muted' });
  const side = h('aside', { class: 'review-side' });
  const previewTitle = h('h3', { class: 'preview-title' });
  const previewBox = h('div', { class: 'review-preview', dir: 'ltr' });
  const previewCounts = h('p', { class: 'preview-counts muted' });
  const previewLegend = h('p', { class: 'preview-legend muted' });
  const inspectorHost = h('div', { class: 'inspector-host' });
  side.append(inspectorHost, previewTitle, previewBox, previewCounts, previewLegend);
  const reviewStage = h('div', { class: 'workbench-review' }, reviewBar, h('div', { class: 'review-main' }, h('div', { class: 'review-article-column' }, help, rows), side));

  const panel = h(
    'section',
    { id: 'workbench', class: 'workbench', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'workbench-title', hidden: true },
    h('header', { class: 'workbench-head' }, title, closeButton),
    meta,
    status,
    inputStage,
    reviewStage,
  );
  document.body.append(panel);

  let previewCanvas: PreviewCanvas | null = null;

  // ---- the article: picking mentions, selecting spans, deciding facts ----
  rows.addEventListener('click', (event) => {
    const target = event.target as Element;
    const mark = target.closest<HTMLElement>('.review-mention');
    const row = target.closest<HTMLElement>('.review-row');
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'accept-sentence' && row?.dataset.sentence) return acceptSentence(store, row.dataset.sentence);
    const fact = target.closest<HTMLElement>('[data-fact]')?.dataset.fact;
    if (fact && (action === 'accept-fact' || action === 'reject-fact')) return decideFact(store, fact, action === 'accept-fact' ? 'accept' : 'reject');
    const added = target.closest<HTMLElement>('[data-new-fact]')?.dataset.newFact;
    if (added !== undefined && action === 'remove-new-fact') return removeNewFact(store, Number(added));
    const selection = window.getSelection();
    if (mark?.dataset.mention && (!selection || selection.isCollapsed)) focusMention(store, mark.dataset.mention);
  });
  rows.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.review-mention');
    if (mark?.dataset.mention && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      focusMention(store, mark.dataset.mention);
    }
  });
  const takeSelection = (): void => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const startText = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest<HTMLElement>('.review-text');
    const endText = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest<HTMLElement>('.review-text');
    if (!startText || startText !== endText || !startText.dataset.sentence) return;
    const text = startText.textContent ?? '';
    const span = wholeWords(text, offsetIn(startText, range.startContainer, range.startOffset), offsetIn(startText, range.endContainer, range.endOffset));
    // Spaces and punctuation at the edges are not part of a name.
    let { start, end } = span;
    while (start < end && /[\s«»"“”.,،؛:()]/u.test(text[start] ?? '')) start++;
    while (end > start && /[\s«»"“”.,،؛:()]/u.test(text[end - 1] ?? '')) end--;
    focusSpan(store, startText.dataset.sentence, start, end);
  };
  rows.addEventListener('mouseup', takeSelection);
  rows.addEventListener('keyup', (event) => {
    if (event.shiftKey) takeSelection();
  });
  panel.addEventListener('keydown', (event) => {
    // The explorer's own keys (/, ?, + and −) act on what lies under the review: not while it is open.
    event.stopPropagation();
    if (trapTab(panel, event)) return;
    if (event.key !== 'Escape') return;
    if (store.get().focus || store.get().factFrom) clearFocus(store);
    else closeWorkbench(store);
  });

  function relabel(): void {
    addButton.textContent = t('review.add');
    title.textContent = store.get().stage === 'review' ? t('review.title') : t('review.add');
    closeButton.setAttribute('aria-label', t('review.close'));
    closeButton.title = t('review.close');
    for (const { field, label } of metaInputs) label.textContent = t(META.find((m) => m.field === field)?.key ?? 'review.fieldTitle');
    textLabel.textContent = t('review.fieldText');
    fileLabel.textContent = t('review.fieldFile');
    dryRunButton.textContent = t('review.dryRun');
    acceptAboveButton.textContent = t('review.acceptAbove');
    thresholdSelect.setAttribute('aria-label', t('review.threshold'));
    acceptRestLabel.textContent = t('review.acceptRest');
    commitButton.textContent = t('review.commit');
    help.textContent = t('review.help');
    previewTitle.textContent = t('review.preview');
    previewLegend.textContent = t('review.previewLegend');
    dropFile.setAttribute('aria-label', t('review.dropFile'));
  }

  function showProblems(state: ReviewState): void {
    const ui = ctx.settings.get().ui;
    for (const element of panel.querySelectorAll<HTMLElement>('.field-problem')) {
      const field = element.dataset.problemFor as DraftField;
      const problem = state.fieldProblems[field];
      element.hidden = !problem;
      element.textContent = problem ? words(problem, ui).detail : '';
    }
    const general = state.problem && Object.keys(state.fieldProblems).length === 0 ? words(state.problem, ui) : null;
    const children: (HTMLElement | string)[] = [];
    if (state.busy) children.push(h('span', { class: 'busy' }, t(state.busy === 'commit' ? 'review.committing' : 'review.running')));
    if (general) children.push(h('p', { class: 'problem', 'data-code': state.problem?.code ?? '' }, h('strong', {}, general.title), ' ', general.detail));
    if (state.stale) children.push(h('button', { type: 'button', 'data-action': 'rerun', onclick: () => void runDryRun(store) }, t('review.rerun')));
    status.replaceChildren(...children);
  }

  function render(state: ReviewState, previous: ReviewState | null): void {
    panel.hidden = !state.open || !ctx.access.get().editor;
    document.body.classList.toggle('workbench-open', !panel.hidden);
    panel.dataset.stage = state.stage;
    inputStage.hidden = state.stage !== 'input';
    reviewStage.hidden = state.stage !== 'review';
    for (const { field, input } of metaInputs) if (input.value !== state.draft[field]) input.value = state.draft[field];
    if (textArea.value !== state.draft.text && state.stage === 'input') textArea.value = state.draft.text;
    fileName.textContent = state.file?.name ?? '';
    dropFile.hidden = state.file === null;
    textArea.disabled = state.file !== null;
    dryRunButton.disabled = state.busy !== null || (state.file === null && state.draft.text.trim() === '');
    commitButton.disabled = state.busy !== null;
    acceptRestBox.checked = state.acceptRest;
    relabel();
    showProblems(state);
    if (!state.model || state.stage !== 'review') return;
    const model = state.model;
    const changed = !previous || previous.model !== model || previous.decisions !== state.decisions || previous.focus !== state.focus || previous.factFrom !== state.factFrom || previous.stage !== state.stage;
    if (!changed) return;
    const scroll = rows.scrollTop;
    rows.replaceChildren(...reviewRows(model, state.decisions, state.focus, state.factFrom));
    rows.scrollTop = scroll;
    inspectorHost.replaceChildren(inspector(store, state));
    const shown = preview(model, state.decisions);
    previewCanvas ??= createPreviewCanvas(previewBox);
    previewCanvas.show(shown);
    const fresh = shown.nodes.filter((n) => n.role === 'new').length;
    const linked = shown.nodes.length - fresh;
    const newFacts = shown.edges.filter((e) => e.role === 'new').length;
    previewCounts.textContent = t('review.previewCounts', { fresh: count('nodes', fresh), linked: count('nodes', linked), facts: count('relationships', newFacts) });
    summary.textContent = previewCounts.textContent;
  }

  render(store.get(), null);
  const unsubscribers = [
    store.subscribe((state, previous) => {
      const opening = state.open && !previous.open;
      render(state, previous);
      if (opening) textArea.focus();
      // Closed, the dialog gives the focus back to the control that opened it.
      if (!state.open && previous.open && addButton.isConnected && addButton.getClientRects().length > 0) addButton.focus();
      if (state.stage === 'review' && previous.stage !== 'review') rows.querySelector<HTMLElement>('.review-mention')?.focus();
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) render(store.get(), null);
    }),
    ctx.access.subscribe(() => {
      if (!ctx.access.get().editor && store.get().open) closeWorkbench(store);
      render(store.get(), null);
    }),
  ];
  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    previewCanvas?.destroy();
    panel.remove();
  };
}
