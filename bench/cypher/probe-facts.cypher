// Every entity relationship's ends and type, for choosing the benchmark's probes (hub, leaf, a path).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target
