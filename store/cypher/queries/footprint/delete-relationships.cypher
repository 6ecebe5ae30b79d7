// Deletes footprint relationships the snapshot being restored does not hold.
UNWIND $rows AS row
MATCH (a:{{start}} {id: row.start.id})-[r]->(b:{{end}} {id: row.end.id})
WHERE type(r) = row.type AND r.id = row.id
DELETE r
RETURN count(*) AS count
