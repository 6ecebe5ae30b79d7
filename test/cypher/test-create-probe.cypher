// Test helper: a node outside Sila's managed labels, linked to a managed entity; the loader must leave it alone.
MATCH (e:Entity {id: $entityId})
MERGE (p:SilaSeedProbe {id: $id})
MERGE (p)-[:PROBES]->(e)
RETURN count(p) AS count
