// The running transactions a console request started, found by the metadata Sila gave them.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.sila_console = $requestId
RETURN transactionId
