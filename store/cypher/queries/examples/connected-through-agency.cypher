// Title: Connected through an agency
// Who is connected to whom through which agency: pairs of entities both linked to the same agency, with the relationship on each side.
// Title (ar): متصلون عبر جهاز
// Description (ar): من يتصل بمن عبر أي جهاز: أزواج من الكيانات يرتبط كلاهما بالجهاز نفسه، مع العلاقة من كل جانب.
MATCH p = (x:Entity)-[r1]-(a:Agency)-[r2]-(y:Entity)
WHERE elementId(x) < elementId(y)
RETURN a.name_en AS agency, x.name_en AS entity, type(r1) AS relation, y.name_en AS other, type(r2) AS other_relation, p
ORDER BY agency, entity, other
LIMIT 300
