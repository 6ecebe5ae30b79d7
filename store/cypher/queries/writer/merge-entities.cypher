// The entities an article names: new ones are created with their kind label and properties; an entity
// that already exists is left exactly as it is (an article never rewrites what others said of it).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e = row.properties, e.id = row.id, e.kind = row.kind, e.origin = row.origin, e.created_at = $at, e:$(row.kind)
RETURN count(e) AS count
