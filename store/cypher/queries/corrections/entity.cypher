// One entity as an analyst edits it: its labels and properties (search keys left out).
MATCH (e:Entity {id: $id})
RETURN e.id AS id, labels(e) AS labels, e {.*, search_ar: null, search_latin: null, keys_norm: null} AS properties
