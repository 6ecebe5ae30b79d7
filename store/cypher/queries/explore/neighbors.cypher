// The entity relationships around one entity, filtered by type, direction and neighbour label.
// The factTypes placeholder in each pattern is replaced by the service with the entity relationship types
// to follow (the filter, or every fact type), written as A|`B c`: a pattern with static types lets Neo4j read only those types'
// relationship chains of a dense node, instead of walking past its thousands of incoming MENTIONS.
// `covered` says whether those types are all the entity has besides MENTIONS (degree store, constant
// time): false means a type appeared after the service listed them, and it asks again.
// `total` counts every match. Without filters it comes from the degree store (all relationships minus
// the MENTIONS from sentences, the only ones an entity has with a non-entity), so a hub costs no more
// than a leaf. The page is ordered by (type, neighbour id, edge id). Up to 1,000 matches (the largest
// $limit) it is the first $limit of that order; past that, sorting every relationship of a hub would
// cost more than the page, so the page is the first $limit matches in store order (stable while the
// graph is unchanged), then ordered: a sample of the neighbourhood, not its alphabetical beginning.
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (c:Entity {id: $id})
CALL (c) {
  WITH c WHERE NOT $filtered
  RETURN COUNT { (c)--() } - COUNT { (c)<-[:MENTIONS]-() } AS total
  UNION ALL
  WITH c WHERE $filtered
  // Nested so that the count runs only when this branch is taken (a bare count would add a row of 0).
  CALL (c) {
    MATCH (c)-[r:{{factTypes}}]-(m:Entity)
    WHERE ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    RETURN count(DISTINCT r) AS total
  }
  RETURN total
}
CALL (c, total) {
  CALL (c, total) {
    WITH c WHERE total <= 1000
    MATCH (c)-[r:{{factTypes}}]-(m:Entity)
    WHERE ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    WITH DISTINCT r, m
    ORDER BY type(r), m.id, r.id
    LIMIT toInteger($limit)
    RETURN r, m
    UNION ALL
    WITH c WHERE total > 1000
    MATCH (c)-[r:{{factTypes}}]-(m:Entity)
    WHERE ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    WITH DISTINCT r, m
    LIMIT toInteger($limit)
    RETURN r, m
  }
  WITH r, m
  ORDER BY type(r), m.id, r.id
  RETURN collect({
    edge: {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)},
    node: {id: m.id, labels: labels(m), properties: m {.*, search_ar: null, search_latin: null, keys_norm: null}}
  }) AS page
}
WITH {id: c.id, labels: labels(c), properties: c {.*, search_ar: null, search_latin: null, keys_norm: null}} AS centre, total, page,
  COUNT { (c)-[:{{factTypes}}]-() } = COUNT { (c)--() } - COUNT { (c)<-[:MENTIONS]-() } AS covered
// A first row with the centre, then one row per neighbour: the driver decodes small records on its fast path,
// while one record holding the whole page spans many chunks and goes through its slow path, string by string.
UNWIND range(0, size(page)) AS i
WITH i, CASE WHEN i = 0 THEN {centre: centre, total: total, covered: covered} END AS head, CASE WHEN i > 0 THEN page[i - 1] END AS item
ORDER BY i
RETURN head, item
