// Upserts :Support nodes by id. Properties are replaced exactly (so removed properties disappear), the id is
// restored, labels are set to exactly row.labels (missing ones added, stale ones removed).
UNWIND $rows AS row
MERGE (n:Support {id: row.id})
SET n = row.properties, n.id = row.id
WITH n, row, [label IN labels(n) WHERE NOT label IN row.labels] AS stale
SET n:$(row.labels)
REMOVE n:$(stale)
RETURN count(n) AS count
