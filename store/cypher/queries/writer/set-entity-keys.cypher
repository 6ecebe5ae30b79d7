// Writes recomputed search keys, article spellings and descriptions (null removes an empty list).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.search_ar = row.search_ar, e.search_latin = row.search_latin, e.keys_norm = row.keys_norm, e.spellings_ar = row.spellings_ar, e.descriptions_ar = row.descriptions_ar
RETURN count(e) AS count
