// Closes the Bolt connection of a console query that Neo4j terminated but will never answer (a result it
// failed to send, for instance); only then does the driver give the connection up and Neo4j forget the transaction.
CALL dbms.killConnection($connectionId) YIELD message
RETURN message
