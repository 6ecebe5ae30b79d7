// Pairs of the given entities named in one article, how many articles name both, and the first $cite
// sentences of those articles that name both (there may be none: the article names them apart).
MATCH (a:Entity)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(article:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
WITH a, b, count(DISTINCT article) AS weight
WHERE weight >= $minWeight
ORDER BY weight DESC, a.id, b.id
LIMIT toInteger($limit) + 1
CALL (a, b) {
  OPTIONAL MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b)
  WITH DISTINCT s ORDER BY s.article_id, s.index
  RETURN collect(s)[0..toInteger($cite)] AS shared
}
RETURN a.id AS source, b.id AS target, weight,
       [s IN shared | {sentenceId: s.id, articleId: s.article_id, text: s.text}] AS sentences
