// Fingerprint of the database: constraints.
SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name
