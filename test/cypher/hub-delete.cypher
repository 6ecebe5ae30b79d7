// Removes the hub fixture (test/cypher/hub-create) and bumps the graph version.
MATCH (n)
WHERE (n:Article AND n.id STARTS WITH 'a-hubfix') OR (n:Sentence AND n.id STARTS WITH 'a-hubfix')
   OR (n:Support AND n.id STARTS WITH 'a-hubfix') OR (n:Entity AND n.id STARTS WITH 'hub-fixture')
DETACH DELETE n
WITH count(*) AS removed
MERGE (v:SilaMeta {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
