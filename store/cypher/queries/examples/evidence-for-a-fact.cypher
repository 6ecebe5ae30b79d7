// Title: Evidence for a fact
// Which sentences state a given fact: here, that a Daesh leader in the Sahel incited the 2025 plot, with how each sentence names both ends.
// Title (ar): الدليل على واقعة
// Description (ar): الجمل التي تنص على واقعة معينة: هنا أن قياديًا في داعش بالساحل حرّض على مخطط 2025، مع كيفية تسمية كل جملة لطرفيها.
MATCH (source:Entity {id: 'sahel-daesh-leader'})-[fact:INCITED]->(target:Entity {id: 'plot-2025'})
UNWIND fact.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
WHERE e = source OR e = target
WITH fact, source, target, s, collect(e.name_en + ': ' + m.surface) AS mentions
RETURN type(fact) AS fact, source.name_en AS source, target.name_en AS target, s.id AS sentence, mentions, s.text AS text, fact.evidence_note AS note
ORDER BY s.index
