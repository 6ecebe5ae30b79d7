// Fingerprint of the database: relationships.
MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS p ORDER BY e
