/**
 * The decisive layer of the read-only console: what Neo4j's own planner says a query will do.
 * Read access mode alone is not access control (LOAD CSV and several procedures count as reads),
 * so the plan's query type, operators and procedure calls are all checked before anything runs.
 */
import type { ExplainedQuery, PlanOperator } from '../../../store/console.ts';
import type { Refusal } from './refusal.ts';

/**
 * Procedures that only read the graph, and reveal nothing beyond what MATCH can. `dbms.components` is
 * not here: Neo4j plans it as a DBMS query (type `s`), which the gate refuses; /api/health gives the version.
 */
export const allowedProcedures: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
]);

/** SHOW commands that describe the schema and the available functions; the others expose or act on other sessions. */
const allowedShowOperators: ReadonlySet<string> = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

const WRITE_OPERATOR = /^(Create|Merge|Set|Remove|Delete|DetachDelete|Foreach|Drop|Alter|Load)/;

function procedureName(operator: PlanOperator): string | undefined {
  if (operator.name === 'ProcedureCall') return /^\s*([\w.]+)\s*\(/.exec(operator.details)?.[1] ?? operator.details;
  // Against the system database Neo4j names the operator after the procedure itself.
  if (operator.name.includes('.')) return operator.name;
  return undefined;
}

function operatorRefusal(operator: PlanOperator, database: string): Refusal | undefined {
  if (operator.database !== undefined && operator.database !== database) {
    return {
      code: 'other-database',
      params: { database, target: operator.database },
      reason: `it reads only the database "${database}", and this query would run against "${operator.database}".`,
    };
  }
  const procedure = procedureName(operator);
  if (procedure !== undefined) {
    if (allowedProcedures.has(procedure)) return undefined;
    return {
      code: 'procedure-not-allowed',
      params: { procedure },
      reason: `the procedure ${procedure} is not on its list of read-only procedures (${[...allowedProcedures].join(', ')}).`,
    };
  }
  if (operator.name === 'LoadCSV') return { code: 'load-csv', reason: 'LOAD CSV reads files and URLs from the server, which the console does not allow.' };
  if (operator.name === 'TransactionForeach' || operator.name === 'TransactionApply') {
    return { code: 'in-transactions', reason: 'CALL { ... } IN TRANSACTIONS commits in batches, which is for writing.' };
  }
  if (operator.name === 'AdministrationCommand') return { code: 'administration', params: { verb: 'ADMINISTRATION' }, reason: 'administration commands are not available.' };
  if (operator.name.startsWith('Terminate')) return { code: 'terminate', reason: 'it cannot stop other transactions.' };
  if (operator.name.startsWith('Show') && !allowedShowOperators.has(operator.name)) {
    return { code: 'show-not-allowed', params: { command: operator.name }, reason: `this SHOW command (${operator.name}) is not available; SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are.` };
  }
  return undefined;
}

const QUERY_TYPES: Record<string, string> = {
  w: 'writes data',
  rw: 'reads and writes data',
  s: 'changes the schema or the server',
};

export function checkPlan(explained: ExplainedQuery, database: string): Refusal | undefined {
  for (const operator of explained.operators) {
    const refusal = operatorRefusal(operator, database);
    if (refusal) return refusal;
  }
  if (explained.queryType !== 'r') {
    const writers = [...new Set(explained.operators.map((o) => o.name).filter((name) => WRITE_OPERATOR.test(name)))];
    const what = QUERY_TYPES[explained.queryType] ?? `is of query type "${explained.queryType}", not a read`;
    return { code: 'writes', params: { writers: writers.join(', ') }, reason: `Neo4j's plan says this query ${what}${writers.length > 0 ? ` (${writers.join(', ')})` : ''}.` };
  }
  return undefined;
}
