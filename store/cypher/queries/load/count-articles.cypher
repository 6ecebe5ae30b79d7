// How many :Article nodes exist: 0 means the database has not been seeded yet.
MATCH (a:Article)
RETURN count(a) AS count
