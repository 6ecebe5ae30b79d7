// Every entity with its names (own names and the spellings mentions gave it) and how many articles mention it,
// for the corpus test of resolution (bench/corpus-resolution.int.test.ts).
MATCH (e:Entity)
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  RETURN count(DISTINCT a) AS articles
}
RETURN e.id AS id, e.kind AS kind,
       [x IN [e.name_ar, e.name_en] WHERE x IS NOT NULL] + coalesce(e.aliases_ar, []) + coalesce(e.spellings_ar, []) + coalesce(e.aliases_latin, []) AS names,
       articles
ORDER BY id
