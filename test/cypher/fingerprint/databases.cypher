// Fingerprint of the database: databases.
SHOW DATABASES YIELD name, currentStatus RETURN * ORDER BY name
