/**
 * The machine-readable `code` of every problem document the server sends, and the `params` each carries,
 * so a client can word the problem in its own language; the `detail` stays the server's English words
 * for logs and for clients that do not know a code.
 */
export const PROBLEM_CODES = [
  // input
  'invalid-input', //               errors[]: { path, message, code?, params? }
  'input-too-deep', //              params: max
  'invalid-json',
  'unreadable-body',
  'body-too-large', //              params: limit
  'invalid-url',
  'request-too-large',
  'request-timeout',
  'bad-request',
  'route-not-found', //             params: method, path
  'unauthorized',
  // exploration
  'entity-not-found', //            params: id
  'edge-not-found', //              params: id
  'no-article',
  'export-unknown-ids', //          params: ids, count
  'path-same-ends',
  // console
  'console-read-only', //           params: reason (a REFUSAL_REASONS code), and that reason's params
  'console-busy', //                params: max
  'cypher-syntax',
  'cypher-refused-by-neo4j',
  'query-timeout',
  'query-too-large',
  'cypher-execution-failed', //     Neo4j failed the query while running it
  'cypher-result-unreadable', //    a value of the result the server cannot read
  'cypher-too-deep', //             params: max
  'cypher-no-answer',
  'console-time-limit', //          params: limit
  'console-cancelled',
  // requests (server/http)
  'body-not-decodable',
  'host-missing',
  'host-not-allowed',
  'content-type-required',
  'origin-not-allowed',
  'upload-too-large',
  'upload-malformed',
  'editor-token-required',
  'editor-role-required',
  // ingestion
  'article-not-found', //           params: id
  'file-type',
  'file-not-utf8',
  'invalid-article-batch',
  'review-stale',
  // corrections, history, workspaces
  'invalid-kind',
  'entity-edit-conflict', //        params: id, stored, yours; conflict: {current, yours}
  'merge-same-entity',
  'mention-not-found', //           params: id
  'entity-id-taken', //             params: id
  'change-not-found', //            params: id
  'change-not-undoable', //         params: id
  'undo-out-of-order', //           params: id, latest
  'undo-stale', //                  params: id
  'workspace-not-found', //         params: id
  'workspace-not-yours', //         params: id
  'workspace-saved-meanwhile', //   params: id, stored, yours; conflict: {current, yours}
  // the server itself
  'database-unavailable',
  'structure-failed', //            the structure worker stopped before it answered
  'internal-error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export function isProblemCode(value: string): value is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(value);
}

/** Why the read-only console refuses a query (`params.reason` of `console-read-only`). */
export const REFUSAL_REASONS = [
  'several-statements',
  'profile', //                      the console times queries itself
  'administration', //               params: verb
  'schema-change', //                params: verb, object
  'other-database', //               params: database, target
  'load-csv',
  'in-transactions',
  'procedure-not-allowed', //        params: procedure
  'show-not-allowed', //             params: command
  'terminate',
  'writes', //                       Neo4j's plan writes; params: writers
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What is wrong with one input field (`errors[].code` of `invalid-input`), whatever the schema said. */
export const INPUT_ISSUES = [
  'required',
  'too-long', //       params: max (characters)
  'too-short', //      params: min (characters)
  'too-big', //        params: max
  'too-small', //      params: min
  'too-many', //       params: max (items)
  'too-few', //        params: min (items)
  'not-a-number',
  'not-an-integer',
  'bad-format',
  'not-one-of', //     params: values
  'wrong-type',
  'must-differ', //    params: other (the field it must differ from)
  'unknown',
] as const;
export type InputIssue = (typeof INPUT_ISSUES)[number];
