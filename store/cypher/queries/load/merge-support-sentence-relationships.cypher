// Upserts relationships from :Support to :Sentence nodes by (type, id); the type comes from the row. Properties are
// replaced exactly and the id restored. Not a MERGE: Neo4j 5 plans MERGE on a dynamic type as a scan of
// every relationship in the store for each row; an existing one is found by expanding between the two ends.
UNWIND $rows AS row
MATCH (a:Support {id: row.source})
MATCH (b:Sentence {id: row.target})
OPTIONAL MATCH (a)-[existing {id: row.id}]->(b)
WITH a, b, row, [r IN collect(existing) WHERE type(r) = row.type] AS found
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
