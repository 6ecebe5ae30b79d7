// A new workspace; it is no part of the graph, so it leaves the graph version alone.
CREATE (w:Workspace)
SET w = $properties, w.id = $id
RETURN w {.*} AS workspace
