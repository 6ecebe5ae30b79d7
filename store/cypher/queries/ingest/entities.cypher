// The given entities as Graph JSON nodes, without their search-only properties.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN {id: e.id, labels: labels(e), properties: e {.*, search_ar: null, search_latin: null, keys_norm: null}} AS node
