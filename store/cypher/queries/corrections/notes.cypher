// The notes on an entity and on the facts given, oldest first.
MATCH (n:Note)
WHERE n.entity_id = $entity OR n.fact_id IN $facts
RETURN n.id AS id, n.entity_id AS entity, n.fact_id AS fact, n.text AS text, n.lang AS lang, n.by AS by, n.at AS at
ORDER BY n.at
