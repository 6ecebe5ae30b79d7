// Every article of the corpus, newest publication first, with what it brought: sentences, mentions, the
// entities it mentions and the facts its sentences support.
MATCH (a:Article)
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
  RETURN count(DISTINCT s) AS sentences, count(m) AS mentions, count(DISTINCT e) AS entities
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[:CITES]-(p:Support)
  RETURN count(DISTINCT p.fact_id) AS facts
}
RETURN a.id AS id, coalesce(a.title, a.title_ar) AS title, a.outlet AS outlet, a.published AS published, a.url AS url,
       a.language AS language, a.ingested_at AS ingestedAt,
       {sentences: sentences, mentions: mentions, entities: entities, facts: facts} AS counts
ORDER BY coalesce(a.published, '') DESC, a.ingested_at DESC, a.id
