// Title: Facts stated indirectly
// Relationships whose evidence does not name both ends in one sentence (anaphora, passive voice, two sentences), with the reason.
// Title (ar): وقائع مذكورة بشكل غير مباشر
// Description (ar): العلاقات التي لا يسمّي دليلها الطرفين في جملة واحدة (إحالة، مبني للمجهول، جملتان)، مع السبب.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.evidence_note IS NOT NULL
RETURN a.name_en AS source, type(r) AS fact, b.name_en AS target, r.evidence AS evidence, r.evidence_note AS note
ORDER BY source, fact, target
