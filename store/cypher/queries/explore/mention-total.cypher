// How many mentions an entity has, from the degree store (MENTIONS come from sentences only).
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)<-[:MENTIONS]-() } AS total
