// What articles ingested after $since say about the given entities: the articles, how often they mention
// each entity, and the facts touching the entities that their sentences support.
MATCH (a:Article)
WHERE a.ingested_at > $since
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
  WHERE e.id IN $ids
  RETURN collect(e.id) AS mentioned
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[:CITES]-(p:Support)
  WHERE p.source_id IN $ids OR p.target_id IN $ids
  RETURN collect(DISTINCT CASE WHEN p IS NULL THEN null ELSE {id: p.fact_id, type: p.fact_type, source: p.source_id, target: p.target_id} END) AS facts
}
WITH a, mentioned, facts WHERE size(mentioned) > 0 OR size(facts) > 0
RETURN a.id AS id, coalesce(a.title, a.title_ar) AS title, a.published AS published, a.ingested_at AS ingestedAt, mentioned, facts
ORDER BY a.ingested_at
