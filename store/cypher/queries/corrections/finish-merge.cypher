// Ends a merge: the kept entity takes the merged one's names as aliases, notes about it move, redirects to
// it (and a new one from it) point at the kept entity, and the merged entity is deleted.
MATCH (f:Entity {id: $from})
MATCH (k:Entity {id: $into})
SET k.aliases_ar = $aliasesAr, k.aliases_latin = $aliasesLatin, k.version = coalesce(k.version, 0) + 1, k.edited_at = $at, k.edited_by = $by
WITH f, k
CALL (f, k) {
  OPTIONAL MATCH (n:Note)-[a:ABOUT]->(f)
  WITH n, a, k WHERE n IS NOT NULL
  CREATE (n)-[b:ABOUT]->(k)
  SET b.id = a.id, n.entity_id = k.id
  DELETE a
  RETURN count(*) AS moved
}
CALL () {
  OPTIONAL MATCH (r:Redirect {to: $from})
  SET r.to = $into
  RETURN count(r) AS repointed
}
CREATE (:Redirect {id: $from, to: $into, kind: f.kind, name_ar: f.name_ar, name_en: f.name_en, merged_at: $at, merged_by: $by})
DETACH DELETE f
RETURN k.id AS id
