// Every managed node (:Article, :Sentence, :Entity, :Support, :Note, :Redirect) with its element id, labels and properties, ordered by id.
MATCH (n)
WHERE n:Article OR n:Sentence OR n:Entity OR n:Support OR n:Note OR n:Redirect
RETURN n.id AS id, elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
ORDER BY id
