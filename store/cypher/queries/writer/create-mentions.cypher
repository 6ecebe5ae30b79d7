// Mentions of entities in the article's sentences.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.properties, m.id = row.id
RETURN count(m) AS count
