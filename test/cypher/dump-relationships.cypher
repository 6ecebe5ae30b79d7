// Every relationship between managed nodes, with its element id, type, ends and properties, ordered by id.
MATCH (a)-[r]->(b)
WHERE (a:Article OR a:Sentence OR a:Entity OR a:Support OR a:Note OR a:Redirect) AND (b:Article OR b:Sentence OR b:Entity OR b:Support OR b:Note OR b:Redirect)
RETURN r.id AS id, elementId(r) AS elementId, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties
ORDER BY id, type, source, target
