// Title: Mentions of an entity
// Where the article mentions Daesh: each sentence, the exact surface form, its offsets in the sentence text and any clitic before it.
// Title (ar): الإشارات إلى كيان
// Description (ar): مواضع ذكر المقال لداعش: كل جملة، والصيغة الظاهرة بالضبط، وموضعها في نص الجملة، وأي سابقة قبلها.
MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity {id: 'daesh'})
RETURN s.id AS sentence, m.surface AS surface, m.start AS start, m.end AS end, m.clitic AS clitic, m.alias AS alias, s.text AS text
ORDER BY s.index, m.start
