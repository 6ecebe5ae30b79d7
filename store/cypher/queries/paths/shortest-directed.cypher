// Directed: only relationships followed from their start to their end node, from $from towards $to.
// One shortest path between two entities over entity relationships only (no provenance detour through
// a Sentence); the node predicate is checked during the breadth-first search. The bound 10 is the API's
// largest maxHops. maxHops itself is applied by the caller: a `length(p) <= $maxHops` predicate here
// makes Neo4j fall back to an exhaustive search when no path is short enough (12 s on the article graph).
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]->(b))
WHERE all(x IN nodes(p) WHERE x:Entity)
RETURN
  [x IN nodes(p) | {id: x.id, labels: labels(x), properties: x {.*, search_ar: null, search_latin: null, keys_norm: null}}] AS nodes,
  [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges
