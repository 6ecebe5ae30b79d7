/**
 * Underlines the place Neo4j's error points at. The mark goes away with the next edit, since the
 * offset no longer means anything once the text moved.
 */
import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export interface MarkRange {
  from: number;
  to: number;
}

/** The word at `offset`, or one character; an offset past the end marks the last character. */
export function errorRange(text: string, offset: number): MarkRange | null {
  if (text.length === 0) return null;
  const from = Math.min(Math.max(0, Math.trunc(offset)), text.length - 1);
  const word = /^[\p{L}\p{N}_]+/u.exec(text.slice(from));
  return { from, to: from + (word?.[0].length ?? 1) };
}

export const setErrorMark = StateEffect.define<MarkRange | null>();

const errorDecoration = Decoration.mark({ class: 'sila-console-error-mark', attributes: { 'aria-invalid': 'true' } });

export const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setErrorMark)) {
        const range = effect.value;
        return range === null ? Decoration.none : Decoration.set([errorDecoration.range(range.from, range.to)]);
      }
    }
    return transaction.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function markedRanges(state: EditorState): MarkRange[] {
  const ranges: MarkRange[] = [];
  state.field(errorMarkField).between(0, state.doc.length, (from, to) => {
    ranges.push({ from, to });
  });
  return ranges;
}
