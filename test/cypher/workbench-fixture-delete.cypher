// Test helper: removes what workbench-fixture-create made and whatever the test wrote about it (notes,
// redirects, entities split off it).
OPTIONAL MATCH (n:Note) WHERE n.entity_id STARTS WITH 'wb-' OR n.fact_id STARTS WITH 'wb-'
DETACH DELETE n
WITH count(*) AS notes
OPTIONAL MATCH (p:Support) WHERE p.fact_id STARTS WITH 'wb-'
DETACH DELETE p
WITH count(*) AS supports
OPTIONAL MATCH (r:Redirect) WHERE r.id STARTS WITH 'wb-' OR r.to STARTS WITH 'wb-'
DETACH DELETE r
WITH count(*) AS redirects
OPTIONAL MATCH (e:Entity) WHERE e.id STARTS WITH 'wb-'
DETACH DELETE e
RETURN count(*) AS deleted
