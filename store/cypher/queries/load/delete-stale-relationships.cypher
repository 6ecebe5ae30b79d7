// Deletes the relationships between Sila's managed nodes (:Article, :Sentence, :Entity, :Support, :Note, :Redirect) that are not in the
// loaded graph. $keys holds "type|source id|target id|relationship id" for every relationship of the graph.
MATCH (a)-[r]->(b)
WHERE (a:Article OR a:Sentence OR a:Entity OR a:Support OR a:Note OR a:Redirect)
  AND (b:Article OR b:Sentence OR b:Entity OR b:Support OR b:Note OR b:Redirect)
  AND NOT type(r) + '|' + coalesce(a.id, '') + '|' + coalesce(b.id, '') + '|' + coalesce(r.id, '') IN $keys
DELETE r
RETURN count(*) AS count
