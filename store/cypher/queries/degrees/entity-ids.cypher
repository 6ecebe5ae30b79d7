// One page of entity ids in id order, after $after, for counting every entity's degrees once.
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id
ORDER BY id
LIMIT toInteger($limit)
