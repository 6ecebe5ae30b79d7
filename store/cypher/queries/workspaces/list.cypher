// One owner's saved workspaces, most recently saved first.
MATCH (w:Workspace {owner: $owner})
RETURN w {.id, .name, .description, .owner, .created_at, .updated_at, .version, .graph_version} AS workspace
ORDER BY w.updated_at DESC
