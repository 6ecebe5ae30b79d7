import { describe, expect, it } from 'vitest';
import type { Problem } from '../contract/api.ts';
import { PROBLEM_CODES, REFUSAL_REASONS } from '../contract/problems.ts';
import { problemWords } from './problem-text.ts';

const problem = (code: string, extra: Partial<Problem> = {}): Problem => ({ type: 'x', title: 'Server title', status: 400, detail: 'Server detail', code, ...extra });

describe('problems in the reader’s language', () => {
  it('words every code the server sends, in Arabic and English', () => {
    for (const code of PROBLEM_CODES) {
      const ar = problemWords(problem(code), 'ar');
      const en = problemWords(problem(code), 'en');
      expect(ar?.title, code).toMatch(/[\u0600-\u06FF]/);
      expect(en?.title, code).toMatch(/^[A-Z]/);
    }
  });

  it('words an input problem field by field, with its limits', () => {
    const words = problemWords(problem('invalid-input', { errors: [{ path: 'q', message: 'q is at most 200 characters', code: 'too-long', params: { max: 200 } }] }), 'ar');
    expect(words).toEqual({ title: 'مدخل غير صالح', detail: 'نص البحث: يجب ألا يتجاوز 200 حرف.' });
    expect(problemWords(problem('invalid-input', { errors: [{ path: 'limit', message: 'x', code: 'too-big', params: { max: 50 } }] }), 'en')?.detail).toBe('The limit is at most 50.');
  });

  it('words each reason the console refuses a query for', () => {
    for (const reason of REFUSAL_REASONS) {
      const words = problemWords(problem('console-read-only', { params: { reason, verb: 'GRANT', object: 'INDEX', database: 'neo4j', target: 'system', procedure: 'apoc.x', command: 'ShowUsers', writers: 'Create' } }), 'ar');
      expect(words?.detail, reason).toMatch(/^وحدة Cypher للقراءة فقط: /);
    }
  });

  it('keeps the server’s words for a code it does not know, or a detail only the server can give', () => {
    expect(problemWords(problem('some-new-code'), 'ar')).toBeNull();
    expect(problemWords(problem('cypher-syntax', { detail: 'Invalid input ...' }), 'ar')).toEqual({ title: 'خطأ في صياغة Cypher', detail: 'Invalid input ...' });
    expect(problemWords(problem('entity-not-found', { params: { id: 'nope' } }), 'ar')?.detail).toBe('لا يوجد كيان بالمعرّف nope.');
  });
});
