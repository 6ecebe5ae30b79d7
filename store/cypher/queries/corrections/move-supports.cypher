// Points supports at the fact that replaces theirs: new fact id, ends and support id (and its CITES id); a
// support whose sentence already supports the new fact is deleted instead.
UNWIND $rows AS row
MATCH (p:Support {id: row.id})-[c:CITES]->(s:Sentence)
CALL (p, c, row) {
  WITH p, c, row WHERE row.duplicate
  DETACH DELETE p
  RETURN 1 AS done
  UNION
  WITH p, c, row WHERE NOT row.duplicate
  SET p.id = row.newId, p.fact_id = row.fact, p.source_id = row.source, p.target_id = row.target, c.id = row.newId + '-cites'
  RETURN 1 AS done
}
RETURN count(*) AS count
