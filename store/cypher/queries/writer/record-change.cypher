// One recorded write: who, when, what, and on which article and entities.
CREATE (c:Change)
SET c = $properties, c.id = $id
RETURN c.id AS id
