/**
 * The tokenizer wired into CodeMirror: token names become highlight tags, tags become colours.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { Tag, tags } from '@lezer/highlight';
import { cypherStreamParser, type CypherTokenType } from './cypher-lexer.ts';

/** Relationship types get their own tag so they can be told apart from labels at a glance. */
const relationshipTypeTag = Tag.define('relationshipType', tags.typeName);

const tokenTable: Record<CypherTokenType, Tag> = {
  keyword: tags.keyword,
  function: tags.function(tags.variableName),
  string: tags.string,
  number: tags.number,
  comment: tags.comment,
  label: tags.typeName,
  relType: relationshipTypeTag,
  param: tags.special(tags.variableName),
  property: tags.propertyName,
  variable: tags.variableName,
  atom: tags.bool,
  operator: tags.operator,
  punctuation: tags.punctuation,
  invalid: tags.invalid,
};

export const cypherLanguage = StreamLanguage.define({ ...cypherStreamParser, tokenTable });

/** Colours chosen for contrast above 4.5:1 on the console's light background. */
export const cypherHighlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: '#7a1fa2', fontWeight: '600' },
  { tag: tags.function(tags.variableName), color: '#1a5fb4' },
  { tag: tags.string, color: '#1e6b2f' },
  { tag: tags.number, color: '#a04000' },
  { tag: tags.bool, color: '#a04000' },
  { tag: tags.comment, color: '#5f6368', fontStyle: 'italic' },
  { tag: tags.typeName, color: '#00677d', fontWeight: '600' },
  { tag: relationshipTypeTag, color: '#b3261e', fontWeight: '600' },
  { tag: tags.special(tags.variableName), color: '#8a4b00' },
  { tag: tags.propertyName, color: '#3b5a00' },
  { tag: tags.operator, color: '#444444' },
  { tag: tags.invalid, color: '#b3261e', textDecoration: 'underline wavy' },
]);

export function cypherSupport(): Extension {
  return [cypherLanguage, syntaxHighlighting(cypherHighlightStyle)];
}
