// Every fact between two distinct entities as its two ends: the edges of the structure graph.
MATCH (a:Entity)-[]->(b:Entity)
WHERE a <> b
RETURN a.id AS source, b.id AS target
