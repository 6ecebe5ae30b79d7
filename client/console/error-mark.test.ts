import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { errorMarkField, errorRange, markedRanges, setErrorMark } from './error-mark.ts';

describe('error position range', () => {
  it('marks the word at the offset', () => {
    const query = 'MATCH (n) RETRUN n';
    expect(errorRange(query, 10)).toEqual({ from: 10, to: 16 });
    expect(query.slice(10, 16)).toBe('RETRUN');
  });

  it('marks one character where no word starts', () => {
    expect(errorRange('MATCH (n', 6)).toEqual({ from: 6, to: 7 });
  });

  it('marks an Arabic word whole', () => {
    const query = 'RETURN خلية';
    expect(errorRange(query, 7)).toEqual({ from: 7, to: 11 });
  });

  it('marks the last character for an offset at or past the end, and nothing in an empty text', () => {
    expect(errorRange('MATCH (n', 8)).toEqual({ from: 7, to: 8 });
    expect(errorRange('MATCH (n', 99)).toEqual({ from: 7, to: 8 });
    expect(errorRange('RETURN', -3)).toEqual({ from: 0, to: 6 });
    expect(errorRange('', 0)).toBeNull();
  });
});

describe('error mark in the editor state', () => {
  it('is set by the effect, and cleared by the next edit or an explicit clear', () => {
    let state = EditorState.create({ doc: 'MATCH (n) RETRUN n', extensions: [errorMarkField] });
    expect(markedRanges(state)).toEqual([]);
    state = state.update({ effects: setErrorMark.of({ from: 10, to: 16 }) }).state;
    expect(markedRanges(state)).toEqual([{ from: 10, to: 16 }]);
    state = state.update({ selection: { anchor: 0 } }).state;
    expect(markedRanges(state)).toEqual([{ from: 10, to: 16 }]);
    state = state.update({ changes: { from: 10, to: 16, insert: 'RETURN' } }).state;
    expect(markedRanges(state)).toEqual([]);
    state = state.update({ effects: setErrorMark.of({ from: 0, to: 5 }) }).state;
    state = state.update({ effects: setErrorMark.of(null) }).state;
    expect(markedRanges(state)).toEqual([]);
  });
});
