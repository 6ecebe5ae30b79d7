// What one change keeps for undoing it: its before and after snapshots as stored.
MATCH (c:Change {id: $id})
RETURN c.before AS before, c.after AS after
