// One entity relationship by its stable id, with how many sentences state it (its supports, counted in the
// Support index) and the analysts' notes on it; the pages of its evidence are explore/evidence. $sources
// are the entity ids the relationship id may start with (ids are written `<source>-<type>-<target>`), so the
// lookup is index-backed; with $scan it is not, for ids written some other way.
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
CALL (r) {
  OPTIONAL MATCH (note:Note {fact_id: r.id})
  WITH note ORDER BY note.at
  RETURN collect(CASE WHEN note IS NULL THEN null ELSE {id: note.id, entity: note.entity_id, fact: note.fact_id, text: note.text, lang: note.lang, by: note.by, at: note.at} END) AS notes
}
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge, notes,
  COUNT { (p:Support) WHERE p.fact_id = r.id } AS evidenceTotal
