// The degree summaries of entities that no longer exist (deleted, merged into another, retracted with their
// only article).
UNWIND $ids AS id
MATCH (d:FactDegrees {entity_id: id})
WHERE NOT EXISTS { (:Entity {id: id}) }
DELETE d
RETURN count(*) AS count
