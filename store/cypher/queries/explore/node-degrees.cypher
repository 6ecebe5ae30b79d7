// An entity's fact degrees counted now, for one the writer has no summary of (explore/node). Every count is a
// pattern Neo4j answers from its degree store without reading a relationship: one type named statically, no label
// on the far end (entity relationship types join entities only; MENTIONS is the only other relationship an entity
// has). The service fills the outCounts and inCounts placeholders with one count per fact type in the order of its
// type list; `factDegree` tells it whether those types were all of them.
MATCH (n:Entity {id: $id})
RETURN [{{outCounts}}] AS outCounts,
  [{{inCounts}}] AS inCounts,
  COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS factDegree
