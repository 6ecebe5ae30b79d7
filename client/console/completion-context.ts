/**
 * Decides what kind of name the cursor is typing, from the text before it. DOM-free so it can be
 * tested on plain strings; the completion source turns the answer into options.
 */
import { lexCypher } from './cypher-lexer.ts';
import { cypherName } from '../../formats/cypher-names.ts';

export type CompletionKind = 'label' | 'relType' | 'property' | 'keyword' | 'none';

export interface CompletionSpot {
  kind: CompletionKind;
  /** Where the word being completed starts; the completion replaces `from`..cursor. */
  from: number;
  /** What is already typed of it. */
  prefix: string;
}

const nothing = (pos: number): CompletionSpot => ({ kind: 'none', from: pos, prefix: '' });

/** `textBefore` is the document up to the cursor, so its length is the cursor position. */
export function completionContext(textBefore: string): CompletionSpot {
  const pos = textBefore.length;
  const { state, tokens } = lexCypher(textBefore);
  if (state.inBlockComment || state.openQuote !== null) return nothing(pos);

  const last = tokens.at(-1);
  if (last !== undefined && last.to === pos) {
    switch (last.type) {
      case 'string':
      case 'comment':
      case 'number':
      case 'param':
      case 'invalid':
        return nothing(pos);
      case 'label':
      case 'relType':
      case 'property':
        return { kind: last.type, from: last.from, prefix: last.text };
      case 'keyword':
      case 'function':
      case 'variable':
      case 'atom':
        return { kind: 'keyword', from: last.from, prefix: last.text };
      case 'operator':
      case 'punctuation':
        break;
    }
  }
  return { kind: state.expect ?? 'keyword', from: pos, prefix: '' };
}

/** A name as the editor inserts it: written by the same rule as every Cypher text Sila writes. */
export function quoteName(name: string): string {
  return cypherName(name);
}

/** The variables a query has named before the cursor, offered next to the keywords. */
export function variablesBefore(textBefore: string): string[] {
  const { tokens } = lexCypher(textBefore);
  const pos = textBefore.length;
  const names = tokens.filter((token) => token.type === 'variable' && token.to < pos).map((token) => token.text);
  return [...new Set(names)];
}
