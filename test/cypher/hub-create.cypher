// Writes the hub fixture (test/fixtures/hub.ts) beside whatever the database holds, and bumps the graph
// version so that the server's caches see it.
MERGE (hub:Entity:Organization {id: $hub})
SET hub.kind = 'Organization', hub.name_ar = $name, hub.name_en = 'Hub fixture organisation', hub.origin = 'analyst'
WITH hub
MATCH (bcij:Entity {id: 'bcij'})
MERGE (hub)-[fact:LINKED_TO {id: $fact}]->(bcij)
SET fact.support_count = size($sentences), fact.status = 'proposed', fact.evidence = []
WITH hub
CALL (hub) {
  UNWIND $articles AS row
  CREATE (:Article {id: row.id, title: row.title, outlet: 'test', published: row.published, language: 'ar'})
}
CALL (hub) {
  UNWIND $sentences AS row
  MATCH (a:Article {id: row.article})
  CREATE (a)-[:HAS_SENTENCE {index: row.index}]->(s:Sentence {id: row.id, article_id: row.article, index: row.index, paragraph: row.index, position: 1, text: row.text})
  CREATE (p:Support {id: row.id + '-p-' + $fact, fact_id: $fact, fact_type: 'LINKED_TO', source_id: $hub, target_id: 'bcij', article_id: row.article,
    sentence_id: row.id, method: 'rule', rule: 'test', confidence: 0.5, status: 'proposed', article_key: row.key})-[:CITES]->(s)
  WITH s, row, hub
  UNWIND row.starts AS start
  CREATE (s)-[:MENTIONS {start: start, end: start + size($name), surface: $name, alias: $name, entity_id: $hub, article_id: row.article,
    article_key: row.key, method: 'rule', rule: 'test', confidence: 0.5, status: 'proposed'}]->(hub)
}
CALL (hub) {
  UNWIND $neighbours AS id
  CREATE (n:Entity:Place {id: id, kind: 'Place', name_ar: 'مكان ' + id, name_en: id, origin: 'analyst'})
  CREATE (hub)-[:LINKED_TO {id: $hub + '-linked_to-' + id, status: 'proposed', support_count: 0, evidence: []}]->(n)
}
MERGE (v:SilaMeta {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
