// Waits (up to 120 s) until every index, full-text ones included, is online.
CALL db.awaitIndexes(120)
