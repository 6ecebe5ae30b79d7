// Upserts relationships from :Sentence to :Entity nodes by (type, id); the type comes from the row (dynamic type).
// Properties are replaced exactly and the id restored.
UNWIND $rows AS row
MATCH (a:Sentence {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.properties, r.id = row.id
RETURN count(r) AS count
