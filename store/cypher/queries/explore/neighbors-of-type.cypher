// One page of the neighbours of an entity through one relationship type, in a direction and optionally of
// some labels: ordered by neighbour id, then relationship id, starting after the cursor ($afterNode,
// $afterEdge: the last of the page before; '' before the first). the type placeholder is filled by the service with a
// static type, so a dense node's other relationship chains (its thousands of MENTIONS) are never read.
// One more than $limit is read, so the service knows whether another page follows. `total` counts every
// match; without a label filter it comes from the degree store.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:{{type}}]-(m:Entity)
  WHERE ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    AND (m.id > $afterNode OR (m.id = $afterNode AND r.id > $afterEdge))
  WITH DISTINCT r, m
  ORDER BY m.id, r.id
  LIMIT toInteger($limit) + 1
  RETURN collect({
    edge: {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)},
    node: {id: m.id, labels: labels(m), properties: m {.*, search_ar: null, search_latin: null, keys_norm: null}}
  }) AS page
}
RETURN {id: c.id, labels: labels(c), properties: c {.*, search_ar: null, search_latin: null, keys_norm: null}} AS centre, page,
  CASE
    WHEN $labels IS NULL AND $direction = 'out' THEN COUNT { (c)-[:{{type}}]->() }
    WHEN $labels IS NULL AND $direction = 'in' THEN COUNT { (c)<-[:{{type}}]-() }
    WHEN $labels IS NULL THEN COUNT { (c)-[:{{type}}]->() } + COUNT { (c)<-[:{{type}}]-() }
    ELSE COUNT {
      MATCH (c)-[r:{{type}}]-(m:Entity)
      WHERE ($direction = 'both'
          OR ($direction = 'out' AND startNode(r) = c)
          OR ($direction = 'in' AND endNode(r) = c))
        AND any(label IN labels(m) WHERE label IN $labels)
    }
  END AS total
