// The latest change still in effect.
MATCH (c:Change)
WHERE c.undoable
RETURN c.id AS id, c.action AS action
ORDER BY c.graph_version DESC
LIMIT 1
