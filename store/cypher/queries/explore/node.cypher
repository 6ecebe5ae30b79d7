// One entity with its fact degrees per type and direction, how many mentions it has, and the analysts'
// notes on it, oldest first. Every count is a pattern Neo4j answers from its degree store without reading a
// relationship: one type named statically, no label on the far end (entity relationship types join entities
// only; MENTIONS is the only other relationship an entity has). The service fills the outCounts and
// inCounts placeholders with lists of such counts, one per fact type in the order of its type list; `factDegree` tells it
// whether those types were all of them. The first page of mentions is explore/mentions.
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (n:Entity {id: $id})
// OPTIONAL: an entity with no relationship (one just split off a mention) must still come back, with no degrees.
CALL (n) {
  OPTIONAL MATCH (note:Note {entity_id: n.id})
  WITH note ORDER BY note.at
  RETURN collect(CASE WHEN note IS NULL THEN null ELSE {id: note.id, entity: note.entity_id, fact: note.fact_id, text: note.text, lang: note.lang, by: note.by, at: note.at} END) AS notes
}
RETURN {id: n.id, labels: labels(n), properties: n {.*, search_ar: null, search_latin: null, keys_norm: null}} AS node,
  [{{outCounts}}] AS outCounts,
  [{{inCounts}}] AS inCounts,
  COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS factDegree,
  COUNT { (n)<-[:MENTIONS]-() } AS mentionTotal,
  notes
