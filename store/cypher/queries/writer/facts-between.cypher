// For each (source, type, target): the facts of that type already stored from source to target, with the
// date that tells two such facts apart (two arrests on two dates are two facts).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
OPTIONAL MATCH (a)-[r]->(b)
WITH row, [x IN collect(r) WHERE type(x) = row.type | {id: x.id, date: x.date}] AS existing
RETURN row.key AS key, existing
