// Fingerprint of the database: keys.
CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey
