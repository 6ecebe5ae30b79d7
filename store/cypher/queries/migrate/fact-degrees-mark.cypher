// Notes that every entity has its degree summary.
MERGE (m:SilaMeta {id: 'migrations'})
SET m.fact_degrees = true
