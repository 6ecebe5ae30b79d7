// One fact by id and ends, with its supports, for an analyst's review.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE r.id = $id
OPTIONAL MATCH (p:Support {fact_id: r.id})
RETURN r.id AS id, type(r) AS type, collect(p.id) AS supports
