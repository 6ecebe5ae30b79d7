// A change with what undoing it needs, and the id of the latest change still in effect.
MATCH (c:Change {id: $id})
CALL () {
  OPTIONAL MATCH (x:Change)
  WHERE x.undoable = true
  RETURN x.id AS latest ORDER BY x.graph_version DESC LIMIT 1
}
RETURN c.action AS action, c.summary AS summary, c.article_id AS article_id, c.entity_ids AS entity_ids,
       c.before AS before, c.after AS after, c.undoable AS undoable, c.undone_at AS undone_at, latest
