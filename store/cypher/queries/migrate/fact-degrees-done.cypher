// Whether every entity of this database has its degree summary (degrees/refresh): kept by the writer since
// summaries exist, counted once for a database from before.
OPTIONAL MATCH (m:SilaMeta {id: 'migrations'})
RETURN coalesce(m.fact_degrees, false) AS done
