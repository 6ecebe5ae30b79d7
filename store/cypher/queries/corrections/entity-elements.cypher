// Everything a merge of $from into $into moves or rewrites: $from's mentions and facts (with their other
// ends and supports), $into's facts (they may receive supports), notes about $from and redirects to it.
MATCH (f:Entity {id: $from})
MATCH (k:Entity {id: $into})
CALL (f) {
  OPTIONAL MATCH (s:Sentence)-[m:MENTIONS]->(f)
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {id: m.id, sentence: s.id, start: m.start} END) AS mentions
}
CALL (f) {
  OPTIONAL MATCH (f)-[r]-(x:Entity)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, date: r.date} END) AS facts
}
CALL (k) {
  OPTIONAL MATCH (k)-[r]-(x:Entity)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, date: r.date} END) AS keptFacts
}
CALL (f) {
  OPTIONAL MATCH (n:Note)-[a:ABOUT]->(f)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {note: n.id, id: a.id} END) AS notes
}
CALL () {
  OPTIONAL MATCH (r:Redirect {to: $from})
  RETURN collect(r.id) AS redirects
}
RETURN mentions, facts, keptFacts, notes, redirects
