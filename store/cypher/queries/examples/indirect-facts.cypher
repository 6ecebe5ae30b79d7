// Title: Facts stated indirectly
// Relationships whose evidence does not name both ends in one sentence (anaphora, passive voice, two sentences), with the reason.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.evidence_note IS NOT NULL
RETURN a.name_en AS source, type(r) AS fact, b.name_en AS target, r.evidence AS evidence, r.evidence_note AS note
ORDER BY source, fact, target
