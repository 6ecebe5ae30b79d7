/**
 * The CodeMirror editor of the console. Tab is left to the browser (no indentWithTab), so keyboard
 * users can move on from the editor; the console's own keys sit above the default bindings.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { SchemaInfo } from '../../contract/api.ts';
import { cypherCompletionSource } from './cypher-completion.ts';
import { cypherSupport } from './cypher-language.ts';
import { errorMarkField, errorRange, setErrorMark } from './error-mark.ts';

export interface EditorHooks {
  label: string;
  placeholder: string;
  run(): void;
  /** Returns whether there was a run to cancel, so Escape keeps its usual meaning otherwise. */
  cancel(): boolean;
  olderQuery(current: string): string | null;
  newerQuery(): string | null;
  schema(): SchemaInfo | null;
}

export interface ConsoleEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  markError(offset: number): { line: number; column: number } | null;
  clearError(): void;
  focus(): void;
  destroy(): void;
}

export function createConsoleEditor(parent: HTMLElement, hooks: EditorHooks): ConsoleEditor {
  const replaceWith = (view: EditorView, text: string | null): boolean => {
    if (text === null) return false;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length }, scrollIntoView: true });
    return true;
  };

  const consoleKeys = keymap.of([
    { key: 'Mod-Enter', run: () => (hooks.run(), true), preventDefault: true },
    { key: 'Escape', run: () => hooks.cancel() },
    { key: 'Ctrl-ArrowUp', run: (view) => replaceWith(view, hooks.olderQuery(view.state.doc.toString())), preventDefault: true },
    { key: 'Ctrl-ArrowDown', run: (view) => replaceWith(view, hooks.newerQuery()), preventDefault: true },
  ]);

  const view = new EditorView({
    parent,
    state: EditorState.create({
      extensions: [
        history(),
        bracketMatching(),
        closeBrackets(),
        cypherSupport(),
        // Ahead of completion's own keys: while a query runs Escape must cancel it, even when a completion
        // request is still pending and would otherwise swallow the key.
        Prec.highest(consoleKeys),
        autocompletion({ override: [cypherCompletionSource(() => hooks.schema())], icons: false }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
        errorMarkField,
        placeholder(hooks.placeholder),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': hooks.label, 'aria-multiline': 'true', spellcheck: 'false', dir: 'ltr' }),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => {
      replaceWith(view, text);
    },
    markError(offset) {
      const range = errorRange(view.state.doc.toString(), offset);
      if (range === null) return null;
      view.dispatch({ effects: setErrorMark.of(range), selection: { anchor: range.from }, scrollIntoView: true });
      const line = view.state.doc.lineAt(range.from);
      return { line: line.number, column: range.from - line.from + 1 };
    },
    clearError: () => view.dispatch({ effects: setErrorMark.of(null) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
