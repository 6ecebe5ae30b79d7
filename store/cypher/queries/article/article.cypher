// The article (the first by id when there are several) and its sentences in order, each with its
// mentions in text order (MENTIONS offsets are relative to the sentence).
MATCH (a:Article)
WITH a ORDER BY a.id LIMIT 1
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  CALL (s) {
    OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
    WITH m, e ORDER BY m.start, m.end, e.id
    // collect() skips the null of a sentence that mentions nothing.
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {entityId: e.id, start: m.start, end: m.end, surface: m.surface} END) AS mentions
  }
  WITH s, mentions ORDER BY s.index
  RETURN collect({id: s.id, index: s.index, paragraph: s.paragraph, text: s.text, mentions: mentions}) AS sentences
}
RETURN a.id AS id, properties(a) AS properties, sentences
