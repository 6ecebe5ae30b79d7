// The starting view: the $limit entities with the most relationships to other entities, and the
// relationships among them. Degree comes from the degree store; MENTIONS (provenance) are subtracted.
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
CALL () { MATCH (n:Entity) RETURN count(n) AS available }
MATCH (n:Entity)
WITH available, n, COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS degree
ORDER BY degree DESC, n.id ASC
LIMIT toInteger($limit)
WITH available, collect(n) AS chosen
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN chosen
  WITH r, a, b
  ORDER BY r.id
  LIMIT toInteger($edgeLimit)
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN
  available,
  [n IN chosen | {id: n.id, labels: labels(n), properties: n {.*, search_ar: null, search_latin: null, keys_norm: null}}] AS nodes,
  edges
