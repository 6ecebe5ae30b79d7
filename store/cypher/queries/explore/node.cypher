// One entity with its degree per relationship type and direction (entity relationships only) and its
// first $mentionLimit mentions: newest article first, then in text order (MENTIONS offsets are relative to
// the sentence). Each mention cites its article. Then the analysts' notes on it, oldest first.
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (n:Entity {id: $id})
// OPTIONAL: an entity with no relationship (one just split off a mention) must still come back, with no degrees.
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(:Entity)
  RETURN type(r) AS type, 'out' AS direction, count(r) AS count
  UNION ALL
  OPTIONAL MATCH (n)<-[r]-(:Entity)
  RETURN type(r) AS type, 'in' AS direction, count(r) AS count
}
WITH n, [d IN collect({type: type, direction: direction, count: count}) WHERE d.type IS NOT NULL] AS degrees
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(n)
  WITH a, s, m
  ORDER BY a.published DESC, a.ingested_at DESC, a.id, s.index, m.start
  LIMIT toInteger($mentionLimit)
  // collect() skips the null of an entity that is never mentioned.
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {
    sentenceId: s.id, index: s.index, paragraph: s.paragraph, text: s.text,
    start: m.start, end: m.end, surface: m.surface,
    article: {id: a.id, title: coalesce(a.title, a.title_ar), outlet: a.outlet, published: a.published}
  } END) AS mentions
}
CALL (n) {
  OPTIONAL MATCH (note:Note {entity_id: n.id})
  WITH note ORDER BY note.at
  RETURN collect(CASE WHEN note IS NULL THEN null ELSE {id: note.id, entity: note.entity_id, fact: note.fact_id, text: note.text, lang: note.lang, by: note.by, at: note.at} END) AS notes
}
RETURN {id: n.id, labels: labels(n), properties: n {.*, search_ar: null, search_latin: null, keys_norm: null}} AS node, degrees, mentions, notes
