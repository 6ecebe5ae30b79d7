/**
 * Ingestion keeps one extractor per database: this process's own additions extend it (no rebuild over every
 * entity), and a write by anyone else makes it build a new one. Either way a later article links to what an
 * earlier one created.
 */
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../bench/articles.ts';
import { openTestDatabase, withSeededDatabase } from '../test/seeded-database.ts';
import { extractorBuilds, ingestArticle } from './ingest-article.ts';

const db = openTestDatabase();
/** Another process, as far as the extractor cache can tell: a database handle of its own. */
const elsewhere = openTestDatabase();
withSeededDatabase(db, [db, elsewhere]);

const [first, second] = syntheticArticles(2, 4242);

/** A short article that names the cell an earlier article created, and nothing else new. */
const naming = (cell: string): string => `وأكدت المصادر ذاتها أن عناصر ${cell} كانوا ينشطون بمدينة طنجة قبل توقيفهم.`;

/** The cell named after the article (its name carries the article's number), which the article created. */
function newCell(result: Awaited<ReturnType<typeof ingestArticle>>): { id: string; name: string } {
  const cell = result.graph.nodes.find((n) => n.labels.includes('Cell') && n.properties.ingest === 'new' && typeof n.properties.name_ar === 'string' && /\d/.test(n.properties.name_ar));
  const name = cell?.properties.name_ar;
  if (cell === undefined || typeof name !== 'string') throw new Error('the generated article brought no new cell');
  return { id: cell.id, name };
}

describe('the extractor ingestion keeps', () => {
  it("is extended by this process's own additions: the next article links to what the last one created, with no new build", async () => {
    if (first === undefined) throw new Error('no article');
    const before = extractorBuilds();
    const added = await ingestArticle(db, { text: first.text, title: first.title, published: first.published }, 'test');
    const cell = newCell(added);
    const next = await ingestArticle(db, { text: naming(cell.name) }, 'test');
    expect(next.article.entities.linked).toContain(cell.id);
    expect(next.article.entities.new.filter((id) => id.startsWith('cell'))).toEqual([]);
    expect(extractorBuilds() - before).toBe(1);
  });

  it('is built again after another process wrote, and then knows what it wrote', async () => {
    if (second === undefined) throw new Error('no article');
    const cell = newCell(await ingestArticle(elsewhere, { text: second.text, title: second.title, published: second.published }, 'elsewhere'));
    const before = extractorBuilds();
    const next = await ingestArticle(db, { text: naming(cell.name) }, 'test');
    expect(next.article.entities.linked).toContain(cell.id);
    expect(extractorBuilds() - before).toBe(1);
  });
});
