/**
 * The article graph with a hostile entity added (for client/xss.browser.test.ts, which may not import
 * seed/ itself): an entity named like an HTML injection, an Arabic sentence holding a script tag that
 * mentions it, and a relationship to an article entity with that sentence as evidence.
 */
import type { Graph } from '../../contract/graph.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import { searchProperties } from '../../store/entity-keys.ts';
import { loadGraph } from '../../store/load-graph.ts';
import type { Database } from '../../store/database.ts';

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_DESCRIPTION = '<script>alert("description")</script> and <b onmouseover=alert(3)>bold</b>';
export const XSS_SENTENCE = `أعلنت خلية ${XSS_NAME} عن <script>alert(2)</script> في بيان.`;
export const XSS_PROBE = 'xss-probe';
export const XSS_SENTENCE_ID = 's-xss-probe';
/** What a person types to find the probe. */
export const XSS_SEARCH = 'xssprobe';
const RELATED = 'lions-of-the-caliphate';

function withProbe(graph: Graph): Graph {
  const start = XSS_SENTENCE.indexOf(XSS_NAME);
  const names = { name_ar: XSS_NAME, name_en: XSS_NAME, aliases_ar: [], aliases_latin: [XSS_SEARCH] };
  return {
    nodes: [
      ...graph.nodes,
      {
        id: XSS_PROBE,
        labels: ['Entity', 'Organization'],
        properties: { id: XSS_PROBE, ...names, description_en: XSS_DESCRIPTION, kind: 'Organization', mention_count: 1, ...searchProperties(names) },
      },
      {
        id: XSS_SENTENCE_ID,
        labels: ['Sentence'],
        properties: { id: XSS_SENTENCE_ID, index: 9999, paragraph: 9999, start: 0, end: XSS_SENTENCE.length, text: XSS_SENTENCE, mention_count: 1 },
      },
    ],
    edges: [
      ...graph.edges,
      { id: `article-has_sentence-${XSS_SENTENCE_ID}`, type: 'HAS_SENTENCE', source: 'article', target: XSS_SENTENCE_ID, properties: { index: 9999 } },
      { id: `${XSS_SENTENCE_ID}-mentions-${XSS_PROBE}-${start}`, type: 'MENTIONS', source: XSS_SENTENCE_ID, target: XSS_PROBE, properties: { start, end: start + XSS_NAME.length, surface: XSS_NAME } },
      { id: `${XSS_PROBE}-affiliated_with-${RELATED}`, type: 'AFFILIATED_WITH', source: XSS_PROBE, target: RELATED, properties: { evidence: [XSS_SENTENCE_ID] } },
    ],
  };
}

export async function loadXssProbe(db: Database): Promise<void> {
  await loadGraph(db, withProbe(buildArticleGraph()));
}

/** Puts the article graph back exactly as the seed makes it. */
export async function restoreArticleGraph(db: Database): Promise<void> {
  await loadGraph(db, buildArticleGraph());
}
