// One entity relationship by its stable id, with its evidence: every support of the fact (its sentence,
// the sentence's article, how it was found and its review), oldest article first, in text order, and in
// each sentence the mentions of the fact's two ends. $sources are the entity ids the relationship id may
// start with (ids are written `<source>-<type>-<target>`), so the lookup is index-backed; with $scan it is
// not, for ids written some other way.
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
  OPTIONAL MATCH (p:Support {fact_id: r.id})-[:CITES]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
  WITH p, s, art ORDER BY art.ingested_at, art.id, s.index
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {
    sentenceId: s.id, index: s.index, paragraph: s.paragraph, text: s.text,
    article: {id: art.id, title: coalesce(art.title, art.title_ar), outlet: art.outlet, published: art.published},
    support: {method: p.method, rule: p.rule, confidence: p.confidence, status: p.status, reviewedBy: p.reviewed_by, reviewedAt: p.reviewed_at},
    mentions: [(s)-[m:MENTIONS]->(e:Entity) WHERE e = a OR e = b | {entityId: e.id, start: m.start, end: m.end, surface: m.surface}]
  } END) AS evidence
}
CALL (r) {
  OPTIONAL MATCH (note:Note {fact_id: r.id})
  WITH note ORDER BY note.at
  RETURN collect(CASE WHEN note IS NULL THEN null ELSE {id: note.id, entity: note.entity_id, fact: note.fact_id, text: note.text, lang: note.lang, by: note.by, at: note.at} END) AS notes
}
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge, evidence, notes
