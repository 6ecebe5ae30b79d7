// Title: One sentence and what it mentions
// The sentence that reports the DGSN statement of 19 February 2025, with every entity it mentions.
// Title (ar): جملة واحدة وما تذكره
// Description (ar): الجملة التي تنقل بيان المديرية العامة للأمن الوطني في 19 فبراير 2025، مع كل كيان تذكره.
MATCH (s:Sentence)
WHERE s.text CONTAINS '19 فبراير 2025'
MATCH p = (s)-[:MENTIONS]->(e:Entity)
RETURN p
