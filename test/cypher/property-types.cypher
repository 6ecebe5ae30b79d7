// The stored type of every property of one managed node (e.g. INTEGER NOT NULL, FLOAT NOT NULL, LIST<STRING NOT NULL> NOT NULL).
MATCH (n {id: $id})
WHERE n:Article OR n:Sentence OR n:Entity
UNWIND keys(n) AS key
RETURN key, valueType(n[key]) AS type
ORDER BY key
