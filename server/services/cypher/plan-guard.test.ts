import { describe, expect, it } from 'vitest';
import type { ExplainedQuery, PlanOperator } from '../../../store/console.ts';
import { checkPlan } from './plan-guard.ts';

const op = (name: string, details = '', database = 'neo4j'): PlanOperator => ({ name, details, database });
const plan = (queryType: string, ...operators: PlanOperator[]): ExplainedQuery => ({ queryType, operators: [op('ProduceResults'), ...operators] });
const refused = (explained: ExplainedQuery): string | undefined => checkPlan(explained, 'neo4j')?.reason;

describe('the plan guard', () => {
  it('lets a read plan through, allowed procedures and SHOW INDEXES included', () => {
    expect(refused(plan('r', op('AllNodesScan', 'n')))).toBeUndefined();
    expect(refused(plan('r', op('ProcedureCall', 'db.labels() :: (label :: STRING)')))).toBeUndefined();
    expect(refused(plan('r', op('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)')))).toBeUndefined();
    expect(refused(plan('r', op('ShowIndexes', 'allIndexes, defaultColumns')))).toBeUndefined();
  });

  it('refuses plans that are not reads, naming the writing operators', () => {
    expect(refused(plan('rw', op('Create', '(n:X)')))).toMatch(/reads and writes data \(Create\)/);
    expect(refused(plan('w', op('EmptyResult'), op('DetachDelete', 'n'), op('AllNodesScan', 'n')))).toMatch(/writes data \(DetachDelete\)/);
    expect(refused(plan('s', op('CreateIndex', 'RANGE INDEX foo')))).toMatch(/schema/);
  });

  it('refuses procedures outside the allow list, whatever their query type', () => {
    expect(refused(plan('r', op('ProcedureCall', 'db.awaitIndexes($autoint_0) :: ()')))).toMatch(/db\.awaitIndexes/);
    expect(refused(plan('s', op('ProcedureCall', 'db.clearQueryCaches() :: (value :: STRING)')))).toMatch(/db\.clearQueryCaches/);
    expect(refused(plan('s', op('dbms.components', '', 'system')))).toMatch(/"system"/);
  });

  it('refuses LOAD CSV, batched transactions, other sessions and other databases even in a read plan', () => {
    expect(refused(plan('r', op('LoadCSV', 'r')))).toMatch(/LOAD CSV/);
    expect(refused(plan('r', op('TransactionForeach', 'IN TRANSACTIONS OF 1000 ROWS')))).toMatch(/IN TRANSACTIONS/);
    expect(refused(plan('r', op('TerminateTransactions', 'transactions(x)')))).toMatch(/other transactions/);
    expect(refused(plan('r', op('ShowTransactions')))).toMatch(/ShowTransactions/);
    expect(refused(plan('s', op('AdministrationCommand', '', 'system')))).toMatch(/"system"/);
    expect(refused(plan('r', op('AllNodesScan', 'n', 'other')))).toMatch(/"other"/);
  });
});
