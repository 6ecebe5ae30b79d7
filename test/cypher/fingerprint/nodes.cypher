// Fingerprint of the database: nodes.
MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS p ORDER BY e
