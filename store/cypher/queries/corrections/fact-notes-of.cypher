// The notes on the given facts.
UNWIND $ids AS factId
MATCH (n:Note {fact_id: factId})
RETURN n.id AS id
