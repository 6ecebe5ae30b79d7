// Deletes a fact that a merge made meaningless (both ends became one entity), with its supports.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE r.id = $id
OPTIONAL MATCH (p:Support {fact_id: r.id})
DETACH DELETE p
WITH DISTINCT r
DELETE r
RETURN count(*) AS count
