// One page of a fact's evidence: the sentences that state it, newest article first (the supports'
// article_key descending), then in text order; each with its article, how it was found and its review, and
// the mentions in it of the fact's two ends (the support's source_id and target_id). Read from the Support index on (fact_id, article_key) in
// its order, so a fact stated by thousands of sentences costs one page (ordering by the index's own columns,
// fact_id first, lets Neo4j take the index order and stop after the page). The page starts after the cursor
// ($key, $index: the last sentence of the page before; without one, $key is above every key). One more than
// $limit is read, so the service knows whether another page follows.
MATCH (p:Support)-[:CITES]->(s:Sentence)
USING INDEX SEEK p:Support(fact_id, article_key)
WHERE p.fact_id = $factId AND p.article_key <= $key
  AND (p.article_key < $key OR s.index > $index)
WITH p, s
ORDER BY p.fact_id DESC, p.article_key DESC, s.index
LIMIT toInteger($limit) + 1
MATCH (art:Article)-[:HAS_SENTENCE]->(s)
WITH p, s, art
ORDER BY p.fact_id DESC, p.article_key DESC, s.index
RETURN p.article_key AS key, {
  sentenceId: s.id, index: s.index, paragraph: s.paragraph, text: s.text,
  article: {id: art.id, title: coalesce(art.title, art.title_ar), outlet: art.outlet, published: art.published},
  support: {method: p.method, rule: p.rule, confidence: p.confidence, status: p.status, reviewedBy: p.reviewed_by, reviewedAt: p.reviewed_at},
  mentions: [(s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [p.source_id, p.target_id] | {entityId: e.id, start: m.start, end: m.end, surface: m.surface}]
} AS sentence
