// Notes that the mentions and supports carry their paging keys.
MERGE (m:SilaMeta {id: 'migrations'})
SET m.order_keys = true
