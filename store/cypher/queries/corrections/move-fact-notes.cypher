// Notes on facts that a merge replaced follow them to their new ids.
UNWIND $rows AS row
MATCH (n:Note {fact_id: row.id})
SET n.fact_id = row.newId
RETURN count(n) AS count
