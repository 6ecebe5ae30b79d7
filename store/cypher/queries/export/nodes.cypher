// The nodes named by stable id (looked up through the id constraints of Sila's key labels), with the Cypher
// type of each property so that exports can type their columns.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Sentence {id: id}) RETURN n
  UNION
  MATCH (n:Article {id: id}) RETURN n
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [key IN keys(n) | [key, valueType(n[key])]] AS types
ORDER BY id
