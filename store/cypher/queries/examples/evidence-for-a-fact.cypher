// Title: Evidence for a fact
// Which sentences state a given fact (here, that a Daesh leader in the Sahel incited the 2025 plot), from which article, how each support was found, and how each sentence names both ends.
// Title (ar): الدليل على واقعة
// Description (ar): الجمل التي تنص على واقعة معينة (هنا أن قياديًا في داعش بالساحل حرّض على مخطط 2025)، ومن أي مقال، وكيف وُجد كل سند، وكيف تسمي كل جملة طرفيها.
MATCH (source:Entity {id: 'sahel-daesh-leader'})-[fact:INCITED]->(target:Entity {id: 'plot-2025'})
MATCH (support:Support {fact_id: fact.id})-[:CITES]->(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
WHERE e = source OR e = target
WITH fact, source, target, support, s, a, collect(e.name_en + ': ' + m.surface) AS mentions
RETURN type(fact) AS fact, source.name_en AS source, target.name_en AS target, a.title AS article, a.published AS published, s.index AS sentence,
       support.method AS method, support.status AS status, mentions, s.text AS text, fact.evidence_note AS note
ORDER BY a.ingested_at, sentence
