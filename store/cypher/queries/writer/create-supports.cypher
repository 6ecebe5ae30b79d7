// One support per (sentence, fact): how the sentence supports the fact, and how that was found and reviewed.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (p:Support)
SET p = row.properties, p.id = row.id
CREATE (p)-[c:CITES]->(s)
SET c.id = row.id + '-cites'
RETURN count(p) AS count
