// Gives every support the key it is paged by: its article's key (publication date, then id). Run once, in batches.
MATCH (p:Support)-[:CITES]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WHERE p.article_key IS NULL
CALL (a, p) {
  SET p.article_key = coalesce(a.published, '') + '|' + a.id
} IN TRANSACTIONS OF 10000 ROWS
