// Makes footprint relationships exactly as the snapshot holds them, creating those that are missing.
UNWIND $rows AS row
MATCH (a:{{start}} {id: row.start.id})
MATCH (b:{{end}} {id: row.end.id})
OPTIONAL MATCH (a)-[existing]->(b)
WITH a, b, row, [x IN collect(existing) WHERE type(x) = row.type AND x.id = row.id] AS found
CALL (a, b, row, found) {
  WITH a, b, row, found WHERE size(found) = 0
  CREATE (a)-[r:$(row.type)]->(b)
  RETURN r
  UNION
  WITH found WHERE size(found) > 0
  RETURN found[0] AS r
}
SET r = row.properties, r.id = row.id
RETURN count(r) AS count
