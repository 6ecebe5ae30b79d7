// One entity relationship by its stable id, with its evidence sentences in the order cited and, in each,
// the mentions of its two ends. $sources are the entity ids the relationship id may start with
// (ids are written `<source>-<type>-<target>`), so the lookup is index-backed; with $scan it is not,
// for ids written some other way.
CALL () {
  UNWIND $sources AS sourceId
  MATCH (a:Entity {id: sourceId})-[r]->(b:Entity)
  WHERE r.id = $id
  RETURN a, r, b
  UNION
  WITH 1 AS wanted WHERE $scan
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.id = $id
  RETURN a, r, b
}
WITH a, r, b LIMIT 1
CALL (a, r, b) {
  UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS position
  MATCH (s:Sentence {id: r.evidence[position]})
  WITH s, position ORDER BY position
  RETURN collect({
    sentenceId: s.id, index: s.index, paragraph: s.paragraph, text: s.text,
    mentions: [(s)-[m:MENTIONS]->(e:Entity) WHERE e = a OR e = b | {entityId: e.id, start: m.start, end: m.end, surface: m.surface}]
  }) AS evidence
}
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge, evidence
