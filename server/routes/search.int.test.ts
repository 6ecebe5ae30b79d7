import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResultSchema, type SearchResult } from '../../contract/api.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { arabicLightStem } from '../../text/arabic-stem.ts';
import { escapeTerm } from '../services/search/lucene.ts';
import { isArabicWord, words } from '../../text/query-text.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

async function search(q: string, limit?: number): Promise<SearchResult> {
  const reply = await get(server, `/api/search?q=${encodeURIComponent(q)}${limit === undefined ? '' : `&limit=${limit}`}`);
  expectJson(reply);
  return searchResultSchema.parse(reply.body);
}

/** What a person types, and the entity that must come first. */
const table: [string, string][] = [
  ['عبد اللطيف الحموشي', 'abdellatif-hammouchi'],
  ['الحموشي', 'abdellatif-hammouchi'],
  ['حموشي', 'abdellatif-hammouchi'],
  ['والحموشي', 'abdellatif-hammouchi'],
  ['الحموشى', 'abdellatif-hammouchi'],
  ['الْحَمُّوشِي', 'abdellatif-hammouchi'],
  ['الحمو', 'abdellatif-hammouchi'],
  ['عبد اللط', 'abdellatif-hammouchi'],
  ['Hammouchi', 'abdellatif-hammouchi'],
  ['Hamouchi', 'abdellatif-hammouchi'],
  ['Hammouchy', 'abdellatif-hammouchi'],
  ['Hamm', 'abdellatif-hammouchi'],
  ['hammouchi abdellatif', 'abdellatif-hammouchi'],
  ['فاس', 'fes'],
  ['وفاس', 'fes'],
  ['Fes', 'fes'],
  ['Fez', 'fes'],
  ['Fès', 'fes'],
  ['طنجة', 'tangier'],
  ['طنجه', 'tangier'],
  ['بطنجة', 'tangier'],
  ['طنج', 'tangier'],
  ['طنحة', 'tangier'],
  ['Tanger', 'tangier'],
  ['Tangier', 'tangier'],
  ['الدار البيضاء', 'casablanca'],
  ['دار البيضاء', 'casablanca'],
  ['Casablanca', 'casablanca'],
  ['BCIJ', 'bcij'],
  ['bcij', 'bcij'],
  ['B.C.I.J.', 'bcij'],
  ['المكتب المركزي للأبحاث القضائية', 'bcij'],
  ['المكتب المركزي للابحاث القضائيه', 'bcij'],
  ['DGST', 'dgst'],
  ['داعش', 'daesh'],
  ['لداعش', 'daesh'],
  ['Daesh', 'daesh'],
  ['ISIS', 'daesh'],
  ['Islamic State', 'daesh'],
  ['القاعدة', 'al-qaeda'],
  ['al-Qaeda', 'al-qaeda'],
  ['Al Qaida', 'al-qaeda'],
  ['أسود الخلافة', 'lions-of-the-caliphate'],
  ['اسود الخلافه', 'lions-of-the-caliphate'],
  ['المغرب', 'morocco'],
  ['Maroc', 'morocco'],
  ['الراشيدية', 'errachidia-province'],
  ['Errachidia', 'errachidia-province'],
  ['محمد السادس', 'mohammed-vi'],
  ['Mohammed VI', 'mohammed-vi'],
];

