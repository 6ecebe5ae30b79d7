// The footprint's nodes of one key label ({{label}} is filled from a fixed list), as they are now.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
