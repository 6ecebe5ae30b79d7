// Moves mentions from one entity to another: each is recreated on the kept entity with the same
// properties, an id that names it and the kept entity's id as `entity_id` (what its mentions are paged by),
// and the old one deleted.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})-[m:MENTIONS]->(:Entity {id: $from})
WHERE m.id = row.id
MATCH (k:Entity {id: $into})
CREATE (s)-[n:MENTIONS]->(k)
SET n = properties(m), n.id = row.newId, n.entity_id = $into
DELETE m
RETURN count(n) AS count
