// Every relationship between two of the given nodes: the subgraph they induce.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Sentence {id: id}) RETURN n
  UNION
  MATCH (n:Article {id: id}) RETURN n
}
MATCH (n)-[r]->(b) WHERE b.id IN $ids
RETURN elementId(r) AS elementId, n.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties,
       [key IN keys(r) | [key, valueType(r[key])]] AS types
ORDER BY source, type, target, elementId