describe('GET /api/search: what a person types finds what they mean', () => {
  it.each(table)('%s → %s first', async (q, id) => {
    const result = await search(q);
    expect(result.query).toBe(q);
    expect(result.results[0]?.node.id, JSON.stringify(result.results.map((r) => [r.node.id, r.score, r.matched]))).toBe(id);
  });

  it('puts an exact name above the entities whose names only contain it', async () => {
    const result = await search('داعش');
    const [first, ...rest] = result.results;
    expect(first?.node.id).toBe('daesh');
    expect(first?.matched).toBe('داعش');
    expect(rest.length).toBeGreaterThan(0);
    for (const hit of rest) expect(hit.score).toBeLessThan(first?.score ?? 0);
  });

  it('says which name matched and returns nodes without the search-only keys', async () => {
    const [hit] = (await search('ISIS')).results;
    expect(hit?.matched).toBe('ISIS');
    expect(hit?.node.properties).not.toHaveProperty('keys_norm');
    expect(hit?.node.labels).toContain('Entity');
  });

  it('orders results by score and honours limit', async () => {
    const all = await search('الإرهابية', 50);
    const scores = all.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.results.length).toBeGreaterThan(2);
    expect((await search('الإرهابية', 2)).results).toEqual(all.results.slice(0, 2));
  });

  it('does not mix a stem coincidence into precise results', async () => {
    // خلاف (disagreement) and الخلافة (the caliphate) share Lucene's stem; typing it finds the caliphate by prefix only.
    const result = await search('المغربية');
    expect(result.results.map((r) => r.node.id)).not.toContain('morocco');
  });
});

describe('GET /api/search: any input is safe', () => {
  const hostile = [
    '"', '*', '~', '(', ')', 'AND', 'OR', 'NOT', '\\', ':', '"unclosed', 'a AND (b OR', '*:*', 'name_en:bcij', '/.*/', '[a TO z]',
    '{!}', 'bcij^10', 'Fès~2', '+-&&||!', '?', 'الحموشي\u200f', '\u200bHamm\u200d', '\u202bداعش\u202c', '\ufeffBCIJ', '﴾داعش﴿', '🙂',
    'ا'.repeat(200), 'ab '.repeat(66), "'; MATCH (n) DETACH DELETE n //", '\u0000', 'في',
  ];

  it.each(hostile)('%j answers 200 with a valid result', async (q) => {
    const result = await search(q);
    expect(result.query).toBe(q.trim());
  });

  it('keeps Lucene syntax out of the query: escaped operators still find the named entity', async () => {
    expect((await search('"BCIJ"')).results[0]?.node.id).toBe('bcij');
    expect((await search('(Tanger)')).results[0]?.node.id).toBe('tangier');
  });

  it('never answers 500 to arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), async (q) => {
        const reply = await get(server, `/api/search?q=${encodeURIComponent(q)}`);
        expect([200, 400]).toContain(reply.status);
        if (reply.status === 400) expectProblem(reply, 400, 'q');
        else searchResultSchema.parse(reply.body);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=a&q=b', 'q'],
    ['q=bcij&limit=0', 'limit'],
    ['q=bcij&limit=51', 'limit'],
    ['q=bcij&limit=many', 'limit'],
  ])('refuses ?%s with a 400 naming %s', async (query, parameter) => {
    expectProblem(await get(server, `/api/search?${query}`), 400, parameter);
  });
});

describe("the server's copy of Lucene's arabic stemmer", () => {
  it('produces the very term the entity_names_ar index holds for every Arabic word of every name', async () => {
    const article = buildArticleGraph();
    const names = article.nodes
      .filter((n) => n.labels.includes('Entity'))
      .flatMap((n) => [n.properties.name_ar, ...(Array.isArray(n.properties.aliases_ar) ? n.properties.aliases_ar : [])])
      .filter((name): name is string => typeof name === 'string');
    const wordOf = new Map(names.flatMap(words).filter(isArabicWord).map((word) => [arabicLightStem(word), word]));
    expect(wordOf.size).toBeGreaterThan(50);
    const hits = async (q: string): Promise<number> => {
      const rows = await server.db.read(
        "CALL db.index.fulltext.queryNodes('entity_names_ar', $q) YIELD node RETURN count(node) AS hits",
        { q },
      );
      return Number(rows[0]?.hits ?? 0);
    };
    const missing: string[] = [];
    for (const [stem, word] of wordOf) {
      // A fuzzy term with 0 edits is an exact, un-analysed term lookup: it only matches the indexed stem itself.
      if ((await hits(`${escapeTerm(stem)}~0`)) > 0) continue;
      // Stop words (في, من, تلك...) are never indexed: the analysed word finds nothing either.
      if ((await hits(escapeTerm(word))) === 0) continue;
      missing.push(`${word} → ${stem}`);
    }
    expect(missing).toEqual([]);
  });
});
