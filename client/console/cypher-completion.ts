/**
 * Completion from the live schema: labels inside node patterns, relationship types inside
 * relationship patterns, property keys after a dot, keywords and functions elsewhere.
 */
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { SchemaInfo } from '../../contract/api.ts';
import { completionContext, quoteName, variablesBefore, type CompletionSpot } from './completion-context.ts';
import { cypherFunctions, cypherKeywords } from './cypher-vocabulary.ts';

const keywordOptions: Completion[] = cypherKeywords.map((keyword) => ({ label: keyword, type: 'keyword' }));
const functionOptions: Completion[] = cypherFunctions.map((name) => ({ label: name, type: 'function', detail: '()' }));

function nameOption(name: string, type: string, detail?: string): Completion {
  const option: Completion = { label: name, type, apply: quoteName(name) };
  if (detail !== undefined) option.detail = detail;
  return option;
}

/** The options for a completion spot; exported so they can be checked without an editor. */
export function optionsFor(spot: CompletionSpot, schema: SchemaInfo | null, variables: readonly string[] = []): Completion[] {
  switch (spot.kind) {
    case 'label':
      return (schema?.labels ?? []).map((l) => nameOption(l.label, 'class', String(l.count)));
    case 'relType':
      return (schema?.relationshipTypes ?? []).map((r) => nameOption(r.type, 'type', String(r.count)));
    case 'property':
      return (schema?.propertyKeys ?? []).map((key) => nameOption(key, 'property'));
    case 'keyword':
      return [...variables.map((name) => nameOption(name, 'variable')), ...keywordOptions, ...functionOptions];
    case 'none':
      return [];
  }
}

export function cypherCompletionSource(currentSchema: () => SchemaInfo | null): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const textBefore = context.state.doc.sliceString(0, context.pos);
    const spot = completionContext(textBefore);
    if (spot.kind === 'none') return null;
    // Keywords pop up only once a word is started, or on Ctrl+Space; names pop up right after `:` or `.`.
    if (spot.kind === 'keyword' && spot.prefix === '' && !context.explicit) return null;
    const options = optionsFor(spot, currentSchema(), spot.kind === 'keyword' ? variablesBefore(textBefore) : []);
    if (options.length === 0) return null;
    return { from: spot.from, options, validFor: /^`?[\p{L}\p{N}_]*$/u };
  };
}
