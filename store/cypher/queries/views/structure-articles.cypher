// How many distinct articles mention each entity (entities no article mentions are left out: they score 0).
MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
RETURN e.id AS id, count(DISTINCT a) AS articles
