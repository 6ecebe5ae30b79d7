// Deletes a workspace.
MATCH (w:Workspace {id: $id})
DELETE w
RETURN count(*) AS count
