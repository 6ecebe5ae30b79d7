// Deletes an article with its sentences, their mentions and the supports citing them. Entities and facts
// are handled afterwards by refresh-facts and delete-orphan-entities.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)<-[:CITES]-(p:Support)
DETACH DELETE p
WITH DISTINCT a, s
DETACH DELETE s
WITH DISTINCT a
DETACH DELETE a
RETURN count(*) AS count
