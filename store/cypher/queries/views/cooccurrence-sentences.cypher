// Pairs of the given entities named in one sentence, how many sentences name both, and the first
// $cite of those sentences. Each pair once (source id < target id), heaviest first.
MATCH (a:Entity)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
WITH a.id AS source, b.id AS target, s
ORDER BY s.article_id, s.index
WITH source, target, collect(DISTINCT s) AS sentences
WITH source, target, size(sentences) AS weight, sentences
WHERE weight >= $minWeight
ORDER BY weight DESC, source, target
LIMIT toInteger($limit) + 1
RETURN source, target, weight,
       [s IN sentences[0..toInteger($cite)] | {sentenceId: s.id, articleId: s.article_id, text: s.text}] AS sentences
