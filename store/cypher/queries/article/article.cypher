// One article by id (or, with $id null, the first the corpus received) and its sentences in order, each
// with its mentions in text order (MENTIONS offsets are relative to the sentence).
MATCH (a:Article)
WHERE $id IS NULL OR a.id = $id
WITH a ORDER BY a.ingested_at, a.id LIMIT 1
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  CALL (s) {
    OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
    WITH m, e ORDER BY m.start, m.end, e.id
    // collect() skips the null of a sentence that mentions nothing.
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {entityId: e.id, start: m.start, end: m.end, surface: m.surface, status: coalesce(m.status, 'accepted')} END) AS mentions
  }
  WITH s, mentions ORDER BY s.index
  RETURN collect({id: s.id, index: s.index, paragraph: s.paragraph, text: s.text, headline: coalesce(s.headline, false), mentions: mentions}) AS sentences
}
RETURN a.id AS id, properties(a) AS properties, sentences
