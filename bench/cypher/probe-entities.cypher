// Every entity with its names and how many mentions it has (degree store), for choosing the benchmark's probes.
MATCH (e:Entity)
RETURN e.id AS id, labels(e) AS labels, e.name_ar AS name_ar, e.name_en AS name_en, COUNT { (e)<-[:MENTIONS]-() } AS mentions
