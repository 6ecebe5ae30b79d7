// The transactions a console request started, found by the metadata Sila gave them, with the Bolt
// connection that carries each and the CPU time Neo4j has spent on it (null unless
// db.track_query_cpu_time is on): a terminated query whose CPU time no longer grows is not computing.
SHOW TRANSACTIONS YIELD transactionId, connectionId, cpuTime, metaData
WHERE metaData.sila_console = $requestId
RETURN transactionId, connectionId, CASE WHEN cpuTime IS NULL THEN null ELSE cpuTime.milliseconds END AS cpuMs
