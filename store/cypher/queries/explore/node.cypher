// One entity with its fact degrees per type and direction, how many mentions it has, and the analysts' notes on
// it, oldest first. The degrees are the summary the writer keeps beside the entity (degrees/refresh), so a hub's
// read like a leaf's; `degrees` is null for an entity the writer has not counted (written behind Sila's back), and
// the service then counts them (explore/node-degrees). The mention count comes from the degree store (MENTIONS
// come from sentences only). The first page of mentions is explore/mentions.
// Entities leave with their search-only properties blanked (search_ar, search_latin, keys_norm): they are
// most of an entity's bytes, and the API drops them anyway (server/services/graph-shape.ts).
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (d:FactDegrees {entity_id: $id})
// OPTIONAL: an entity with no relationship (one just split off a mention) must still come back, with no degrees.
CALL (n) {
  OPTIONAL MATCH (note:Note {entity_id: n.id})
  WITH note ORDER BY note.at
  RETURN collect(CASE WHEN note IS NULL THEN null ELSE {id: note.id, entity: note.entity_id, fact: note.fact_id, text: note.text, lang: note.lang, by: note.by, at: note.at} END) AS notes
}
RETURN {id: n.id, labels: labels(n), properties: n {.*, search_ar: null, search_latin: null, keys_norm: null}} AS node,
  CASE WHEN d IS NULL THEN null ELSE d {.out_types, .out_counts, .in_types, .in_counts} END AS degrees,
  COUNT { (n)<-[:MENTIONS]-() } AS mentionTotal,
  notes
