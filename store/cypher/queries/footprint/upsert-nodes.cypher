// Makes footprint nodes exactly as the snapshot holds them: properties replaced, labels synchronised;
// created when missing. Their relationships outside the footprint are untouched.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n = row.properties, n.id = row.id
WITH n, row, [l IN labels(n) WHERE NOT l IN row.labels] AS stale
SET n:$(row.labels)
REMOVE n:$(stale)
RETURN count(n) AS count
