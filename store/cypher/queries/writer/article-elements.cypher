// Every element an article brought, keyed for a snapshot: the article, its sentences (and HAS_SENTENCE), its
// mentions, the supports citing its sentences (and CITES), the facts they support and the entities it names
// or states facts about.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[h:HAS_SENTENCE]->(s:Sentence)
  RETURN collect(s.id) AS sentences, collect(CASE WHEN h IS NULL THEN null ELSE {id: h.id, type: 'HAS_SENTENCE', start: {label: 'Article', id: a.id}, end: {label: 'Sentence', id: s.id}} END) AS has
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {id: m.id, type: 'MENTIONS', start: {label: 'Sentence', id: s.id}, end: {label: 'Entity', id: e.id}} END) AS mentions, collect(DISTINCT e.id) AS mentioned
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)<-[c:CITES]-(p:Support)
  RETURN collect(p.id) AS supports,
         collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, type: 'CITES', start: {label: 'Support', id: p.id}, end: {label: 'Sentence', id: s.id}} END) AS cites,
         collect(DISTINCT CASE WHEN p IS NULL THEN null ELSE {id: p.fact_id, type: p.fact_type, start: {label: 'Entity', id: p.source_id}, end: {label: 'Entity', id: p.target_id}} END) AS facts
}
RETURN a.id AS article, sentences, has, mentions, mentioned, supports, cites, facts
