// The facts stated by the most sentences, with how many supports each has.
MATCH (p:Support)
WITH p.fact_id AS fact, count(*) AS supports
ORDER BY supports DESC, fact
LIMIT toInteger($limit)
RETURN fact, supports
