// The names of the given entities, as known-entities reads them for all (the entities an article named,
// read back after it was added).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind,
       [x IN [e.name_ar, e.name_en, e.acronym] WHERE x IS NOT NULL] + coalesce(e.aliases_ar, []) + coalesce(e.spellings_ar, []) + coalesce(e.aliases_latin, []) AS names,
       coalesce(e.standalone_only, false) AS standaloneOnly
