// Directed: only relationships followed from their start to their end node, from $from towards $to.
// Every shortest path between two entities over entity relationships only, at most $pathLimit of them
// (the caller asks for one more than it shows, to know whether there are more).
// maxHops is applied by the caller (all shortest paths have one length; see shortest.cypher for why).
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..10]->(b))
WHERE all(x IN nodes(p) WHERE x:Entity)
WITH p
LIMIT toInteger($pathLimit)
RETURN
  [x IN nodes(p) | {id: x.id, labels: labels(x), properties: x {.*, search_ar: null, search_latin: null, keys_norm: null}}] AS nodes,
  [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges
