// Test helper: removes the entity of vanishing-entity-create.
MATCH (e:Entity {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
