// Entities proposed by the two full-text indexes (Arabic names with the arabic analyzer, romanisations
// and acronyms); $arabic and $latin are escaped Lucene queries, null when the query has no word in
// that script. An entity found by both keeps its better score.
CALL () {
  WITH 1 AS wanted WHERE $arabic IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names_ar', $arabic, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS wanted WHERE $latin IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names_latin', $latin, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE node:Entity
// How often the corpus mentions it breaks ties between equally good names (counted from the degree store).
// search_ar and search_latin only feed the indexes (they repeat every name); keys_norm is what ranking reads.
RETURN {id: node.id, labels: labels(node), properties: node {.*, search_ar: null, search_latin: null}} AS node, score, COUNT { (node)<-[:MENTIONS]-() } AS mentions
ORDER BY score DESC, node.id
