// The entity relationships around one entity, filtered by type, direction and neighbour label.
// `total` counts every match. Without filters it comes from the degree store (all relationships minus
// the MENTIONS from sentences, the only ones an entity has with a non-entity), so a hub costs no more
// than a leaf. The page is ordered by (type, neighbour id, edge id). Up to 1,000 matches (the largest
// $limit) it is the first $limit of that order; past that, sorting every relationship of a hub would
// cost more than the page, so the page is the first $limit matches in store order (stable while the
// graph is unchanged), then ordered: a sample of the neighbourhood, not its alphabetical beginning.
MATCH (c:Entity {id: $id})
CALL (c) {
  WITH c WHERE $types IS NULL AND $labels IS NULL AND $direction = 'both'
  RETURN COUNT { (c)--() } - COUNT { (c)<-[:MENTIONS]-() } AS total
  UNION ALL
  WITH c WHERE NOT ($types IS NULL AND $labels IS NULL AND $direction = 'both')
  // Nested so that the count runs only when this branch is taken (a bare count would add a row of 0).
  CALL (c) {
    MATCH (c)-[r:!MENTIONS]-(m:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
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
    MATCH (c)-[r:!MENTIONS]-(m:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    WITH DISTINCT r, m
    ORDER BY type(r), m.id, r.id
    LIMIT toInteger($limit)
    RETURN r, m
    UNION ALL
    WITH c WHERE total > 1000
    MATCH (c)-[r:!MENTIONS]-(m:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
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
    node: {id: m.id, labels: labels(m), properties: properties(m)}
  }) AS page
}
RETURN {id: c.id, labels: labels(c), properties: properties(c)} AS centre, total, page
