// Takes the write lock on each entity's degree summary (creating the summary of an entity that has none), before
// its degrees are counted (degrees/refresh): a write that adds a fact to the same hub at the same time then waits,
// and whichever counts second sees the other's facts. Setting the key to itself is what takes the lock. In id
// order, so that two writes lock shared hubs in the same order.
UNWIND $ids AS id
WITH id ORDER BY id
MATCH (:Entity {id: id})
MERGE (d:FactDegrees {entity_id: id})
SET d.entity_id = id
RETURN count(d) AS count
