// Replaces facts of a merged entity by facts of the kept one: the new relationship (created unless the
// kept entity already has that fact) takes the old one's properties, then the old one is deleted.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE r.id = row.id
MATCH (na:Entity {id: row.newSource})
MATCH (nb:Entity {id: row.newTarget})
CALL (na, nb, r, row) {
  WITH na, nb, r, row WHERE row.create
  CREATE (na)-[n:$(type(r))]->(nb)
  SET n = properties(r), n.id = row.newId
  RETURN 1 AS made
  UNION
  WITH row WHERE NOT row.create
  RETURN 0 AS made
}
DELETE r
RETURN count(*) AS count
