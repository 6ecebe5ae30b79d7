// Fingerprint of the database: users.
SHOW USERS YIELD user, roles, passwordChangeRequired, suspended RETURN * ORDER BY user
