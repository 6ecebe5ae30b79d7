// The names, spellings and descriptions the given entities hold now, and their search keys, for deriving
// their keys once an article's mentions are added (without reading the mentions of every other article).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       e {.name_ar, .name_en, .aliases_ar, .aliases_latin, .spellings_ar, .descriptions_ar, .search_ar, .search_latin, .keys_norm} AS stored
