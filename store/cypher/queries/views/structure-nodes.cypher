// Every entity's id: the nodes of the structure graph.
MATCH (n:Entity)
RETURN n.id AS id
