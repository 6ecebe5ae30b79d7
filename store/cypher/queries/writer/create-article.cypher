// A new article and its sentences, each tied to it by HAS_SENTENCE (ordered by index).
CREATE (a:Article)
SET a = $properties, a.id = $id
WITH a
UNWIND $sentences AS row
CREATE (s:Sentence)
SET s = row.properties, s.id = row.id
CREATE (a)-[h:HAS_SENTENCE]->(s)
SET h.id = row.edgeId, h.index = row.properties.index
RETURN count(s) AS count
