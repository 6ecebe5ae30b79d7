// Title: One sentence and what it mentions
// The fourth paragraph's sentence (the DGSN statement of 19 February 2025) with every entity it mentions.
// Title (ar): جملة واحدة وما تذكره
// Description (ar): جملة الفقرة الرابعة (بيان المديرية العامة للأمن الوطني في 19 فبراير 2025) مع كل كيان تذكره.
MATCH p = (s:Sentence {id: 's-4-1'})-[:MENTIONS]->(e:Entity)
RETURN p
