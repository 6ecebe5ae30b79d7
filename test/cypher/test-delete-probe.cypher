// Test helper: deletes the probe nodes of test-create-probe and says how many nodes and relationships they had.
MATCH (p:SilaSeedProbe)
OPTIONAL MATCH (p)-[r]-()
WITH p, count(r) AS relationships
DETACH DELETE p
RETURN count(p) AS nodes, sum(relationships) AS relationships
