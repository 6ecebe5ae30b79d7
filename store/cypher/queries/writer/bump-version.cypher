// The graph version: one counter every write increments in its own transaction, so caches of what was
// read before know they are stale.
MERGE (v:SilaMeta {id: 'graph'})
ON CREATE SET v.version = 0
SET v.version = v.version + 1
RETURN v.version AS version
