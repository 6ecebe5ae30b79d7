// A new entity an analyst creates (from a span of text, or to split a mention off).
CREATE (e:Entity)
SET e = $properties, e.id = $id, e.kind = $kind, e.origin = 'analyst', e.created_at = $at, e.status = 'accepted', e.version = 0
SET e:$($kind)
RETURN e.id AS id
