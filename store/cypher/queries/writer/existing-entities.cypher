// Which of the given entity ids already exist (the rest will be created by this article).
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN collect(e.id) AS ids
