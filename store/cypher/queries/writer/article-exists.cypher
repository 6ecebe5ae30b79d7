// Whether an article with this id (the hash of its whitespace-normalised text) is already stored.
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NOT NULL AS exists
