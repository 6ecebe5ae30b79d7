// Test helper: two cells only the workbench browser test uses, each with a fact to Rabat supported by a
// seed sentence (a fact with no support is not stated anywhere and would not survive a merge), so a merge
// and its undo can be seen on the canvas without touching the seed graph's own entities.
MATCH (rabat:Entity {id: 'rabat'})
MATCH (s:Sentence)
WITH rabat, s ORDER BY s.id LIMIT 1
MERGE (a:Entity:Cell {id: 'wb-alpha'})
SET a.name_ar = 'خلية ألفا التجريبية', a.name_en = 'Workbench Alpha Cell', a.kind = 'Cell', a.aliases_ar = [], a.aliases_latin = []
MERGE (b:Entity:Cell {id: 'wb-beta'})
SET b.name_ar = 'خلية بيتا التجريبية', b.name_en = 'Workbench Beta Cell', b.kind = 'Cell', b.aliases_ar = [], b.aliases_latin = []
MERGE (a)-[f:ACTIVE_IN {id: 'wb-alpha-active_in-rabat'}]->(rabat)
SET f.status = 'accepted', f.evidence = [s.id], f.support_count = 1
MERGE (b)-[g:LINKED_TO {id: 'wb-beta-linked_to-rabat'}]->(rabat)
SET g.status = 'accepted', g.evidence = [s.id], g.support_count = 1
MERGE (pa:Support {id: s.id + '-p-wb-alpha-active_in-rabat'})
SET pa.fact_id = f.id, pa.sentence_id = s.id, pa.method = 'analyst', pa.confidence = 1.0, pa.status = 'accepted'
MERGE (pa)-[:CITES {id: pa.id + '-cites'}]->(s)
MERGE (pb:Support {id: s.id + '-p-wb-beta-linked_to-rabat'})
SET pb.fact_id = g.id, pb.sentence_id = s.id, pb.method = 'analyst', pb.confidence = 1.0, pb.status = 'accepted'
MERGE (pb)-[:CITES {id: pb.id + '-cites'}]->(s)
RETURN count(*) AS created
