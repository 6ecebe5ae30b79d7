// The footprint's relationships between nodes of two key labels ({{start}}, {{end}} from a fixed list), found
// by expanding between their known ends, as they are now.
UNWIND $rows AS row
MATCH (a:{{start}} {id: row.start.id})-[r]->(b:{{end}} {id: row.end.id})
WHERE type(r) = row.type AND r.id = row.id
RETURN row.id AS id, row.type AS type, a.id AS start, b.id AS end, properties(r) AS properties
