// The entity relationships around one entity, filtered by type, direction and neighbour label,
// in a stable order (type, neighbour id, edge id); `total` counts every match before $limit.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  RETURN count(DISTINCT r) AS total
}
CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  WITH DISTINCT r, m
  ORDER BY type(r), m.id, r.id
  LIMIT toInteger($limit)
  RETURN collect({
    edge: {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)},
    node: {id: m.id, labels: labels(m), properties: properties(m)}
  }) AS page
}
RETURN {id: c.id, labels: labels(c), properties: properties(c)} AS centre, total, page
