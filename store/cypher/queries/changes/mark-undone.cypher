// Marks a change as undone: it stays in the history, no longer in effect.
MATCH (c:Change {id: $id})
SET c.undoable = false, c.undone_at = $at, c.undone_by = $by
RETURN c.id AS id
