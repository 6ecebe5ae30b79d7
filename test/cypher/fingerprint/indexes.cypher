// Fingerprint of the database: indexes.
SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN * ORDER BY name
