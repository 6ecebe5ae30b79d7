// One page of an entity's mentions: newest article first (article_key descending: publication date, then
// article id), then in text order (sentence index, offset; MENTIONS offsets are relative to the sentence).
// Read from the index on MENTIONS (entity_id, article_key) in its order, so a page costs the same for an
// entity named once and for one named in every article: ordering by the index's own columns (entity_id
// first, though it is one value) is what lets Neo4j take the index order and stop after a page (PartialTop)
// instead of keeping a Top over every entry of the entity. The page starts after the cursor
// ($key, $index, $start: the last mention of the page before; without one, $key is above every key).
// One more than $limit is read, so the service knows whether another page follows. Each mention cites its article.
// The hint keeps a seek of that index whatever the statistics say: once one entity holds most mentions, Neo4j would
// otherwise scan every MENTIONS of the store, or the whole index.
MATCH (s:Sentence)-[m:MENTIONS]->(:Entity)
USING INDEX SEEK m:MENTIONS(entity_id, article_key)
WHERE m.entity_id = $id AND m.article_key <= $key
  AND (m.article_key < $key OR s.index > $index OR (s.index = $index AND m.start > $start))
WITH s, m
ORDER BY m.entity_id DESC, m.article_key DESC, s.index, m.start
LIMIT toInteger($limit) + 1
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH a, s, m
ORDER BY m.entity_id DESC, m.article_key DESC, s.index, m.start
RETURN m.article_key AS key, {
  sentenceId: s.id, index: s.index, paragraph: s.paragraph, text: s.text,
  start: m.start, end: m.end, surface: m.surface,
  article: {id: a.id, title: coalesce(a.title, a.title_ar), outlet: a.outlet, published: a.published}
} AS mention
