// Number of relationships between managed nodes per type.
MATCH (a)-[r]->(b)
WHERE (a:Article OR a:Sentence OR a:Entity) AND (b:Article OR b:Sentence OR b:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
