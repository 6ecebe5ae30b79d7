// One workspace by id, with its saved state.
MATCH (w:Workspace {id: $id})
RETURN w {.*} AS workspace
