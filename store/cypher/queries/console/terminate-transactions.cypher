// Stops console transactions whose HTTP request has gone away, so they stop using the database.
TERMINATE TRANSACTIONS $transactionIds
