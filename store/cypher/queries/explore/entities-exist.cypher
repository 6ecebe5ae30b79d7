// Which of the given ids name an entity (index-backed), so a missing one can be reported by name.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS found
