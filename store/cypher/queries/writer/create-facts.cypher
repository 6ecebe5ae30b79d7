// New facts between entities; the type comes from the row. Not a MERGE: the writer has already looked
// for an existing fact between the two ends (facts-between).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties, r.id = row.id
RETURN count(r) AS count
