// Test helper: a database from before the degree summaries (none kept, the migration not marked).
MATCH (d:FactDegrees) DELETE d
WITH count(*) AS gone
MATCH (m:SilaMeta {id: 'migrations'}) REMOVE m.fact_degrees
