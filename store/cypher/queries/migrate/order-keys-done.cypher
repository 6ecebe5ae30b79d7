// Whether the mentions and supports of this database carry the keys they are paged by (entity_id and
// article_key): written by the writer since they exist, added once to a database from before.
OPTIONAL MATCH (m:SilaMeta {id: 'migrations'})
RETURN coalesce(m.order_keys, false) AS done
