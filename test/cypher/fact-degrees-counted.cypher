// Test helper: every entity's facts counted by walking its relationships (not from the degree store), per type and
// direction, to check the writer's summaries (degrees/refresh) against. The provenance types are no facts, even
// where one joins two entities (a document MENTIONS a person): explore/fact-types leaves them out.
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE', 'CITES']
WITH n, r, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
WITH n.id AS id, collect(CASE WHEN r IS NULL THEN null ELSE direction + ' ' + type(r) END) AS ends
UNWIND (CASE WHEN size(ends) = 0 THEN [null] ELSE ends END) AS end
WITH id, end, count(end) AS count
WITH id, collect(CASE WHEN end IS NULL THEN null ELSE end + ' ' + toString(count) END) AS degrees
RETURN id, degrees
ORDER BY id
