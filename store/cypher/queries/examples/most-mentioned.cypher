// Title: Most mentioned entities
// The entities the article mentions most, with the number of mentions and of sentences, and their kind.
// Title (ar): الكيانات الأكثر ذكرًا
// Description (ar): الكيانات التي يذكرها المقال أكثر من غيرها، مع عدد الإشارات والجمل، ونوع كل منها.
MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity)
RETURN e.name_en AS entity, e.kind AS kind, count(m) AS mentions, count(DISTINCT s) AS sentences, collect(DISTINCT m.surface)[..5] AS surfaces
ORDER BY mentions DESC, entity
LIMIT 20
