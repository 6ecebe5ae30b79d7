// How many mentions and entity relationships each entity has (degree store counts), most mentioned first:
// the hubs and the long tail of the corpus.
MATCH (e:Entity)
WITH e, COUNT { (e)<-[:MENTIONS]-() } AS mentions, COUNT { (e)--() } AS degree
RETURN e.id AS id, e.kind AS kind, mentions, degree - mentions AS facts
ORDER BY mentions DESC, id
