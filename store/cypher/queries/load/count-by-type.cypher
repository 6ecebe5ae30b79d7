// Number of relationships between managed nodes per type.
MATCH (a)-[r]->(b)
WHERE (a:Article OR a:Sentence OR a:Entity OR a:Support) AND (b:Article OR b:Sentence OR b:Entity OR b:Support)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
