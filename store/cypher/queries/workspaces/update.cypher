// Saves a workspace over its last version; nothing is written when the version does not match.
MATCH (w:Workspace {id: $id})
WHERE w.version = $version
SET w += $properties, w.version = w.version + 1
RETURN w {.*} AS workspace
