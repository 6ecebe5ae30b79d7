// Recomputes what a fact says of its supports: `evidence` (the stating sentences, oldest article first, in
// text order), `support_count` and `status` (accepted when an analyst or the curation accepted a support,
// proposed when all are proposals, rejected when every support was rejected). A fact with no support left
// is deleted: it is no longer stated anywhere.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE r.id = row.id
CALL (r) {
  OPTIONAL MATCH (p:Support {fact_id: r.id})-[:CITES]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
  WITH p, s, art ORDER BY art.ingested_at, art.id, s.index
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {status: p.status, sentence: s.id} END) AS supports
}
WITH r, supports, [x IN supports WHERE x.status <> 'rejected' | x.sentence] AS evidence
CALL (r, supports, evidence) {
  WITH r, supports, evidence WHERE size(supports) = 0
  DELETE r
  RETURN 'deleted' AS outcome
  UNION
  WITH r, supports, evidence WHERE size(supports) > 0
  SET r.evidence = evidence,
      r.support_count = size(evidence),
      r.status = CASE
        WHEN any(x IN supports WHERE x.status = 'accepted') THEN 'accepted'
        WHEN any(x IN supports WHERE x.status = 'proposed') THEN 'proposed'
        ELSE 'rejected' END
  RETURN 'kept' AS outcome
}
RETURN count(CASE WHEN outcome = 'deleted' THEN 1 END) AS deleted
