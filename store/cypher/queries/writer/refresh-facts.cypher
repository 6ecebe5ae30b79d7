// Recomputes what a fact says of its supports: `evidence` (the first $evidenceLimit stating sentences, oldest
// article first, in text order), `support_count` (every stating sentence not rejected) and `status` (accepted
// when an analyst or the curation accepted a support, proposed when all are proposals, rejected when every
// support was rejected). A fact with no support left is deleted: it is no longer stated anywhere.
// Everything is read through the Support indexes on (fact_id, article_key) and (fact_id, status): a fact
// stated by thousands of sentences costs its first $evidenceLimit supports, two counts of index entries and
// two existence checks, not a read of every support.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE r.id = row.id
CALL (r) {
  OPTIONAL MATCH (p:Support)-[:CITES]->(s:Sentence)
  USING INDEX SEEK p:Support(fact_id, article_key)
  WHERE p.fact_id = r.id AND p.article_key IS NOT NULL AND p.status <> 'rejected'
  WITH p, s ORDER BY p.fact_id, p.article_key, s.index
  LIMIT toInteger($evidenceLimit)
  RETURN collect(s.id) AS evidence
}
WITH r, evidence,
     COUNT { (p:Support) WHERE p.fact_id = r.id } AS supports,
     COUNT { (p:Support) WHERE p.fact_id = r.id AND p.status = 'rejected' } AS rejected,
     EXISTS { (p:Support) WHERE p.fact_id = r.id AND p.status = 'accepted' } AS accepted
CALL (r, evidence, supports, rejected, accepted) {
  WITH r WHERE supports = 0
  DELETE r
  RETURN 'deleted' AS outcome
  UNION
  WITH r, evidence, supports, rejected, accepted WHERE supports > 0
  SET r.evidence = evidence,
      r.support_count = supports - rejected,
      r.status = CASE WHEN accepted THEN 'accepted' WHEN supports > rejected THEN 'proposed' ELSE 'rejected' END
  RETURN 'kept' AS outcome
}
RETURN count(CASE WHEN outcome = 'deleted' THEN 1 END) AS deleted
