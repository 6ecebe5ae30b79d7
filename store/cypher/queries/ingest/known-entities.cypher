// Every entity with the names it goes by (not the descriptions articles used for it), for recognising it
// in a new article.
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind,
       [x IN [e.name_ar, e.name_en, e.acronym] WHERE x IS NOT NULL] + coalesce(e.aliases_ar, []) + coalesce(e.spellings_ar, []) + coalesce(e.aliases_latin, []) AS names,
       coalesce(e.standalone_only, false) AS standaloneOnly
