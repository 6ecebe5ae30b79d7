// Title: From Hammouchi to the Lions of the Caliphate
// The shortest chain of facts between Abdellatif Hammouchi and the cell dismantled in 2025, through entities only.
// Title (ar): من الحموشي إلى أسود الخلافة
// Description (ar): أقصر سلسلة من الوقائع بين عبد اللطيف الحموشي والخلية التي فُككت سنة 2025، عبر الكيانات وحدها.
MATCH p = shortestPath((a:Entity {id: 'abdellatif-hammouchi'})-[*..6]-(b:Entity {id: 'lions-of-the-caliphate'}))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p, [n IN nodes(p) | n.name_en] AS chain, [r IN relationships(p) | type(r)] AS facts
