// A note by an analyst on an entity or a fact.
CREATE (n:Note)
SET n = $properties, n.id = $id
WITH n
OPTIONAL MATCH (e:Entity {id: $entity})
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (n)-[:ABOUT {id: $id + '-about'}]->(e))
RETURN n.id AS id
