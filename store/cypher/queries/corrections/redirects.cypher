// Where ids of merged entities now lead.
UNWIND $ids AS id
MATCH (r:Redirect {id: id})
RETURN r.id AS from, r.to AS to
