// The supports of the given facts, with the sentence each cites.
UNWIND $ids AS factId
MATCH (p:Support {fact_id: factId})-[:CITES]->(s:Sentence)
RETURN p.id AS id, p.fact_id AS fact, s.id AS sentence
