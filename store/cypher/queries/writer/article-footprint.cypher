// What retracting an article touches: the facts its sentences support (with their ends) and the entities
// it mentions or states facts about.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[:CITES]-(p:Support)
  RETURN collect(DISTINCT {id: p.fact_id, source: p.source_id, target: p.target_id}) AS facts
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS mentioned
}
RETURN facts, mentioned
