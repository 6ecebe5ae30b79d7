// Which of the given ids an entity already has.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS taken
