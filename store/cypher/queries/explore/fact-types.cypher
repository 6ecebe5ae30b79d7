// Every relationship type that can join two entities: all types the database knows except the
// provenance ones (Article-HAS_SENTENCE->Sentence, Sentence-MENTIONS->Entity).
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE NOT relationshipType IN ['MENTIONS', 'HAS_SENTENCE']
RETURN collect(relationshipType) AS types
