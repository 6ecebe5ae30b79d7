// Among the given entities, deletes those no article mentions any more and no fact joins to another
// entity, unless an analyst created them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE coalesce(e.origin, 'curated') <> 'analyst'
  AND NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) }
  AND NOT EXISTS { (e)--(:Entity) }
DETACH DELETE e
RETURN count(*) AS deleted
