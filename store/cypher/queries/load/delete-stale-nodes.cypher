// Deletes Sila's managed nodes that are not in the loaded graph, with their relationships. A node's key label
// is the first of Article, Sentence, Entity, Support it carries; $keys holds "key label|id" for every node of the graph.
MATCH (n)
WHERE n:Article OR n:Sentence OR n:Entity OR n:Support OR n:Note OR n:Redirect
WITH n, CASE WHEN n:Article THEN 'Article' WHEN n:Sentence THEN 'Sentence' WHEN n:Support THEN 'Support' WHEN n:Note THEN 'Note' WHEN n:Redirect THEN 'Redirect' ELSE 'Entity' END AS key
WHERE NOT key + '|' + coalesce(n.id, '') IN $keys
DETACH DELETE n
RETURN count(*) AS count
