// The names of the given entities and the aliases their non-rejected mentions matched (and whether each
// only describes the entity), for recomputing their search keys.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  WHERE m.status <> 'rejected'
  RETURN collect(DISTINCT CASE WHEN m IS NULL THEN null ELSE {alias: m.alias, anaphora: coalesce(m.anaphora, false)} END) AS aliases
}
RETURN e.id AS id, e {.name_ar, .name_en, .aliases_ar, .aliases_latin} AS names, aliases
