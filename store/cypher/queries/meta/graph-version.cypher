// The current graph version (0 before the first write).
OPTIONAL MATCH (v:SilaMeta {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
