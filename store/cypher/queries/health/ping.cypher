// The smallest query: proves a session can be opened and authenticated.
RETURN 1 AS ok
