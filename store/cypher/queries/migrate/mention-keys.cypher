// Gives every mention the keys it is paged by: the mentioned entity's id and its article's key
// (publication date, then id: store/article-batch.ts articleKeyOf). Run once, in batches.
MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
WHERE m.entity_id IS NULL OR m.article_key IS NULL OR m.entity_id <> e.id
CALL (a, m, e) {
  SET m.entity_id = e.id, m.article_key = coalesce(a.published, '') + '|' + a.id
} IN TRANSACTIONS OF 10000 ROWS
