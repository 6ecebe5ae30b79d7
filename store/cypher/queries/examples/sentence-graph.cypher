// Title: One sentence and what it mentions
// The fourth paragraph's sentence (the DGSN statement of 19 February 2025) with every entity it mentions.
MATCH p = (s:Sentence {id: 's-4-1'})-[:MENTIONS]->(e:Entity)
RETURN p
