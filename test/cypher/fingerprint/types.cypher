// Fingerprint of the database: types.
CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType
